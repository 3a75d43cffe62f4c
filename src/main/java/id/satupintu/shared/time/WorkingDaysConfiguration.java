package id.satupintu.shared.time;

import id.satupintu.shared.Clocks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Makes the holiday calendar and working-day arithmetic beans, built from the bundled CSV files and
 * {@code satupintu.holidays.*}. The classes themselves stay free of Spring so that they are tested as plain values.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HolidayCalendarProperties.class)
class WorkingDaysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WorkingDaysConfiguration.class);

    @Bean
    HolidayCalendar holidayCalendar(HolidayCalendarProperties properties, Clock clock) {
        HolidayCalendar calendar = properties.calendar();
        log.info("Holiday calendar: official years {}, provisional years {}, {} regional holidays from configuration",
                calendar.officialYears(), calendar.provisionalYears(), properties.extra().size());
        int thisYear = LocalDate.now(clock.withZone(Clocks.JAKARTA)).getYear();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            if (!calendar.officialYears().contains(year)) {
                // Deadlines that year ignore the missing holidays and come out too early; operators must know.
                log.warn("The holiday calendar for {} is {}: SLA deadlines in {} ignore its missing holidays and cuti "
                        + "bersama. Add id-{}.csv from the SKB 3 Menteri (see satupintu.holidays.locations).", year,
                        calendar.provisionalYears().contains(year) ? "provisional" : "missing", year, year);
            }
        }
        return calendar;
    }

    @Bean
    WorkingDays workingDays(HolidayCalendar calendar, HolidayCalendarProperties properties) {
        return properties.workingDays(calendar);
    }
}
