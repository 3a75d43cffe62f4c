package id.satupintu.organisation;

/** Kemendagri administrative levels below the kota/kabupaten (a desa counts as KELURAHAN). */
public enum RegionLevel {
    KECAMATAN, KELURAHAN
}
