package id.satupintu.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.satupintu.shared.time.HolidayCalendar.Holiday;
import id.satupintu.shared.time.HolidayCalendar.Kind;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled calendar matches the SKB 3 Menteri (see holidays/SOURCES.md), and bad files fail loudly. */
class HolidayCalendarTest {

    private static final HolidayCalendar BUNDLED = HolidayCalendar.bundled();

    private static long count(int year, Kind kind) {
        return BUNDLED.holidaysIn(year).stream().filter(holiday -> holiday.kind() == kind).count();
    }

    @Test
    void calendar2025HasTheSkbsSeventeenHolidaysAndElevenCutiBersama() {
        assertThat(count(2025, Kind.LIBUR_NASIONAL)).isEqualTo(17);
        assertThat(count(2025, Kind.CUTI_BERSAMA)).as("10 from SKB 1017/2024 + 18 August from the amendment")
                .isEqualTo(11);
        assertThat(BUNDLED.holiday(LocalDate.of(2025, 8, 18))).get().extracting(Holiday::kind)
                .isEqualTo(Kind.CUTI_BERSAMA);
    }

    @Test
    void calendar2026HasTheSkbsSeventeenHolidaysAndEightCutiBersama() {
        assertThat(count(2026, Kind.LIBUR_NASIONAL)).isEqualTo(17);
        assertThat(count(2026, Kind.CUTI_BERSAMA)).isEqualTo(8);
    }

    @Test
    void lebaran2026IsTwoHolidaysWithThreeDaysOfCutiBersama() {
        assertThat(BUNDLED.holidaysIn(2026)).filteredOn(holiday -> holiday.nameId().contains("Idulfitri"))
                .extracting(Holiday::date, Holiday::kind)
                .containsExactly(
                        tuple(LocalDate.of(2026, 3, 20), Kind.CUTI_BERSAMA),
                        tuple(LocalDate.of(2026, 3, 21), Kind.LIBUR_NASIONAL),
                        tuple(LocalDate.of(2026, 3, 22), Kind.LIBUR_NASIONAL),
                        tuple(LocalDate.of(2026, 3, 23), Kind.CUTI_BERSAMA),
                        tuple(LocalDate.of(2026, 3, 24), Kind.CUTI_BERSAMA));
        assertThat(BUNDLED.holiday(LocalDate.of(2026, 3, 21))).get()
                .extracting(Holiday::nameId, Holiday::nameEn)
                .containsExactly("Idulfitri 1447 Hijriah", "Eid al-Fitr 1447 AH");
    }

    @Test
    void years2025And2026AreOfficialAnd2027IsOnlyProvisional() {
        assertThat(BUNDLED.officialYears()).containsExactly(2025, 2026);
        assertThat(BUNDLED.provisionalYears()).containsExactly(2027);
        assertThat(BUNDLED.holidaysIn(2027)).extracting(Holiday::date).containsExactly(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 8, 17), LocalDate.of(2027, 12, 25));
    }

    @Test
    void regionalHolidaysFromConfigurationCloseTheOffices() {
        LocalDate hariJadiSurabaya = LocalDate.of(2026, 5, 29);

        HolidayCalendar calendar = HolidayCalendar.load(List.of(HolidayCalendar.BUNDLED_LOCATION),
                List.of(hariJadiSurabaya));

        assertThat(BUNDLED.isHoliday(hariJadiSurabaya)).isFalse();
        assertThat(calendar.holiday(hariJadiSurabaya)).get().extracting(Holiday::kind).isEqualTo(Kind.LIBUR_DAERAH);
        assertThat(new WorkingDays(calendar).isWorkingDay(hariJadiSurabaya)).isFalse();
    }

    @Test
    void aRegionalHolidayOnANationalOneKeepsTheNationalName() {
        LocalDate independenceDay = LocalDate.of(2026, 8, 17);

        HolidayCalendar calendar = HolidayCalendar.load(List.of(HolidayCalendar.BUNDLED_LOCATION),
                List.of(independenceDay));

        assertThat(calendar.holiday(independenceDay)).get().extracting(Holiday::kind).isEqualTo(Kind.LIBUR_NASIONAL);
    }

    @Test
    void aLaterLocationReplacesAYearWhole(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("id-2027.csv"), """
                # status: OFFICIAL
                date,kind,name_id,name_en
                2027-01-01,LIBUR_NASIONAL,Tahun Baru 2027 Masehi,New Year's Day 2027
                2027-03-10,LIBUR_NASIONAL,Hari uji,Test day
                """);

        HolidayCalendar calendar = HolidayCalendar.load(
                List.of(HolidayCalendar.BUNDLED_LOCATION, directory.toUri() + "id-*.csv"), List.of());

        assertThat(calendar.officialYears()).containsExactly(2025, 2026, 2027);
        assertThat(calendar.provisionalYears()).isEmpty();
        assertThat(calendar.holidaysIn(2027)).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 10));
        assertThat(calendar.holidaysIn(2026)).hasSize(25);
    }

    @Test
    void aFileMustSayWhetherItIsOfficial() {
        assertThatThrownBy(() -> parse("date,kind,name_id,name_en\n2026-01-01,LIBUR_NASIONAL,Tahun Baru,New Year\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("status");
    }

    @Test
    void aDateOutsideTheFilesYearIsRefused() {
        assertThatThrownBy(() -> parse("# status: OFFICIAL\ndate,kind,name_id,name_en\n"
                + "2025-12-31,LIBUR_NASIONAL,Malam,Eve\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2025-12-31 is not in 2026");
    }

    @Test
    void anUnknownKindIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> parse("# status: OFFICIAL\ndate,kind,name_id,name_en\n"
                + "2026-01-01,LIBUR_NASIONAL,Tahun Baru,New Year\n2026-02-17,HARI_BESAR,Imlek,Chinese New Year\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.csv line 4")
                .hasMessageContaining("HARI_BESAR");
    }

    @Test
    void aDateListedTwiceIsRefused() {
        assertThatThrownBy(() -> parse("# status: OFFICIAL\ndate,kind,name_id,name_en\n"
                + "2026-01-01,LIBUR_NASIONAL,Tahun Baru,New Year\n2026-01-01,CUTI_BERSAMA,Cuti,Leave\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("listed twice");
    }

    @Test
    void aMissingNameOrAWrongHeaderIsRefused() {
        assertThatThrownBy(() -> parse("# status: OFFICIAL\ndate,kind,name_id,name_en\n"
                + "2026-01-01,LIBUR_NASIONAL,Tahun Baru,\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both languages");
        assertThatThrownBy(() -> parse("# status: OFFICIAL\ntanggal,jenis,nama\n2026-01-01,LIBUR_NASIONAL,Tahun Baru\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("header");
    }

    @Test
    void aBadDateIsRefused() {
        assertThatThrownBy(() -> parse("# status: OFFICIAL\ndate,kind,name_id,name_en\n"
                + "2026-02-30,LIBUR_NASIONAL,Tahun Baru,New Year\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2026-02-30");
    }

    @Test
    void quotedNamesMayHoldCommas() {
        HolidayCalendar.YearFile file = parse("# status: PROVISIONAL\ndate,kind,name_id,name_en\n"
                + "2026-01-01,LIBUR_NASIONAL,\"Tahun Baru, Masehi\",\"New Year, Gregorian\"\n");

        assertThat(file.official()).isFalse();
        assertThat(file.holidays()).extracting(Holiday::nameId).containsExactly("Tahun Baru, Masehi");
    }

    @Test
    void twoDifferentHolidaysOnOneDateAreRefused() {
        LocalDate day = LocalDate.of(2026, 1, 1);

        assertThatThrownBy(() -> HolidayCalendar.of(List.of(
                new Holiday(day, Kind.LIBUR_NASIONAL, "Tahun Baru", "New Year"),
                new Holiday(day, Kind.LIBUR_DAERAH, "Hari jadi", "Anniversary"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static HolidayCalendar.YearFile parse(String csv) {
        return HolidayCalendar.parse(2026, "test.csv", new StringReader(csv));
    }
}
