package id.satupintu.organisation;

import java.util.Optional;

/** Kinds of perangkat daerah; KECAMATAN and KELURAHAN are the offices serving one region. */
public enum AgencyKind {
    DINAS, BADAN, SATPOL, SEKRETARIAT, INSPEKTORAT, KECAMATAN, KELURAHAN;

    /** The level of the region an office of this kind serves; empty for agencies serving the whole city. */
    public Optional<RegionLevel> regionLevel() {
        return switch (this) {
            case KECAMATAN -> Optional.of(RegionLevel.KECAMATAN);
            case KELURAHAN -> Optional.of(RegionLevel.KELURAHAN);
            default -> Optional.empty();
        };
    }

    public boolean isOffice() {
        return regionLevel().isPresent();
    }
}
