package id.satupintu.complaints.web;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Open311 answers byte for byte, so neither content negotiation nor a global JSON setting can change what a
 * client receives: JSON through Jackson, XML through the JDK's StAX writer with GeoReport's element names. Text
 * that XML 1.0 cannot carry (control characters in a description) is dropped so every answer stays well-formed.
 */
@Component
@NullMarked
class Open311Writer {

    /** XML names of list items inside an entry; any other list {@code xs} holds {@code x} elements. */
    private static final Map<String, String> ITEMS = Map.of(
            "attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats", "format",
            "errors", "error", "services", "service");

    private final JsonMapper json;
    private final XMLOutputFactory xmlFactory = XMLOutputFactory.newFactory();

    Open311Writer(JsonMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> answer(HttpStatusCode status, Open311Format format, Open311Document document) {
        byte[] body = format == Open311Format.XML ? xml(document) : json.writeValueAsBytes(document.body());
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_TYPE, format.contentType())
                .body(body);
    }

    /** GeoReport's error list: {@code [{"code":404,"description":"…"}]}, {@code <errors><error>…}. */
    ResponseEntity<byte[]> error(HttpStatusCode status, Open311Format format, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status.value());
        error.put("description", description);
        return answer(status, format, Open311Document.list("errors", "error", List.of(error)));
    }

    static String itemName(String list) {
        String known = ITEMS.get(list);
        if (known != null) {
            return known;
        }
        return list.endsWith("s") && list.length() > 1 ? list.substring(0, list.length() - 1) : list + "_item";
    }

    private byte[] xml(Open311Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = xmlFactory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            if (document.item() != null && document.body() instanceof List<?> entries) {
                xml.writeStartElement(document.root());
                for (Object entry : entries) {
                    element(xml, document.item(), entry);
                }
                xml.writeEndElement();
            } else {
                element(xml, document.root(), document.body());
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an Open311 XML answer", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, @Nullable Object value) throws XMLStreamException {
        xml.writeStartElement(name);
        switch (value) {
            case null -> {
            }
            case Map<?, ?> fields -> {
                for (Map.Entry<?, ?> field : fields.entrySet()) {
                    element(xml, String.valueOf(field.getKey()), field.getValue());
                }
            }
            case List<?> items -> {
                String item = itemName(name);
                for (Object each : items) {
                    element(xml, item, each);
                }
            }
            case Double number -> xml.writeCharacters(BigDecimal.valueOf(number).toPlainString());
            default -> xml.writeCharacters(xmlText(String.valueOf(value)));
        }
        xml.writeEndElement();
    }

    /** The text without the characters XML 1.0 forbids (C0 controls other than tab and line breaks, lone surrogates). */
    static String xmlText(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && clean != null) {
                clean.appendCodePoint(c);
            }
            i += width;
        }
        return clean == null ? text : clean.toString();
    }
}
