package id.satupintu.catalog.internal;

import id.satupintu.audit.AuditTrail;
import id.satupintu.catalog.Bundle;
import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.FormError;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.catalog.ServicePublished;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Ids;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads each tenant's catalogue files on start (after the organisation exists), stores every changed service as a
 * new version, and serves current versions from memory. Another node learns of an admin's edit when its cache
 * entry is reloaded on the next {@link ServicePublished} it sees, or on restart.
 */
@Service
@Order(100) // after the demo city (its agencies must exist)
class CatalogService implements Catalog, CatalogLoading, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

    /**
     * A tenant's current services and bundles. The search index is built on the first search, not with the catalogue:
     * reducing every word to its root is the costly part of a (re)load, and most readers (forms, submits, the
     * catalogue pages) never search.
     */
    private static final class TenantCatalog {

        private final Map<String, ServiceDefinition> services;
        private final Map<String, Bundle> bundles;
        private volatile @Nullable ServiceSearch search;

        TenantCatalog(Map<String, ServiceDefinition> services, Map<String, Bundle> bundles) {
            this.services = services;
            this.bundles = bundles;
        }

        Map<String, ServiceDefinition> services() {
            return services;
        }

        Map<String, Bundle> bundles() {
            return bundles;
        }

        ServiceSearch search() {
            ServiceSearch built = search;
            if (built == null) {
                synchronized (this) {
                    built = search;
                    if (built == null) {
                        built = new ServiceSearch(List.copyOf(services.values()), List.copyOf(bundles.values()));
                        search = built;
                    }
                }
            }
            return built;
        }
    }

    private final CatalogStore store;
    private final FormSchemas schemas;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CatalogProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionOperations transactions;
    private final Map<TenantId, TenantCatalog> cache = new ConcurrentHashMap<>();
    /** Published versions never change, so a version once read is kept (bounded): every submit and step asks for one. */
    private final com.github.benmanes.caffeine.cache.Cache<VersionKey, ServiceDefinition> versions =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_000).build();

    private record VersionKey(TenantId tenant, String code, int version) {
    }

    CatalogService(CatalogStore store, FormSchemas schemas, Organisation organisation, AuditTrail audit,
                   ApplicationEventPublisher events, CatalogProperties properties, JsonMapper json, Clock clock,
                   TransactionOperations transactions) {
        this.store = store;
        this.schemas = schemas;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        properties.sources().forEach((code, pattern) -> {
            TenantId tenant = TenantId.of(code);
            if (organisation.tenant(tenant).isEmpty()) {
                log.warn("Catalogue for tenant {} not loaded: the tenant does not exist", tenant);
                return;
            }
            List<CatalogFiles.Source> sources = read(pattern);
            String fingerprint = sha256(sources.stream().map(s -> s.name() + "\u0000" + s.content()).reduce("", String::concat));
            if (store.lastLoad(tenant).filter(fingerprint::equals).isPresent()) {
                log.info("Catalogue of {} unchanged since it was last loaded from {}", tenant, pattern);
                return;
            }
            // in a transaction of its own (a call to this.load() would bypass the proxy's @Transactional): the
            // ServicePublished events are published inside it and delivered when it commits, with the fingerprint
            Integer published = transactions.execute(status -> {
                int changed = load(tenant, sources);
                store.rememberLoad(tenant, fingerprint, clock.instant());
                return changed;
            });
            log.info("Catalogue of {} loaded from {}: {} new or changed", tenant, pattern, published);
        });
    }

    @Override
    @Transactional
    public int load(TenantId tenant, List<CatalogFiles.Source> sources) {
        CatalogFiles.Parsed parsed = new CatalogFiles(schemas, agency -> organisation.agencyByCode(tenant, agency).isPresent())
                .parse(sources);
        int published = 0;
        for (ServiceDefinition service : parsed.services()) {
            if (publishIfChanged(tenant, CatalogStore.Kind.SERVICE, service.code(), service.agency(),
                    v -> toJson(service.withVersion(v)), toJson(service.withVersion(0)), "file")) {
                published++;
            }
        }
        for (Bundle bundle : parsed.bundles()) {
            if (publishIfChanged(tenant, CatalogStore.Kind.BUNDLE, bundle.code(), null, v -> toJson(bundle), toJson(bundle), "file")) {
                published++;
            }
        }
        cache.remove(tenant);
        return published;
    }

    private boolean publishIfChanged(TenantId tenant, CatalogStore.Kind kind, String code, @Nullable String agency,
                                     java.util.function.IntFunction<String> definitionAt, String withoutVersion, String source) {
        String checksum = sha256(withoutVersion);
        int latest = store.latestVersion(tenant, kind, code);
        if (latest > 0 && store.version(tenant, kind, code, latest).map(CatalogStore.Row::checksum).orElse("").equals(checksum)) {
            return false;
        }
        int version = latest + 1;
        store.insert(tenant, kind, code, version, agency, definitionAt.apply(version), checksum, source, clock.instant());
        if (kind == CatalogStore.Kind.SERVICE) {
            events.publishEvent(new ServicePublished(Ids.newId(), tenant, code, version, clock.instant()));
        }
        return true;
    }

    @Override
    @Transactional
    public ServiceDefinition publish(TenantId tenant, ServiceDefinition edited) {
        ServiceDefinition current = service(tenant, edited.code()).orElseThrow(() -> new NotFoundException("service", edited.code()));
        String yamlLike = toJson(edited.withVersion(0));
        // the edit goes through the same rules as the files
        new CatalogFiles(schemas, agency -> organisation.agencyByCode(tenant, agency).isPresent())
                .parse(List.of(new CatalogFiles.Source("admin edit of " + edited.code(), asCatalogYaml(edited))));
        publishIfChanged(tenant, CatalogStore.Kind.SERVICE, edited.code(), edited.agency(),
                v -> toJson(edited.withVersion(v)), yamlLike, "admin");
        cache.remove(tenant);
        ServiceDefinition now = service(tenant, edited.code()).orElseThrow();
        if (now.version() != current.version()) {
            audit.record(tenant, "service.published", "service", edited.code(), Map.of("version", String.valueOf(now.version())));
        }
        return now;
    }

    @Override
    public List<ServiceDefinition> services(TenantId tenant) {
        return catalog(tenant).services().values().stream()
                .sorted(Comparator.comparing((ServiceDefinition s) -> s.names().id())).toList();
    }

    @Override
    public Optional<ServiceDefinition> service(TenantId tenant, String code) {
        return Optional.ofNullable(catalog(tenant).services().get(code));
    }

    @Override
    public Optional<ServiceDefinition> service(TenantId tenant, String code, int version) {
        VersionKey key = new VersionKey(tenant, code, version);
        ServiceDefinition known = versions.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ServiceDefinition> read = store.version(tenant, CatalogStore.Kind.SERVICE, code, version)
                .map(row -> json.readValue(row.definition(), ServiceDefinition.class));
        read.ifPresent(definition -> versions.put(key, definition));
        return read;
    }

    @Override
    public List<Bundle> bundles(TenantId tenant) {
        return List.copyOf(catalog(tenant).bundles().values());
    }

    @Override
    public Optional<Bundle> bundle(TenantId tenant, String code) {
        return Optional.ofNullable(catalog(tenant).bundles().get(code));
    }

    @Override
    public List<SearchHit> search(TenantId tenant, String query) {
        return catalog(tenant).search().search(query == null ? "" : query);
    }

    @Override
    public List<FormError> validate(String formSchema, JsonNode data) {
        return schemas.validate(formSchema, data);
    }

    private TenantCatalog catalog(TenantId tenant) {
        return cache.computeIfAbsent(tenant, t -> {
            Map<String, ServiceDefinition> services = new java.util.LinkedHashMap<>();
            store.current(t, CatalogStore.Kind.SERVICE)
                    .forEach(row -> services.put(row.code(), json.readValue(row.definition(), ServiceDefinition.class)));
            Map<String, Bundle> bundles = new java.util.LinkedHashMap<>();
            store.current(t, CatalogStore.Kind.BUNDLE)
                    .forEach(row -> bundles.put(row.code(), json.readValue(row.definition(), Bundle.class)));
            return new TenantCatalog(services, bundles);
        });
    }

    @org.springframework.context.event.EventListener
    void onPublished(ServicePublished published) {
        cache.remove(published.tenant());
    }

    private String asCatalogYaml(ServiceDefinition service) {
        // The JSON of a definition is valid YAML; CatalogFiles reads the file shape, so rebuild that shape.
        var node = json.createObjectNode();
        var services = node.putArray("services");
        services.add(CatalogShape.toFileShape(json, service));
        return json.writeValueAsString(node);
    }

    private String toJson(Object value) {
        return json.writeValueAsString(value);
    }

    private static List<CatalogFiles.Source> read(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            List<CatalogFiles.Source> sources = new ArrayList<>();
            for (Resource resource : resources) {
                sources.add(new CatalogFiles.Source(String.valueOf(resource.getFilename()),
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalogue files " + pattern, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
