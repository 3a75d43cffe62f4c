package id.satupintu.complaints;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaints module's code keeps its rules in one place: status sets reach SQL and templates from the enums
 * (bound as parameters), never as quoted literals, and settings come from typed properties, never from
 * {@code @Value("${satupintu...")}.
 */
class ComplaintSourcesTest {

    private static final List<Path> ROOTS = List.of(Path.of("src/main/java/id/satupintu/complaints"),
            Path.of("src/main/jte/complaints"));

    @Test
    void noStatusIsWrittenAsALiteralInSqlOrTemplates() throws IOException {
        List<String> names = new ArrayList<>();
        EnumSet.allOf(ComplaintStatus.class).forEach(s -> names.add(s.name()));
        EnumSet.allOf(TaskStatus.class).forEach(s -> names.add(s.name()));
        Pattern quoted = Pattern.compile("'(" + String.join("|", names) + ")'");
        assertThat(offending(quoted)).isEmpty();
    }

    @Test
    void noSettingIsReadWithValue() throws IOException {
        assertThat(offending(Pattern.compile("@Value\\(\"\\$\\{satupintu"))).isEmpty();
    }

    private static List<String> offending(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : ROOTS) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (pattern.matcher(lines.get(i)).find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        return found;
    }
}
