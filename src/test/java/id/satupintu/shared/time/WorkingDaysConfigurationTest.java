package id.satupintu.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import id.satupintu.shared.Clocks;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The beans are built from {@code satupintu.holidays.*}, with the bundled calendar by default. */
class WorkingDaysConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Clocks.class, WorkingDaysConfiguration.class);

    @Test
    void withoutSettingsTheBundledCalendarAndFourPmClosingAreUsed() {
        context.run(beans -> {
            WorkingDays days = beans.getBean(WorkingDays.class);

            assertThat(days.officeClosesAt()).isEqualTo(LocalTime.of(16, 0));
            assertThat(beans.getBean(HolidayCalendar.class).officialYears()).containsExactly(2025, 2026);
            assertThat(days.isWorkingDay(LocalDate.of(2026, 3, 20))).isFalse();
        });
    }

    @Test
    void regionalHolidaysAndClosingTimeComeFromConfiguration() {
        context.withPropertyValues("satupintu.holidays.extra=2026-05-29,2026-11-10",
                        "satupintu.holidays.office-closes-at=15:30")
                .run(beans -> {
                    WorkingDays days = beans.getBean(WorkingDays.class);

                    assertThat(days.isWorkingDay(LocalDate.of(2026, 5, 29))).isFalse();
                    assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 10))).isFalse();
                    assertThat(days.officeClosesAt()).isEqualTo(LocalTime.of(15, 30));
                });
    }
}
