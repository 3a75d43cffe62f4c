package id.satupintu.catalog;

import java.util.List;

/** The catalogue files break their rules; nothing of them was loaded. Each problem names file, path and reason. */
public class CatalogLoadException extends RuntimeException {

    private final List<String> problems;

    public CatalogLoadException(List<String> problems) {
        super("The service catalogue was not loaded:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
