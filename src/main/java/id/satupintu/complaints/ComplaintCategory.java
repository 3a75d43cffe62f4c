package id.satupintu.complaints;

import java.util.List;

/**
 * A kind of problem citizens report, mapped to the agency that answers for it (per tenant, from configuration).
 *
 * @param code      stable code, also the Open311 service_code
 * @param group     a heading for browsing (also the Open311 group)
 * @param keywords  words a search or an Open311 client may use
 */
public record ComplaintCategory(String code, String nameId, String nameEn, String descriptionId, String descriptionEn,
                                String group, String agencyCode, ResolutionTier tier, List<String> keywords) {

    public ComplaintCategory {
        keywords = List.copyOf(keywords);
    }

    public String name(String lang) {
        return "en".equals(lang) ? nameEn : nameId;
    }

    public String description(String lang) {
        return "en".equals(lang) ? descriptionEn : descriptionId;
    }
}
