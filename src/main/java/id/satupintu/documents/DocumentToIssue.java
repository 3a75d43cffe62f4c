package id.satupintu.documents;

import java.util.List;

/**
 * What an issued document says. Only what is printed on the document is stored with it, and only that appears on
 * the public verification page.
 *
 * @param reference the application's tracking code
 * @param language  the language of the printed labels ("id" or "en")
 */
public record DocumentToIssue(String titleId, String titleEn, String number, String holderName, String issuer,
                              List<Field> fields, String reference, String language) {

    public DocumentToIssue {
        fields = List.copyOf(fields);
    }

    /** One printed line: label and value. */
    public record Field(String label, String value) {
    }
}
