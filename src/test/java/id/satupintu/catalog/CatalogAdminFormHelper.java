package id.satupintu.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The admin edit form's fields for a service, as a browser would post them. */
final class CatalogAdminFormHelper {

    private CatalogAdminFormHelper() {
    }

    static Map<String, String> form(ServiceDefinition s, String sla, String schema) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nameId", s.names().id());
        form.put("nameEn", s.names().en());
        form.put("descriptionId", s.descriptions().id());
        form.put("descriptionEn", s.descriptions().en());
        form.put("keywords", String.join(", ", s.keywords()));
        form.put("fee", String.valueOf(s.fee()));
        form.put("slaWorkingDays", sla);
        form.put("requirements", s.requirements().stream().map(r -> r.id() + " | " + r.en()).collect(Collectors.joining("\n")));
        form.put("formSchema", schema);
        return form;
    }
}
