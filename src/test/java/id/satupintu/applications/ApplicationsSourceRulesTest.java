package id.satupintu.applications;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule in one place: the states of applications and steps reach SQL as parameters bound from the enums, and
 * settings come from typed properties, never from a literal or a {@code @Value} in this module's code.
 */
class ApplicationsSourceRulesTest {

    private static final List<Path> ROOTS = List.of(Path.of("src/main/java/id/satupintu/applications"),
            Path.of("src/main/jte/applications"), Path.of("src/main/jte/officer"));

    @Test
    void noStatusLiteralsInSql() throws IOException {
        String states = Stream.of(Arrays.stream(ApplicationStatus.values()), Arrays.stream(StepStatus.values()),
                        Arrays.stream(PartView.PartStatus.values()))
                .flatMap(s -> s).map(Enum::name).distinct().reduce((a, b) -> a + "|" + b).orElseThrow();
        Pattern literal = Pattern.compile("'(" + states + ")'");
        assertThat(offending(literal)).isEmpty();
    }

    @Test
    void noValueInjectionOfSettings() throws IOException {
        assertThat(offending(Pattern.compile("@Value\\(\"\\$\\{satupintu"))).isEmpty();
    }

    private static List<String> offending(Pattern pattern) throws IOException {
        try (Stream<Path> files = ROOTS.stream().flatMap(ApplicationsSourceRulesTest::walk)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return pattern.matcher(Files.readString(file)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
