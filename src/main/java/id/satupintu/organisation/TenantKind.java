package id.satupintu.organisation;

/** The two kinds of regional government below a province. */
public enum TenantKind {
    KOTA, KABUPATEN
}
