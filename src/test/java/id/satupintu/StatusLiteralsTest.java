package id.satupintu;

import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.StepStatus;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.TaskStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status sets reach SQL as parameters bound from the enums (which own the transition tables), never as quoted
 * literals: a literal is a second copy of a rule that a new state silently escapes. Migrations may name states.
 */
class StatusLiteralsTest {

    private static final List<Class<? extends Enum<?>>> STATUSES =
            List.of(ComplaintStatus.class, TaskStatus.class, ApplicationStatus.class, StepStatus.class);

    @Test
    void noStatusLiteralInCodeOrTemplates() throws IOException {
        String names = STATUSES.stream().flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(Enum::name).distinct().collect(Collectors.joining("|"));
        Pattern literal = Pattern.compile("'(" + names + ")'");
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/jte"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = literal.matcher(lines.get(i));
                        while (m.find()) {
                            found.add(file + ":" + (i + 1) + " " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(found).as("status literals in SQL or templates (bind the enum's set instead)").isEmpty();
    }
}
