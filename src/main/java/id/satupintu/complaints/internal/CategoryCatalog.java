package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintCategory;
import id.satupintu.complaints.ResolutionTier;
import id.satupintu.shared.TenantId;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The complaint categories of each tenant: {@code complaints/categories-<tenant>.yaml} when the tenant has one,
 * otherwise the common list (built in, or {@code satupintu.complaints.categories-location}). Read once at start;
 * a bad file stops the start with its name, the entry and the reason, so no tenant runs on half a list.
 */
@Component
class CategoryCatalog {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    private static final Pattern TENANT_FILE = Pattern.compile("categories-(\\d{2}\\.\\d{2})\\.yaml");

    private final List<ComplaintCategory> common;
    private final Map<String, List<ComplaintCategory>> perTenant = new HashMap<>();

    CategoryCatalog(ComplaintsProperties properties) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            String location = properties.categoriesLocation() != null ? properties.categoriesLocation() : "classpath:complaints/categories.yaml";
            Resource base = resolver.getResource(location);
            if (!base.exists()) {
                throw new IllegalStateException("satupintu.complaints.categories-location: " + location + " does not exist");
            }
            common = parse(base);
            for (Resource resource : resolver.getResources("classpath*:complaints/categories-*.yaml")) {
                var matcher = TENANT_FILE.matcher(String.valueOf(resource.getFilename()));
                if (matcher.matches()) {
                    perTenant.put(matcher.group(1), parse(resource));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the complaint categories", e);
        }
    }

    List<ComplaintCategory> categories(TenantId tenant) {
        return perTenant.getOrDefault(tenant.code(), common);
    }

    Optional<ComplaintCategory> category(TenantId tenant, String code) {
        return categories(tenant).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    static List<ComplaintCategory> parse(Resource resource) throws IOException {
        String file = String.valueOf(resource.getFilename());
        JsonNode root;
        try (InputStream in = resource.getInputStream()) {
            root = new YAMLMapper().readTree(in);
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("categories");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalStateException(file + ": needs a non-empty list 'categories'");
        }
        List<ComplaintCategory> categories = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String where = file + ": categories[" + i + "]";
            String code = text(node, "code", where);
            if (!CODE.matcher(code).matches()) {
                throw new IllegalStateException(where + ".code: '" + code + "' must be lowercase letters, digits and dashes");
            }
            if (!codes.add(code)) {
                throw new IllegalStateException(where + ".code: '" + code + "' appears twice");
            }
            String tier = text(node, "tier", where).toUpperCase(Locale.ROOT);
            ResolutionTier resolutionTier;
            try {
                resolutionTier = ResolutionTier.valueOf(tier);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ".tier: '" + tier + "' is not one of LIGHT, NORMATIVE, NO_SUPERVISION, INVESTIGATION");
            }
            List<String> keywords = new ArrayList<>();
            JsonNode words = node.get("keywords");
            if (words != null && words.isArray()) {
                words.forEach(w -> keywords.add(w.asString()));
            }
            categories.add(new ComplaintCategory(code, text(node, "name", where, "id"), text(node, "name", where, "en"),
                    text(node, "description", where, "id"), text(node, "description", where, "en"),
                    text(node, "group", where), text(node, "agency", where), resolutionTier, keywords));
        }
        return List.copyOf(categories);
    }

    private static String text(JsonNode node, String field, String where, String... lang) {
        JsonNode value = node.get(field);
        String path = where + "." + field;
        if (lang.length > 0) {
            value = value == null ? null : value.get(lang[0]);
            path = path + "." + lang[0];
        }
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalStateException(path + ": missing");
        }
        return value.asString().strip();
    }
}
