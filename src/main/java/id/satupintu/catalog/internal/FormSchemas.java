package id.satupintu.catalog.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialects;
import id.satupintu.catalog.FormError;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema 2020-12 through networknt's validator: checks that a catalogue form is a valid schema (against the
 * 2020-12 meta-schema) and validates submitted forms, turning each violation into a {@link FormError} whose
 * message key the pages translate. Compiled schemas are cached by their text.
 */
@Component
public class FormSchemas {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    /** Needed only when a catalogue is (re)loaded, so not compiled on every start. */
    private volatile @Nullable Schema metaSchema;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    /** Problems of a form schema as text (empty when it is a valid 2020-12 schema). */
    List<String> checkSchema(JsonNode schema) {
        List<String> problems = new ArrayList<>();
        for (Error error : metaSchema().validate(schema)) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        if (problems.isEmpty()) {
            try {
                registry.getSchema(schema);
            } catch (RuntimeException e) {
                problems.add("schema does not compile: " + e.getMessage());
            }
        }
        return problems;
    }

    private Schema metaSchema() {
        Schema meta = metaSchema;
        if (meta == null) {
            meta = registry.getSchema(SchemaLocation.of(Dialects.getDraft202012().getId()));
            metaSchema = meta;
        }
        return meta;
    }

    public List<FormError> validate(String schemaJson, JsonNode data) {
        Schema schema = compiled.computeIfAbsent(schemaJson, text -> registry.getSchema(json.readTree(text)));
        List<FormError> errors = new ArrayList<>();
        for (Error error : schema.validate(data)) {
            errors.add(toFormError(error));
        }
        return errors;
    }

    private static FormError toFormError(Error error) {
        String location = error.getInstanceLocation().toString();
        // instance locations are JSON pointers ("/anak/nama"); fields are named with dots ("anak.nama")
        String field = location.replaceFirst("^[$]?/?", "").replace('/', '.');
        String keyword = error.getKeyword() == null ? "invalid" : error.getKeyword();
        if ("required".equals(keyword) && error.getProperty() != null) {
            field = field.isEmpty() ? error.getProperty() : field + "." + error.getProperty();
        }
        if ("additionalProperties".equals(keyword) && error.getProperty() != null) {
            field = error.getProperty();
        }
        Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
        List<Object> args = new ArrayList<>();
        JsonNode schemaNode = error.getSchemaNode();
        if (schemaNode != null && schemaNode.isValueNode()) {
            args.add(schemaNode.asString());
        } else if (arguments.length > 0) {
            args.add(String.valueOf(arguments[0]));
        }
        return new FormError(field, "form.invalid." + keyword, args);
    }
}
