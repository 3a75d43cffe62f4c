package id.satupintu.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * @param sources tenant code → Spring resource pattern of its catalogue files (default: the demo city's
 *                {@code classpath:catalog/*.yaml} for 35.78)
 */
@ConfigurationProperties("satupintu.catalog")
record CatalogProperties(Map<String, String> sources) {

    CatalogProperties {
        sources = sources == null || sources.isEmpty() ? Map.of("35.78", "classpath:catalog/*.yaml") : Map.copyOf(sources);
    }
}
