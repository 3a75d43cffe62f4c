package id.satupintu.catalog.internal;

import id.satupintu.catalog.DocumentRequirement;
import id.satupintu.catalog.LocalizedText;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.catalog.WorkflowStage;
import id.satupintu.catalog.WorkflowStep;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A service definition in the shape of a catalogue file entry, so an admin's edit passes the same checks. */
final class CatalogShape {

    private CatalogShape() {
    }

    static ObjectNode toFileShape(JsonMapper json, ServiceDefinition s) {
        ObjectNode node = json.createObjectNode();
        node.put("code", s.code());
        node.put("agency", s.agency());
        node.set("names", text(json, s.names()));
        node.set("descriptions", text(json, s.descriptions()));
        ArrayNode needs = node.putArray("lifeNeeds");
        s.lifeNeeds().forEach(needs::add);
        ArrayNode keywords = node.putArray("keywords");
        s.keywords().forEach(keywords::add);
        node.put("fee", s.fee());
        node.put("slaWorkingDays", s.slaWorkingDays());
        ArrayNode requirements = node.putArray("requirements");
        s.requirements().forEach(r -> requirements.add(text(json, r)));
        ArrayNode documents = node.putArray("documents");
        for (DocumentRequirement d : s.documents()) {
            ObjectNode doc = documents.addObject();
            doc.put("code", d.code());
            doc.set("names", text(json, d.names()));
            doc.put("required", d.required());
        }
        node.set("form", json.readTree(s.formSchema()));
        ArrayNode workflow = node.putArray("workflow");
        for (WorkflowStage stage : s.workflow()) {
            if (stage.parallel()) {
                ArrayNode parallel = workflow.addObject().putArray("parallel");
                stage.steps().forEach(step -> parallel.add(step(json, step)));
            } else {
                workflow.add(step(json, stage.steps().getFirst()));
            }
        }
        s.output().ifPresent(output -> node.putObject("output").set("names", text(json, output)));
        return node;
    }

    private static ObjectNode step(JsonMapper json, WorkflowStep step) {
        ObjectNode node = json.createObjectNode();
        node.put("step", step.code());
        node.set("names", text(json, step.names()));
        if (step.automatic()) {
            node.put("automatic", true);
        } else {
            node.put("agency", step.agency().orElse(""));
            node.put("role", step.role().map(Enum::name).orElse("OFFICER"));
            node.put("slaWorkingDays", step.slaWorkingDays());
        }
        return node;
    }

    private static ObjectNode text(JsonMapper json, LocalizedText text) {
        ObjectNode node = json.createObjectNode();
        node.put("id", text.id());
        node.put("en", text.en());
        return node;
    }
}
