package id.satupintu.catalog;

import id.satupintu.shared.TenantId;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue module's API: the services of a tenant (current versions, or any version an application was
 * filed under), bundles, search in Bahasa Indonesia, and validation of a submitted form against its schema.
 */
public interface Catalog {

    List<ServiceDefinition> services(TenantId tenant);

    Optional<ServiceDefinition> service(TenantId tenant, String code);

    Optional<ServiceDefinition> service(TenantId tenant, String code, int version);

    List<Bundle> bundles(TenantId tenant);

    Optional<Bundle> bundle(TenantId tenant, String code);

    /** Services and bundles matching what a person typed, best first; forgives abbreviations, synonyms and affixes. */
    List<SearchHit> search(TenantId tenant, String query);

    /** Field errors of a form against its JSON Schema (empty: valid). */
    List<FormError> validate(String formSchema, JsonNode data);

    /** An admin's edit becomes the next version; returns it. Applications in progress keep their version. */
    ServiceDefinition publish(TenantId tenant, ServiceDefinition edited);

    /** A service or a bundle found by search. */
    record SearchHit(String code, boolean bundle, LocalizedText names, LocalizedText descriptions, double score) {
    }
}
