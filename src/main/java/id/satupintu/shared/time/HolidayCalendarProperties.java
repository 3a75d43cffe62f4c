package id.satupintu.shared.time;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Where the holiday calendar comes from and when an office day ends. Missing settings take their defaults.
 *
 * @param extra          regional holidays (libur daerah) as ISO dates, e.g. a city's anniversary: offices are closed
 * @param locations      Spring resource patterns of {@code id-<year>.csv} files; a later location's file replaces an
 *                       earlier one's for the same year (default: only the bundled calendar)
 * @param officeClosesAt a case submitted on a working day at or after this Asia/Jakarta time starts counting on the
 *                       next working day (default 16:00)
 */
@ConfigurationProperties("satupintu.holidays")
public record HolidayCalendarProperties(List<LocalDate> extra, List<String> locations, LocalTime officeClosesAt) {

    public HolidayCalendarProperties {
        extra = extra == null ? List.of() : List.copyOf(extra);
        locations = locations == null || locations.isEmpty() ? List.of(HolidayCalendar.BUNDLED_LOCATION)
                : List.copyOf(locations);
        officeClosesAt = officeClosesAt == null ? WorkingDays.DEFAULT_OFFICE_CLOSES_AT : officeClosesAt;
    }

    /** The calendar these settings describe. */
    public HolidayCalendar calendar() {
        return HolidayCalendar.load(locations, extra);
    }

    /** Working-day arithmetic over {@link #calendar()}. */
    public WorkingDays workingDays(HolidayCalendar calendar) {
        return new WorkingDays(calendar, officeClosesAt);
    }
}
