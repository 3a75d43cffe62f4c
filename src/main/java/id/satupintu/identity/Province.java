package id.satupintu.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The 38 provinces of Indonesia with their Kemendagri region codes (Kepmendagri No. 300.2.2-2138 Tahun 2025).
 * These are the codes printed in the first two digits of a NIK; BPS statistical codes differ for the Papua
 * provinces and must not be mixed in here.
 */
public enum Province {

    ACEH("11", "Aceh"),
    SUMATERA_UTARA("12", "Sumatera Utara"),
    SUMATERA_BARAT("13", "Sumatera Barat"),
    RIAU("14", "Riau"),
    JAMBI("15", "Jambi"),
    SUMATERA_SELATAN("16", "Sumatera Selatan"),
    BENGKULU("17", "Bengkulu"),
    LAMPUNG("18", "Lampung"),
    KEPULAUAN_BANGKA_BELITUNG("19", "Kepulauan Bangka Belitung"),
    KEPULAUAN_RIAU("21", "Kepulauan Riau"),
    DKI_JAKARTA("31", "DKI Jakarta"),
    JAWA_BARAT("32", "Jawa Barat"),
    JAWA_TENGAH("33", "Jawa Tengah"),
    DI_YOGYAKARTA("34", "DI Yogyakarta"),
    JAWA_TIMUR("35", "Jawa Timur"),
    BANTEN("36", "Banten"),
    BALI("51", "Bali"),
    NUSA_TENGGARA_BARAT("52", "Nusa Tenggara Barat"),
    NUSA_TENGGARA_TIMUR("53", "Nusa Tenggara Timur"),
    KALIMANTAN_BARAT("61", "Kalimantan Barat"),
    KALIMANTAN_TENGAH("62", "Kalimantan Tengah"),
    KALIMANTAN_SELATAN("63", "Kalimantan Selatan"),
    KALIMANTAN_TIMUR("64", "Kalimantan Timur"),
    KALIMANTAN_UTARA("65", "Kalimantan Utara"),
    SULAWESI_UTARA("71", "Sulawesi Utara"),
    SULAWESI_TENGAH("72", "Sulawesi Tengah"),
    SULAWESI_SELATAN("73", "Sulawesi Selatan"),
    SULAWESI_TENGGARA("74", "Sulawesi Tenggara"),
    GORONTALO("75", "Gorontalo"),
    SULAWESI_BARAT("76", "Sulawesi Barat"),
    MALUKU("81", "Maluku"),
    MALUKU_UTARA("82", "Maluku Utara"),
    PAPUA("91", "Papua"),
    PAPUA_BARAT("92", "Papua Barat"),
    PAPUA_SELATAN("93", "Papua Selatan"),
    PAPUA_TENGAH("94", "Papua Tengah"),
    PAPUA_PEGUNUNGAN("95", "Papua Pegunungan"),
    PAPUA_BARAT_DAYA("96", "Papua Barat Daya");

    private static final Map<String, Province> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Province::code, Function.identity()));

    private final String code;
    private final String officialName;

    Province(String code, String officialName) {
        this.code = code;
        this.officialName = officialName;
    }

    /** The province for a two-digit Kemendagri code such as {@code "35"}; empty for unknown codes. */
    public static Optional<Province> byCode(@Nullable String twoDigits) {
        // Map.copyOf-style maps throw on a null key; a lookup with nothing to look up simply finds nothing.
        return twoDigits == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(twoDigits));
    }

    /** Two-digit Kemendagri code, e.g. {@code "35"} for Jawa Timur. */
    public String code() {
        return code;
    }

    /** Name as listed by Kemendagri, e.g. {@code "Jawa Timur"}. */
    public String officialName() {
        return officialName;
    }
}
