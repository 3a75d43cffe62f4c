package id.satupintu.catalog.internal;

import id.satupintu.catalog.Bundle;
import id.satupintu.catalog.Catalog.SearchHit;
import id.satupintu.catalog.ServiceDefinition;
import jsastrawi.morphology.DefaultLemmatizer;
import jsastrawi.morphology.Lemmatizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Search over a tenant's services in Bahasa Indonesia (and English): words are reduced to their roots with
 * Sastrawi ("perizinan", "izin" and "mengizinkan" meet), abbreviations and synonyms are folded into one term
 * (KTP = kartu tanda penduduk, IMB = PBG), and a word being typed matches by prefix. The index is tiny (hundreds of
 * services), so it is rebuilt whenever the catalogue changes.
 */
final class ServiceSearch {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Lemmatizer LEMMATIZER = new DefaultLemmatizer(loadWords("/root-words.txt"));
    private static final Map<String, String> ROOTS = new ConcurrentHashMap<>();
    private static final Synonyms SYNONYMS = Synonyms.load("/search/sinonim.txt");

    private record Entry(SearchHit hit, Map<String, Double> terms) {
    }

    private final List<Entry> entries = new ArrayList<>();

    ServiceSearch(List<ServiceDefinition> services, List<Bundle> bundles) {
        for (ServiceDefinition s : services) {
            Map<String, Double> terms = new HashMap<>();
            add(terms, s.names().id(), 3);
            add(terms, s.names().en(), 2);
            s.keywords().forEach(keyword -> add(terms, keyword, 3));
            add(terms, s.descriptions().id(), 1);
            add(terms, s.descriptions().en(), 0.5);
            s.lifeNeeds().forEach(need -> add(terms, need, 1));
            add(terms, s.agency(), 1);
            entries.add(new Entry(new SearchHit(s.code(), false, s.names(), s.descriptions(), 0), terms));
        }
        for (Bundle b : bundles) {
            Map<String, Double> terms = new HashMap<>();
            add(terms, b.names().id(), 3);
            add(terms, b.names().en(), 2);
            b.keywords().forEach(keyword -> add(terms, keyword, 3));
            add(terms, b.descriptions().id(), 1);
            b.lifeNeeds().forEach(need -> add(terms, need, 2));
            entries.add(new Entry(new SearchHit(b.code(), true, b.names(), b.descriptions(), 0), terms));
        }
    }

    List<SearchHit> search(String query) {
        List<String> words = terms(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Entry entry : entries) {
            double score = 0;
            int matched = 0;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                boolean last = i == words.size() - 1;
                double best = entry.terms().getOrDefault(word, 0.0);
                if (best == 0 && last && word.length() >= 3) {
                    // the word still being typed matches the start of a term, worth a little less
                    for (Map.Entry<String, Double> term : entry.terms().entrySet()) {
                        if (term.getKey().startsWith(word)) {
                            best = Math.max(best, term.getValue() * 0.6);
                        }
                    }
                }
                if (best > 0) {
                    matched++;
                    score += best;
                }
            }
            if (matched > 0) {
                // every word found ranks above some words found
                score *= (double) matched / words.size();
                SearchHit hit = entry.hit();
                hits.add(new SearchHit(hit.code(), hit.bundle(), hit.names(), hit.descriptions(), score));
            }
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::code));
        return hits;
    }

    private static void add(Map<String, Double> terms, String text, double weight) {
        for (String term : terms(text)) {
            terms.merge(term, weight, Math::max);
        }
    }

    /** Words of a text as index terms: synonym groups first (they may span words), then roots. */
    static List<String> terms(String text) {
        String normalised = " " + String.join(" ", SPLIT.split(text.toLowerCase(Locale.ROOT))).strip() + " ";
        List<String> terms = new ArrayList<>();
        String rest = SYNONYMS.fold(normalised, terms);
        for (String word : rest.strip().split(" ")) {
            if (!word.isEmpty()) {
                terms.add(root(word));
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(terms));
    }

    private static String root(String word) {
        if (word.length() <= 3 || word.chars().anyMatch(Character::isDigit)) {
            return word;
        }
        return ROOTS.computeIfAbsent(word, LEMMATIZER::lemmatize);
    }

    private static Set<String> loadWords(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = ServiceSearch.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Groups of words and phrases that mean the same ({@code ktp = kartu tanda penduduk = e-ktp}). */
    record Synonyms(List<Map.Entry<String, String>> phrases) {

        static Synonyms load(String resource) {
            List<Map.Entry<String, String>> phrases = new ArrayList<>();
            try (InputStream in = ServiceSearch.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return new Synonyms(List.of());
                }
                for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    String[] members = trimmed.split("=");
                    String group = "§" + SPLIT.split(members[0].strip().toLowerCase(Locale.ROOT))[0];
                    for (String member : members) {
                        String phrase = String.join(" ", SPLIT.split(member.strip().toLowerCase(Locale.ROOT))).strip();
                        if (!phrase.isEmpty()) {
                            phrases.add(Map.entry(" " + phrase + " ", group));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // longest phrases first, so "kartu tanda penduduk" wins over "kartu"
            phrases.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
            return new Synonyms(List.copyOf(phrases));
        }

        /** Replaces every known phrase in the text by nothing and adds its group term; returns what is left. */
        String fold(String text, List<String> terms) {
            String rest = text;
            for (Map.Entry<String, String> phrase : phrases) {
                while (rest.contains(phrase.getKey())) {
                    rest = rest.replace(phrase.getKey(), " ");
                    terms.add(phrase.getValue());
                }
            }
            return rest;
        }
    }
}
