package id.satupintu.shared;

/** Implemented by every authenticated principal: people and devices always belong to exactly one tenant. */
public interface TenantScopedPrincipal {

    Viewer viewer();
}
