package id.satupintu.organisation;

/**
 * A region to add. Its parent follows from the code: {@code 35.78.01.1001} lies in kecamatan {@code 35.78.01}.
 */
public record NewRegion(String code, RegionLevel level, String name) {

    public static final int NAME_MAX = 120;
}
