package id.satupintu;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import id.satupintu.shared.events.PublishedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules of the code base a compiler cannot check (module boundaries are {@link ModularityTests}). */
class ArchitectureTests {

    /** The application's classes; "test-classes" also when the build dir is moved (sp.build.dir), unlike DO_NOT_INCLUDE_TESTS. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("id.satupintu");

    @Test
    void settingsAreReadIntoTypedPropertiesRecordsNotWithValue() {
        classes().that().areNotAnnotatedWith(ConfigurationProperties.class)
                .should(new ArchCondition<>("not read satupintu.* settings with @Value") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        for (String place : satupintuValues(type)) {
                            events.add(SimpleConditionEvent.violated(type, place
                                    + " reads a satupintu.* setting with @Value: read it from its module's @ConfigurationProperties record"));
                        }
                    }
                })
                .because("settings are read once into typed, validated, documented records owned by their module")
                .check(MAIN);
    }

    @Test
    void publishedEventsAreRecordsInTheirModulesApiPackage() {
        classes().that().implement(PublishedEvent.class)
                .should().resideInAPackage("id.satupintu.*")
                .because("a published event is part of its module's API: its root package")
                .check(MAIN);
        classes().that().implement(PublishedEvent.class).and().areNotInterfaces()
                .should().beRecords()
                .because("events are immutable facts")
                .check(MAIN);
    }

    @Test
    void internalEventsNeverImplementPublishedEvent() {
        noClasses().that().resideInAPackage("..internal..")
                .should().implement(PublishedEvent.class)
                .because("only published events leave the process for RabbitMQ; internal ones stay inside their module")
                .check(MAIN);
    }

    /** Fields, constructor and method parameters and methods of the class with {@code @Value("...satupintu....")}. */
    private static List<String> satupintuValues(JavaClass type) {
        List<String> places = new ArrayList<>();
        type.getFields().forEach(field -> check(field, "field " + type.getSimpleName() + "." + field.getName(), places));
        type.getCodeUnits().forEach(unit -> {
            String name = type.getSimpleName() + "." + (unit.isConstructor() ? "<init>" : unit.getName());
            check(unit, name, places);
            unit.getParameters().forEach(parameter -> check(parameter, name + " parameter " + parameter.getIndex(), places));
        });
        return places;
    }

    private static void check(HasAnnotations<?> element, String place, List<String> places) {
        for (JavaAnnotation<?> annotation : element.getAnnotations()) {
            if (annotation.getRawType().isEquivalentTo(Value.class)
                    && String.valueOf(annotation.get("value").orElse("")).contains("satupintu.")) {
                places.add(place + " (" + annotation.get("value").orElse("") + ")");
            }
        }
    }
}
