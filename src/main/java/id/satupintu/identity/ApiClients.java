package id.satupintu.identity;

import id.satupintu.shared.Viewer;

import java.util.Optional;

/**
 * Outside systems and kiosks that authenticate with an API key. For protocols that carry the key in the request
 * body rather than the {@code X-API-Key} header (Open311's {@code api_key}).
 */
public interface ApiClients {

    /** The device or client of a live (not revoked) key, or empty. */
    Optional<Viewer> authenticate(String key);
}
