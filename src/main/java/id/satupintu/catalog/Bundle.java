package id.satupintu.catalog;

import java.util.List;

/**
 * A life-event bundle: one form and one tracking code that fan out to several services and agencies under one
 * overall deadline (birth: birth certificate + family card + child ID card).
 *
 * @param documentsProvided document codes the services ask for that the bundle itself provides (the child's birth
 *                          certificate, issued by the first service, for the child ID card), so the citizen is not
 *                          asked for them
 */
public record Bundle(String code, LocalizedText names, LocalizedText descriptions, List<String> lifeNeeds,
                     List<String> keywords, int slaWorkingDays, List<String> services, String formSchema,
                     List<String> documentsProvided) {

    public Bundle {
        lifeNeeds = List.copyOf(lifeNeeds);
        keywords = List.copyOf(keywords);
        services = List.copyOf(services);
        documentsProvided = documentsProvided == null ? List.of() : List.copyOf(documentsProvided);
    }
}
