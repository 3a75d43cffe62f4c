package id.satupintu.security;

import id.satupintu.TestPrincipals;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every endpoint the application maps, as every role, and compares who got past security with the
 * checked-in matrix {@code src/test/resources/access-matrix.txt}. A new endpoint without a line there, or a rule
 * that opens or closes a door, fails the build; the actual matrix is written next to the build output for review.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTest {

    private static final TenantId TENANT = TenantId.of("35.78");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final List<String> EXTRA = List.of("GET /actuator/health", "GET /actuator/prometheus", "GET /actuator/info");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointAnswersEveryRoleAsTheMatrixSays() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        for (String endpoint : endpoints()) {
            String[] parts = endpoint.split(" ", 2);
            Set<String> allowed = new TreeSet<>();
            for (String who : principals()) {
                if (passesSecurity(HttpMethod.valueOf(parts[0]), concrete(parts[1]), who)) {
                    allowed.add(who);
                }
            }
            actual.put(endpoint, allowed.size() == principals().size() ? "*" : allowed.isEmpty() ? "-" : String.join(",", allowed));
        }
        String rendered = actual.entrySet().stream().map(e -> e.getKey() + "  " + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        Path out = Path.of(System.getProperty("sp.build.dir", "target"), "access-matrix.actual.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, rendered);

        assertThat(rendered)
                .as("Access matrix changed. Review %s and copy it to src/test/resources/access-matrix.txt if intended", out)
                .isEqualTo(expected());
    }

    private static List<String> principals() {
        List<String> all = new ArrayList<>();
        all.add("ANONYMOUS");
        for (Role role : Role.values()) {
            all.add(role.name());
        }
        return all;
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>(EXTRA);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                } else {
                    methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    /** Fills path variables with values of the right shape (codes or ids) that exist nowhere. */
    private static String concrete(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase();
            String value = name.contains("code") ? "35.78.99" : name.contains("seq") ? "1" : "01890000-0000-7000-8000-000000000000";
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "/x");
    }

    private boolean passesSecurity(HttpMethod method, String path, String who) throws Exception {
        MockHttpServletRequestBuilder call = request(method, path).with(csrf());
        if (!"ANONYMOUS".equals(who)) {
            call = call.with(authentication(TestPrincipals.as(TENANT, Role.valueOf(who))));
        }
        MvcResult result = mvc.perform(call).andReturn();
        int status = result.getResponse().getStatus();
        String location = Optional.ofNullable(result.getResponse().getRedirectedUrl()).orElse("");
        boolean toLogin = status == 302 && location.contains("/masuk") && !path.equals("/masuk");
        return status != 401 && status != 403 && !toLogin;
    }

    private static String expected() throws IOException {
        Map<String, String> lines = new LinkedHashMap<>();
        try (var in = AccessMatrixTest.class.getResourceAsStream("/access-matrix.txt")) {
            if (in == null) {
                return "";
            }
            for (String line : new String(in.readAllBytes()).split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    int split = trimmed.lastIndexOf("  ");
                    lines.put(trimmed.substring(0, split).strip(), trimmed.substring(split).strip());
                }
            }
        }
        return lines.entrySet().stream().map(e -> e.getKey() + "  " + e.getValue()).collect(Collectors.joining("\n", "", "\n"));
    }
}
