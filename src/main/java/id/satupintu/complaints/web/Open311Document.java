package id.satupintu.complaints.web;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * One Open311 answer before it is written as JSON or XML. JSON needs only the body; XML also needs the names GeoReport
 * gives the root element and each list item ({@code <services><service>…}), so they travel with it.
 *
 * @param root  the XML root element
 * @param item  the XML element of each entry when the body is a list; null when the body is one object
 * @param body  a list of entries or one object; values are strings, numbers, booleans, nulls, nested objects and
 *              lists of those (an XML list element holds items named by {@link Open311Writer#itemName})
 */
@NullMarked
record Open311Document(String root, @Nullable String item, Object body) {

    static Open311Document list(String root, String item, List<? extends Map<String, ?>> entries) {
        return new Open311Document(root, item, List.copyOf(entries));
    }

    static Open311Document object(String root, Map<String, ?> body) {
        return new Open311Document(root, null, body);
    }
}
