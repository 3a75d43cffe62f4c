package id.satupintu.organisation;

import id.satupintu.shared.ConflictException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenants a deployment serves and each tenant's organisation tree: perangkat daerah (OPD), kecamatan and
 * kelurahan offices, and the Kemendagri regions (kecamatan, kelurahan) they serve.
 * Every method is scoped by a {@link TenantId}: an id or code of another tenant is treated as unknown.
 * Writes need the tenant to be registered first and leave an entry in the audit trail.
 */
public interface Organisation {

    /** Registers a regional government; idempotent: an existing tenant is returned as it is. */
    TenantView registerTenant(TenantId tenant, String name, TenantKind kind);

    Optional<TenantView> tenant(TenantId tenant);

    List<TenantView> tenants();

    /** All agencies of the tenant, active or not, by kind and name. */
    List<AgencyView> agencies(TenantId tenant);

    Optional<AgencyView> agency(TenantId tenant, UUID id);

    Optional<AgencyView> agencyByCode(TenantId tenant, String code);

    /** The active kecamatan or kelurahan office serving the region (the first by code if several do). */
    Optional<AgencyView> officeOf(TenantId tenant, AgencyKind kind, String regionCode);

    /**
     * Creates an agency and publishes {@link AgencyCreated}.
     *
     * @throws InvalidInputException naming the field at fault: a code that is not a slug, a missing or too long
     *                               name, a region missing for an office or given for another kind
     * @throws ConflictException     when the tenant already has an agency with that code
     */
    AgencyView createAgency(TenantId tenant, NewAgency agency);

    /**
     * Changes an agency (deactivate it by setting {@code active} to false).
     *
     * @param expectedVersion the version the editor saw
     * @throws NotFoundException     when the tenant has no such agency
     * @throws ConflictException     when someone changed the agency since {@code expectedVersion}
     * @throws InvalidInputException as for {@link #createAgency}
     */
    AgencyView updateAgency(TenantId tenant, UUID id, AgencyChange change, int expectedVersion);

    /**
     * Regions of one level, by code.
     *
     * @param parentCode for kelurahan: only those of this kecamatan
     */
    List<RegionView> regions(TenantId tenant, RegionLevel level, Optional<String> parentCode);

    Optional<RegionView> region(TenantId tenant, String code);

    /**
     * Adds a region. The code must extend the tenant code for the level ({@code 35.78.01},
     * {@code 35.78.01.1001}); a kelurahan's kecamatan must exist.
     *
     * @throws InvalidInputException naming the field at fault
     * @throws ConflictException     when the region exists
     */
    RegionView addRegion(TenantId tenant, NewRegion region);

    /**
     * Bulk load of reference data (Kemendagri lists): regions already present are skipped, kecamatan are added
     * before kelurahan. All or nothing: one invalid region rejects the whole list.
     *
     * @return how many regions were added
     */
    int importRegions(TenantId tenant, List<NewRegion> regions);

    /**
     * Bulk load of agencies: codes already present are skipped, whatever their other values. All or nothing.
     *
     * @return how many agencies were added
     */
    int importAgencies(TenantId tenant, List<NewAgency> agencies);
}
