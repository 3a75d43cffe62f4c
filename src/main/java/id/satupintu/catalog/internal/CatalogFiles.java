package id.satupintu.catalog.internal;

import id.satupintu.catalog.Bundle;
import id.satupintu.catalog.CatalogLoadException;
import id.satupintu.catalog.DocumentRequirement;
import id.satupintu.catalog.LocalizedText;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.catalog.WorkflowStage;
import id.satupintu.catalog.WorkflowStep;
import id.satupintu.shared.Role;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads catalogue YAML into service definitions and bundles, checking every rule and collecting every problem
 * with its file, path and reason. It returns either everything or nothing: a bad file never half-loads.
 */
public class CatalogFiles {

    static final Set<String> LIFE_NEEDS = Set.of("kelahiran", "kematian", "pindah", "pernikahan", "usaha", "bangunan",
            "kesehatan", "pendidikan", "sosial", "kendaraan", "lingkungan", "pajak", "pekerjaan", "kependudukan", "lainnya");
    private static final String SLUG = "[a-z0-9][a-z0-9-]{1,59}";
    private static final Set<Role> STEP_ROLES = Set.of(Role.OFFICER, Role.AGENCY_HEAD);

    public record Source(String name, String content) {
    }

    public record Parsed(List<ServiceDefinition> services, List<Bundle> bundles) {
    }

    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final FormSchemas schemas;
    private final Predicate<String> agencyExists;
    private final List<String> problems = new ArrayList<>();
    private String file = "";

    public CatalogFiles(FormSchemas schemas, Predicate<String> agencyExists) {
        this.schemas = schemas;
        this.agencyExists = agencyExists;
    }

    /** @throws CatalogLoadException listing every problem found, when there is any */
    public Parsed parse(List<Source> sources) {
        problems.clear();
        Map<String, ServiceDefinition> services = new LinkedHashMap<>();
        List<Bundle> bundles = new ArrayList<>();
        for (Source source : sources) {
            file = source.name();
            JsonNode root;
            try {
                root = yaml.readTree(source.content());
            } catch (JacksonException e) {
                problem("", "not valid YAML: " + e.getOriginalMessage());
                continue;
            }
            if (root == null || !root.isObject()) {
                problem("", "expected a mapping with 'services' and/or 'bundles'");
                continue;
            }
            root.propertyNames().forEach(name -> {
                if (!name.equals("services") && !name.equals("bundles")) {
                    problem(name, "unknown key (expected 'services' or 'bundles')");
                }
            });
            JsonNode list = root.path("services");
            for (int i = 0; i < list.size(); i++) {
                service(list.get(i), "services[" + i + "]").ifPresent(service -> {
                    if (services.putIfAbsent(service.code(), service) != null) {
                        problem("services.code", "service code '" + service.code() + "' is defined twice");
                    }
                });
            }
            JsonNode bundleList = root.path("bundles");
            for (int i = 0; i < bundleList.size(); i++) {
                bundle(bundleList.get(i), "bundles[" + i + "]").ifPresent(bundles::add);
            }
        }
        Set<String> bundleCodes = new HashSet<>();
        for (Bundle bundle : bundles) {
            file = "bundles";
            if (!bundleCodes.add(bundle.code()) || services.containsKey(bundle.code())) {
                problem(bundle.code(), "bundle code is used twice");
            }
            for (String service : bundle.services()) {
                if (!services.containsKey(service)) {
                    problem(bundle.code() + ".services", "unknown service '" + service + "'");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogLoadException(List.copyOf(problems));
        }
        return new Parsed(List.copyOf(services.values()), List.copyOf(bundles));
    }

    private Optional<ServiceDefinition> service(JsonNode node, String path) {
        int before = problems.size();
        String code = slug(node, path, "code");
        String agency = text(node, path, "agency");
        if (!agency.isEmpty() && !agencyExists.test(agency)) {
            problem(path + ".agency", "unknown agency '" + agency + "'");
        }
        LocalizedText names = localized(node.path("names"), path + ".names");
        LocalizedText descriptions = localized(node.path("descriptions"), path + ".descriptions");
        List<String> lifeNeeds = lifeNeeds(node, path);
        List<String> keywords = strings(node.path("keywords"), path + ".keywords");
        long fee = number(node, path, "fee", 0, 1_000_000_000L);
        int sla = (int) number(node, path, "slaWorkingDays", 0, 365);
        List<LocalizedText> requirements = new ArrayList<>();
        JsonNode reqs = node.path("requirements");
        for (int i = 0; i < reqs.size(); i++) {
            requirements.add(localized(reqs.get(i), path + ".requirements[" + i + "]"));
        }
        List<DocumentRequirement> documents = new ArrayList<>();
        JsonNode docs = node.path("documents");
        Set<String> docCodes = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            String docPath = path + ".documents[" + i + "]";
            String docCode = slug(docs.get(i), docPath, "code");
            if (!docCodes.add(docCode)) {
                problem(docPath + ".code", "document code '" + docCode + "' appears twice");
            }
            documents.add(new DocumentRequirement(docCode, localized(docs.get(i).path("names"), docPath + ".names"),
                    docs.get(i).path("required").asBoolean(true)));
        }
        String form = form(node.path("form"), path + ".form");
        List<WorkflowStage> workflow = workflow(node.path("workflow"), path + ".workflow");
        Optional<LocalizedText> output = node.has("output")
                ? Optional.of(localized(node.path("output").path("names"), path + ".output.names")) : Optional.empty();
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ServiceDefinition(code, 1, agency, names, descriptions, lifeNeeds, keywords, fee, sla,
                requirements, documents, form, workflow, output));
    }

    private Optional<Bundle> bundle(JsonNode node, String path) {
        int before = problems.size();
        String code = slug(node, path, "code");
        LocalizedText names = localized(node.path("names"), path + ".names");
        LocalizedText descriptions = localized(node.path("descriptions"), path + ".descriptions");
        List<String> lifeNeeds = lifeNeeds(node, path);
        List<String> keywords = strings(node.path("keywords"), path + ".keywords");
        int sla = (int) number(node, path, "slaWorkingDays", 1, 365);
        List<String> services = strings(node.path("services"), path + ".services");
        if (services.size() < 2) {
            problem(path + ".services", "a bundle joins at least two services");
        }
        String form = form(node.path("form"), path + ".form");
        List<String> provided = strings(node.path("documentsProvided"), path + ".documentsProvided");
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Bundle(code, names, descriptions, lifeNeeds, keywords, sla, services, form, provided));
    }

    private List<WorkflowStage> workflow(JsonNode node, String path) {
        List<WorkflowStage> stages = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            problem(path, "a workflow needs at least one step");
            return stages;
        }
        Set<String> stepCodes = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode stage = node.get(i);
            String stagePath = path + "[" + i + "]";
            List<WorkflowStep> steps = new ArrayList<>();
            if (stage.has("parallel")) {
                JsonNode parallel = stage.path("parallel");
                if (!parallel.isArray() || parallel.size() < 2) {
                    problem(stagePath + ".parallel", "a parallel block needs at least two steps");
                }
                for (int j = 0; j < parallel.size(); j++) {
                    step(parallel.get(j), stagePath + ".parallel[" + j + "]", stepCodes).ifPresent(steps::add);
                }
            } else {
                step(stage, stagePath, stepCodes).ifPresent(steps::add);
            }
            if (!steps.isEmpty()) {
                stages.add(new WorkflowStage(steps));
            }
        }
        return stages;
    }

    private Optional<WorkflowStep> step(JsonNode node, String path, Set<String> codes) {
        int before = problems.size();
        String code = node.path("step").asString("");
        if (!code.matches(SLUG)) {
            problem(path + ".step", "a step code is a lowercase slug");
        } else if (!codes.add(code)) {
            problem(path + ".step", "step code '" + code + "' appears twice in this workflow");
        }
        LocalizedText names = localized(node.path("names"), path + ".names");
        boolean automatic = node.path("automatic").asBoolean(false);
        Optional<String> agency = Optional.empty();
        Optional<Role> role = Optional.empty();
        int sla = 0;
        if (!automatic) {
            String agencyCode = text(node, path, "agency");
            boolean placeholder = agencyCode.equals(WorkflowStep.APPLICANT_KELURAHAN) || agencyCode.equals(WorkflowStep.APPLICANT_KECAMATAN);
            if (!agencyCode.isEmpty() && !placeholder && !agencyExists.test(agencyCode)) {
                problem(path + ".agency", "unknown agency '" + agencyCode + "'");
            }
            agency = Optional.of(agencyCode);
            String roleName = node.path("role").asString("OFFICER");
            try {
                Role parsed = Role.valueOf(roleName);
                if (!STEP_ROLES.contains(parsed)) {
                    problem(path + ".role", "a step is done by OFFICER or AGENCY_HEAD");
                }
                role = Optional.of(parsed);
            } catch (IllegalArgumentException e) {
                problem(path + ".role", "unknown role '" + roleName + "'");
            }
            sla = (int) number(node, path, "slaWorkingDays", 1, 365);
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new WorkflowStep(code, agency, role, names, sla, automatic));
    }

    private String form(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "the form must be a JSON Schema object");
            return "{}";
        }
        schemas.checkSchema(node).forEach(reason -> problem(path, "not a valid JSON Schema 2020-12: " + reason));
        JsonNode properties = node.path("properties");
        properties.propertyNames().forEach(name -> {
            JsonNode property = properties.path(name);
            if (property.path("title").asString("").isBlank() || property.path("x-title-en").asString("").isBlank()) {
                problem(path + ".properties." + name, "every field needs 'title' (Bahasa Indonesia) and 'x-title-en'");
            }
        });
        return json.writeValueAsString(node);
    }

    private List<String> lifeNeeds(JsonNode node, String path) {
        List<String> needs = strings(node.path("lifeNeeds"), path + ".lifeNeeds");
        needs.stream().filter(need -> !LIFE_NEEDS.contains(need))
                .forEach(need -> problem(path + ".lifeNeeds", "unknown life need '" + need + "' (allowed: " + new java.util.TreeSet<>(LIFE_NEEDS) + ")"));
        return needs;
    }

    private LocalizedText localized(JsonNode node, String path) {
        String id = node.path("id").asString("");
        String en = node.path("en").asString("");
        if (id.isBlank() || en.isBlank()) {
            problem(path, "needs both 'id' (Bahasa Indonesia) and 'en' (English)");
        }
        return new LocalizedText(id, en);
    }

    private String slug(JsonNode node, String path, String key) {
        String value = node.path(key).asString("");
        if (!value.matches(SLUG)) {
            problem(path + "." + key, "'" + value + "' is not a lowercase slug (a-z, 0-9, -)");
        }
        return value;
    }

    private String text(JsonNode node, String path, String key) {
        String value = node.path(key).asString("");
        if (value.isBlank()) {
            problem(path + "." + key, "required");
        }
        return value.strip();
    }

    private long number(JsonNode node, String path, String key, long min, long max) {
        JsonNode value = node.path(key);
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            problem(path + "." + key, "a whole number from " + min + " to " + max + " is required");
            return min;
        }
        return value.asLong();
    }

    private List<String> strings(JsonNode node, String path) {
        List<String> values = new ArrayList<>();
        if (node.isMissingNode()) {
            return values;
        }
        if (!node.isArray()) {
            problem(path, "expected a list");
            return values;
        }
        for (JsonNode item : node) {
            values.add(item.asString("").strip());
        }
        return values;
    }

    private void problem(String path, String reason) {
        problems.add(file + (path.isEmpty() ? "" : " at " + path) + ": " + reason);
    }
}
