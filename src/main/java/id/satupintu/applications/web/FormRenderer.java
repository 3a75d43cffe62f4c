package id.satupintu.applications.web;

import id.satupintu.ui.I18n;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a catalogue form (a JSON Schema object with flat properties) into the fields of a page, and what the page
 * sends back into answers of the schema's types. Labels, hints and option labels come from the catalogue's
 * extensions ({@code title} / {@code x-title-en}, {@code x-hint} / {@code x-hint-en}, {@code x-enum-labels} /
 * {@code x-enum-labels-en}); anything the browser sends that does not read as the schema's type is kept as text so
 * that the schema check names it and nothing typed is lost.
 */
public final class FormRenderer {

    /** Enumerations up to this size are radios, longer ones a select. */
    static final int MAX_RADIOS = 5;
    /** Text longer than this is asked for in a text area. */
    static final int TEXTAREA_FROM = 200;

    private static final Pattern DIGITS = Pattern.compile("\\^?\\[0-9]\\{(\\d+)}\\$?");
    private static final Pattern DIGITS_RANGE = Pattern.compile("\\^?\\[0-9]\\{(\\d+),(\\d+)}\\$?");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    /** In a decimal number one dot group (12.500) may be a decimal point; two or more (1.250.000) group thousands. */
    private static final Pattern THOUSANDS_ONLY = Pattern.compile("-?\\d{1,3}(\\.\\d{3}){2,}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** How a field is asked for. */
    public enum Kind {
        TEXT, TEXTAREA, DATE, INTEGER, NUMBER, RADIOS, SELECT, CHECKBOXES, YES_NO, LINES;

        /** Several inputs under one fieldset and legend. */
        public boolean grouped() {
            return this == RADIOS || this == CHECKBOXES || this == YES_NO;
        }
    }

    /** One choice of a radio group, select or checkbox group; {@code id} is unique in the page. */
    public record Option(String value, String label, String id) {
    }

    /**
     * One field of the page.
     *
     * @param name   the schema property, also the input's name and the id the error summary links to
     * @param value  the current answer as text (lines for {@link Kind#LINES})
     * @param values the current answers of a checkbox group
     */
    public record FormField(String name, Kind kind, String type, String label, String hint, boolean required,
                            @Nullable Integer maxLength, String value, List<String> values, List<Option> options) {

        public FormField {
            values = List.copyOf(values);
            options = List.copyOf(options);
        }

        public boolean selected(String option) {
            return kind == Kind.CHECKBOXES ? values.contains(option) : value.equals(option);
        }

        public String inputmode() {
            return kind == Kind.INTEGER ? "numeric" : kind == Kind.NUMBER ? "decimal" : "";
        }

        /** The ids the input's aria-describedby names: its hint and its error, when shown. */
        public String describedBy(boolean error) {
            return ((hint.isEmpty() ? "" : name + "-hint ") + (error ? name + "-error" : "")).strip();
        }
    }

    private final ObjectNode properties;
    private final Set<String> required;

    private FormRenderer(ObjectNode properties, Set<String> required) {
        this.properties = properties;
        this.required = required;
    }

    /** The form of a catalogue schema (JSON text); a schema without properties gives a form without fields. */
    public static FormRenderer of(String schemaJson, ObjectMapper json) {
        JsonNode schema = json.readTree(schemaJson);
        ObjectNode properties = schema.path("properties") instanceof ObjectNode object ? object : NODES.objectNode();
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        return new FormRenderer(properties, required);
    }

    public List<String> names() {
        return List.copyOf(properties.propertyNames());
    }

    public boolean has(String name) {
        return properties.has(name);
    }

    /** The schema property an error of {@code field} belongs to ({@code nikAnggota.0} → {@code nikAnggota}). */
    public Optional<String> fieldOf(String field) {
        String root = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        return has(root) ? Optional.of(root) : Optional.empty();
    }

    /** The fields of the page with the current answers (defaults of the schema where nothing is answered). */
    public List<FormField> fields(JsonNode answers, I18n t) {
        String lang = t.lang();
        List<FormField> fields = new ArrayList<>();
        for (String name : properties.propertyNames()) {
            JsonNode property = properties.get(name);
            JsonNode answer = answers.has(name) && !answers.get(name).isNull() ? answers.get(name) : property.path("default");
            String type = type(property);
            Kind kind = kind(property, type);
            List<Option> options = options(name, property, kind, lang, t);
            String value = "";
            List<String> values = List.of();
            if (answer.isArray()) {
                List<String> items = new ArrayList<>();
                answer.forEach(item -> items.add(item.asString()));
                values = items;
                value = String.join("\n", items);
            } else if (!answer.isMissingNode() && !answer.isNull()) {
                value = answer.asString();
            }
            Integer maxLength = property.has("maxLength") ? property.get("maxLength").asInt() : null;
            fields.add(new FormField(name, kind, type, localized(property, "title", lang, name),
                    hint(property, kind, lang, t), required.contains(name), maxLength, value, values, options));
        }
        return fields;
    }

    /**
     * The answers a page sent, in the schema's types; an empty field becomes a JSON null, which removes the answer.
     * Only the schema's properties are read (the CSRF token and the buttons are not answers).
     */
    public ObjectNode read(Function<String, String @Nullable []> parameters) {
        ObjectNode answers = NODES.objectNode();
        for (String name : properties.propertyNames()) {
            JsonNode property = properties.get(name);
            String type = type(property);
            Kind kind = kind(property, type);
            String[] sent = parameters.apply(name);
            List<String> texts = sent == null ? List.of()
                    : Arrays.stream(sent).map(text -> text == null ? "" : text.strip()).filter(text -> !text.isEmpty()).toList();
            if (kind == Kind.CHECKBOXES || kind == Kind.LINES) {
                List<String> items = kind == Kind.LINES
                        ? texts.stream().flatMap(text -> Arrays.stream(text.split("\\R"))).map(String::strip).filter(s -> !s.isEmpty()).toList()
                        : texts;
                if (items.isEmpty()) {
                    answers.putNull(name);
                } else {
                    ArrayNode array = answers.putArray(name);
                    String itemType = type(property.path("items"));
                    items.forEach(item -> array.add(typed(itemType, item)));
                }
            } else if (texts.isEmpty()) {
                answers.putNull(name);
            } else {
                answers.set(name, typed(type, texts.getFirst()));
            }
        }
        return answers;
    }

    /** An answer as the check-your-answers page shows it: option labels, dates spelled out, lists joined. */
    public String display(FormField field, I18n t) {
        return switch (field.kind()) {
            case RADIOS, SELECT, YES_NO -> field.options().stream().filter(o -> o.value().equals(field.value()))
                    .map(Option::label).findFirst().orElse(field.value());
            case CHECKBOXES -> String.join(", ", field.values().stream().map(v -> field.options().stream()
                    .filter(o -> o.value().equals(v)).map(Option::label).findFirst().orElse(v)).toList());
            case LINES -> String.join(", ", field.values());
            case DATE -> {
                try {
                    yield CitizenFormat.date(LocalDate.parse(field.value()), t.lang());
                } catch (DateTimeParseException notADate) {
                    yield field.value();
                }
            }
            default -> field.value();
        };
    }

    // ---- reading the schema ----

    private static String type(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!"null".equals(one.asString())) {
                    return one.asString();
                }
            }
        }
        return type.isString() ? type.asString() : "string";
    }

    private static Kind kind(JsonNode property, String type) {
        switch (type) {
            case "array" -> {
                return property.path("items").has("enum") ? Kind.CHECKBOXES : Kind.LINES;
            }
            case "boolean" -> {
                return Kind.YES_NO;
            }
            default -> {
            }
        }
        if (property.has("enum")) {
            return property.get("enum").size() <= MAX_RADIOS ? Kind.RADIOS : Kind.SELECT;
        }
        return switch (type) {
            case "integer" -> Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            default -> "date".equals(property.path("format").asString()) ? Kind.DATE
                    : property.path("maxLength").asInt(0) > TEXTAREA_FROM ? Kind.TEXTAREA : Kind.TEXT;
        };
    }

    private static List<Option> options(String name, JsonNode property, Kind kind, String lang, I18n t) {
        if (kind == Kind.YES_NO) {
            return List.of(new Option("true", t.m("applications.form.yes"), name),
                    new Option("false", t.m("applications.form.no"), name + "-2"));
        }
        JsonNode source = kind == Kind.CHECKBOXES ? property.path("items") : property;
        if (!source.has("enum")) {
            return List.of();
        }
        JsonNode labels = property.path("en".equals(lang) ? "x-enum-labels-en" : "x-enum-labels");
        JsonNode fallback = property.path("x-enum-labels");
        List<Option> options = new ArrayList<>();
        int index = 0;
        for (JsonNode item : source.get("enum")) {
            String value = item.asString();
            String label = labels.path(value).isString() ? labels.get(value).asString()
                    : fallback.path(value).isString() ? fallback.get(value).asString() : value;
            options.add(new Option(value, label, index == 0 ? name : name + "-" + (index + 1)));
            index++;
        }
        return options;
    }

    private static String localized(JsonNode property, String key, String lang, String fallback) {
        String indonesian = property.path("title".equals(key) ? "title" : "x-hint").asString("");
        String english = property.path("title".equals(key) ? "x-title-en" : "x-hint-en").asString("");
        String chosen = "en".equals(lang) && !english.isBlank() ? english : indonesian;
        return chosen.isBlank() ? fallback : chosen;
    }

    private static String hint(JsonNode property, Kind kind, String lang, I18n t) {
        List<String> parts = new ArrayList<>();
        String own = localized(property, "hint", lang, "");
        if (!own.isBlank()) {
            parts.add(own);
        }
        JsonNode pattern = kind == Kind.LINES ? property.path("items").path("pattern") : property.path("pattern");
        if (pattern.isString()) {
            Matcher exact = DIGITS.matcher(pattern.asString());
            Matcher range = DIGITS_RANGE.matcher(pattern.asString());
            if (exact.matches()) {
                parts.add(t.m("applications.form.digits", exact.group(1)));
            } else if (range.matches()) {
                parts.add(t.m("applications.form.digitsRange", range.group(1), range.group(2)));
            }
        }
        switch (kind) {
            case LINES -> parts.add(t.m("applications.form.lines"));
            case CHECKBOXES -> parts.add(t.m("applications.form.checkboxes"));
            case TEXTAREA -> parts.add(t.m("applications.form.maxLength", property.path("maxLength").asInt()));
            default -> {
            }
        }
        return String.join(" ", parts);
    }

    /** A sent text as the schema's type, or the text itself when it does not read as that type. */
    static JsonNode typed(String type, String text) {
        switch (type) {
            case "integer" -> {
                String digits = compactNumber(text);
                if (THOUSANDS.matcher(digits).matches()) {
                    digits = digits.replace(".", "");
                }
                try {
                    BigInteger value = new BigInteger(digits);
                    return value.bitLength() < 63 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
                } catch (NumberFormatException notANumber) {
                    return NODES.stringNode(text);
                }
            }
            case "number" -> {
                String number = compactNumber(text);
                if (number.contains(",")) {
                    // Indonesian writing: 1.250,5 — dots group thousands, the comma is the decimal separator
                    number = number.replace(".", "").replace(',', '.');
                } else if (THOUSANDS_ONLY.matcher(number).matches()) {
                    number = number.replace(".", "");
                }
                try {
                    BigDecimal value = new BigDecimal(number);
                    if (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0) {
                        BigInteger whole = value.toBigIntegerExact();
                        return whole.bitLength() < 63 ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
                    }
                    return NODES.numberNode(value.doubleValue());
                } catch (NumberFormatException | ArithmeticException notANumber) {
                    return NODES.stringNode(text);
                }
            }
            case "boolean" -> {
                return switch (text) {
                    case "true" -> NODES.booleanNode(true);
                    case "false" -> NODES.booleanNode(false);
                    default -> NODES.stringNode(text);
                };
            }
            default -> {
                return NODES.stringNode(text);
            }
        }
    }

    private static String compactNumber(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]", "");
    }

    /** The names of the fields with their labels, for messages that name a field. */
    Map<String, String> labels(I18n t) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (String name : properties.propertyNames()) {
            labels.put(name, localized(properties.get(name), "title", t.lang(), name));
        }
        return labels;
    }
}
