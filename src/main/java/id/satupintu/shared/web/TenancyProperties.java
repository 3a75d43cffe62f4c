package id.satupintu.shared.web;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.Map;

/**
 * How a request that carries no signed-in principal finds its tenant.
 *
 * @param defaultTenant Kemendagri code served when the host name is not mapped (a single-city deployment)
 * @param hosts         host name to tenant code, for a deployment that serves several cities
 */
@Validated
@ConfigurationProperties("satupintu.tenancy")
public record TenancyProperties(
        @Pattern(regexp = "\\d{2}\\.\\d{2}") String defaultTenant,
        Map<String, String> hosts) {

    public TenancyProperties {
        defaultTenant = defaultTenant == null ? "35.78" : defaultTenant;
        hosts = hosts == null ? Map.of() : Map.copyOf(hosts);
    }
}
