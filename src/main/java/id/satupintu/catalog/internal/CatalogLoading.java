package id.satupintu.catalog.internal;

import id.satupintu.shared.TenantId;

import java.util.List;

/** Loading catalogue files into a tenant (on start, and from tests and tools). */
public interface CatalogLoading {

    /** Validates all sources, then stores what changed, all or nothing; returns how many versions were published. */
    int load(TenantId tenant, List<CatalogFiles.Source> sources);
}
