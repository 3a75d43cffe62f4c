package id.satupintu.shared.time;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The days on which government offices are closed although they fall on a weekday or not: national holidays and
 * collective leave (cuti bersama) from the SKB 3 Menteri, one CSV file per year, plus regional holidays from
 * configuration. Immutable.
 *
 * <p>Files are named {@code id-<year>.csv} with the columns {@code date,kind,name_id,name_en}; {@code #} starts a
 * comment, and a comment {@code # status: PROVISIONAL} marks a year whose official list is not known yet (see
 * {@code src/main/resources/holidays/SOURCES.md}). Years with no file have no holidays at all: ask
 * {@link #officialYears()} before trusting a calendar far ahead.
 */
public final class HolidayCalendar {

    /** Where the bundled calendar lives; more locations may override it year by year. */
    public static final String BUNDLED_LOCATION = "classpath*:holidays/id-*.csv";

    private static final Pattern FILE_NAME = Pattern.compile("id-(\\d{4})\\.csv");
    private static final Pattern STATUS = Pattern.compile("^#\\s*status\\s*:\\s*(\\w+)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    /** Why an office is closed on a day. */
    public enum Kind {
        /** National holiday (hari libur nasional). */
        LIBUR_NASIONAL,
        /** Collective leave (cuti bersama): offices close although it is not a public holiday. */
        CUTI_BERSAMA,
        /** Regional holiday set by the city or province, from configuration. */
        LIBUR_DAERAH
    }

    /** One closed day, named in Bahasa Indonesia and English. */
    public record Holiday(LocalDate date, Kind kind, String nameId, String nameEn) {

        public Holiday {
            if (nameId.isBlank() || nameEn.isBlank()) {
                throw new IllegalArgumentException("Holiday " + date + " needs a name in both languages");
            }
        }

        /** A regional holiday added by configuration, which only knows the date. */
        public static Holiday regional(LocalDate date) {
            return new Holiday(date, Kind.LIBUR_DAERAH, "Libur daerah", "Regional holiday");
        }
    }

    /** The holidays of one year as read from one file. */
    record YearFile(int year, boolean official, List<Holiday> holidays) {
    }

    private final NavigableMap<LocalDate, Holiday> holidays;
    private final Set<Integer> officialYears;
    private final Set<Integer> provisionalYears;

    private HolidayCalendar(NavigableMap<LocalDate, Holiday> holidays, Set<Integer> officialYears,
                            Set<Integer> provisionalYears) {
        this.holidays = Collections.unmodifiableNavigableMap(holidays);
        this.officialYears = Collections.unmodifiableSet(new TreeSet<>(officialYears));
        this.provisionalYears = Collections.unmodifiableSet(new TreeSet<>(provisionalYears));
    }

    /** A calendar of exactly these holidays, for tests and tools; no year counts as official. */
    public static HolidayCalendar of(Collection<Holiday> holidays) {
        return new HolidayCalendar(index(holidays, new TreeMap<>()), Set.of(), Set.of());
    }

    /** The calendar bundled with the application (2025–2027), without regional holidays. */
    public static HolidayCalendar bundled() {
        return load(List.of(BUNDLED_LOCATION), List.of());
    }

    /**
     * Reads every {@code id-<year>.csv} matched by the given Spring resource patterns and adds the regional dates.
     * When two locations hold a file for the same year, the later location's file replaces the earlier one whole,
     * so an operator can publish a corrected year without a release. A regional date that is already a national
     * holiday or cuti bersama keeps its national name.
     *
     * @throws IllegalStateException when a file cannot be read or breaks the format (naming file and line)
     */
    public static HolidayCalendar load(List<String> locations, Collection<LocalDate> regionalHolidays) {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<Integer, YearFile> years = new TreeMap<>();
        for (String location : locations) {
            Map<Integer, YearFile> found = new TreeMap<>();
            for (Resource resource : resources(resolver, location)) {
                Matcher name = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
                if (!name.matches()) {
                    continue;
                }
                int year = Integer.parseInt(name.group(1));
                YearFile file = read(year, resource);
                YearFile other = found.putIfAbsent(year, file);
                if (other != null && !other.equals(file)) {
                    throw new IllegalStateException("Two different holiday files for " + year + " in " + location);
                }
            }
            years.putAll(found);
        }
        TreeMap<LocalDate, Holiday> all = new TreeMap<>();
        years.values().forEach(file -> index(file.holidays(), all));
        regionalHolidays.forEach(date -> all.putIfAbsent(date, Holiday.regional(date)));
        Set<Integer> official = years.values().stream().filter(YearFile::official).map(YearFile::year)
                .collect(Collectors.toSet());
        Set<Integer> provisional = years.values().stream().filter(file -> !file.official()).map(YearFile::year)
                .collect(Collectors.toSet());
        return new HolidayCalendar(all, official, provisional);
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.containsKey(date);
    }

    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** The holidays of a year in date order, weekend ones included. */
    public List<Holiday> holidaysIn(int year) {
        return List.copyOf(holidays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
                .values());
    }

    /** Years whose file says {@code status: OFFICIAL}: their calendar is the decree's. */
    public Set<Integer> officialYears() {
        return officialYears;
    }

    /** Years with a file that is known to be incomplete (the decree was not yet available). */
    public Set<Integer> provisionalYears() {
        return provisionalYears;
    }

    /** How many holidays fall on a Monday–Friday in {@code (fromExclusive, toInclusive]}. */
    int weekdayHolidaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        int count = 0;
        for (LocalDate date : holidays.subMap(fromExclusive, false, toInclusive, true).keySet()) {
            if (!isWeekend(date)) {
                count++;
            }
        }
        return count;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /**
     * Parses one year's file. Every date must lie in {@code year}, appear once and carry a known kind and both
     * names; the file must say {@code # status: OFFICIAL} or {@code # status: PROVISIONAL}.
     */
    static YearFile parse(int year, String source, Reader csv) {
        String text;
        try (BufferedReader reader = new BufferedReader(csv)) {
            text = reader.lines().collect(Collectors.joining("\n"));
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot read holiday file " + source, e);
        }
        Matcher status = STATUS.matcher(text);
        if (!status.find()) {
            throw new IllegalStateException(source + ": missing '# status: OFFICIAL' or '# status: PROVISIONAL'");
        }
        boolean official = switch (status.group(1).toUpperCase(Locale.ROOT)) {
            case "OFFICIAL" -> true;
            case "PROVISIONAL" -> false;
            default -> throw new IllegalStateException(source + ": unknown status '" + status.group(1) + "'");
        };
        List<Holiday> holidays = new ArrayList<>();
        Set<LocalDate> seen = new TreeSet<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            if (!parser.getHeaderNames().equals(List.of("date", "kind", "name_id", "name_en"))) {
                throw new IllegalStateException(source + ": header must be date,kind,name_id,name_en but is "
                        + String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord row : parser) {
                String where = source + " line " + parser.getCurrentLineNumber();
                if (!row.isConsistent()) {
                    throw new IllegalStateException(where + ": expected 4 columns, found " + row.size());
                }
                Holiday holiday = holiday(row, where);
                if (holiday.date().getYear() != year) {
                    throw new IllegalStateException(where + ": " + holiday.date() + " is not in " + year);
                }
                if (!seen.add(holiday.date())) {
                    throw new IllegalStateException(where + ": " + holiday.date() + " is listed twice");
                }
                holidays.add(holiday);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot read holiday file " + source, e);
        }
        return new YearFile(year, official, List.copyOf(holidays));
    }

    private static Holiday holiday(CSVRecord row, String where) {
        try {
            return new Holiday(LocalDate.parse(row.get("date")), Kind.valueOf(row.get("kind")), row.get("name_id"),
                    row.get("name_en"));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static YearFile read(int year, Resource resource) {
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return parse(year, resource.getDescription(), reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read holiday file " + resource.getDescription(), e);
        }
    }

    private static Resource[] resources(ResourcePatternResolver resolver, String location) {
        try {
            return resolver.getResources(location);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list holiday files at " + location, e);
        }
    }

    private static TreeMap<LocalDate, Holiday> index(Collection<Holiday> holidays, TreeMap<LocalDate, Holiday> into) {
        for (Holiday holiday : holidays) {
            Holiday earlier = into.putIfAbsent(holiday.date(), holiday);
            if (earlier != null && !earlier.equals(holiday)) {
                throw new IllegalArgumentException("Two holidays on " + holiday.date() + ": " + earlier.nameEn()
                        + " and " + holiday.nameEn());
            }
        }
        return into;
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + holidays.size() + " days, official " + officialYears + ", provisional "
                + provisionalYears + "]";
    }
}
