package id.satupintu.catalog;

/** A text in Bahasa Indonesia and English; every catalogue text has both. */
public record LocalizedText(String id, String en) {

    public LocalizedText {
        id = id == null ? "" : id.strip();
        en = en == null ? "" : en.strip();
    }

    /** The text in a page language ("en", or Bahasa Indonesia for anything else). */
    public String in(String lang) {
        return "en".equals(lang) && !en.isEmpty() ? en : id;
    }
}
