package id.satupintu.catalog;

import java.util.List;

/**
 * A life-event bundle: one form and one tracking code that fan out to several services and agencies under one
 * overall deadline (birth: birth certificate + family card + child ID card).
 */
public record Bundle(String code, LocalizedText names, LocalizedText descriptions, List<String> lifeNeeds,
                     List<String> keywords, int slaWorkingDays, List<String> services, String formSchema) {

    public Bundle {
        lifeNeeds = List.copyOf(lifeNeeds);
        keywords = List.copyOf(keywords);
        services = List.copyOf(services);
    }
}
