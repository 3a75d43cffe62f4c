package id.satupintu.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of a service. An application keeps the (code, version) it was filed under, so a later edit never
 * changes the rules of a case already in progress.
 *
 * @param formSchema the application form as a JSON Schema 2020-12 document (JSON text)
 * @param fee        in rupiah
 */
public record ServiceDefinition(String code, int version, String agency, LocalizedText names, LocalizedText descriptions,
                                List<String> lifeNeeds, List<String> keywords, long fee, int slaWorkingDays,
                                List<LocalizedText> requirements, List<DocumentRequirement> documents, String formSchema,
                                List<WorkflowStage> workflow, Optional<LocalizedText> output) {

    public ServiceDefinition {
        lifeNeeds = List.copyOf(lifeNeeds);
        keywords = List.copyOf(keywords);
        requirements = List.copyOf(requirements);
        documents = List.copyOf(documents);
        workflow = List.copyOf(workflow);
    }

    /** Every agency that takes part (fixed codes and the applicant's-area placeholders), the responsible one first. */
    public Set<String> agenciesInvolved() {
        Set<String> involved = new java.util.LinkedHashSet<>();
        involved.add(agency);
        involved.addAll(workflow.stream().flatMap(stage -> stage.steps().stream())
                .flatMap(step -> step.agency().stream()).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
        return involved;
    }

    /** Issued at once, with no officer step. */
    public boolean automatic() {
        return workflow.stream().flatMap(stage -> stage.steps().stream()).allMatch(WorkflowStep::automatic);
    }

    public ServiceDefinition withVersion(int newVersion) {
        return new ServiceDefinition(code, newVersion, agency, names, descriptions, lifeNeeds, keywords, fee, slaWorkingDays,
                requirements, documents, formSchema, workflow, output);
    }
}
