package id.satupintu.organisation;

import id.satupintu.shared.TenantId;

import java.util.Optional;

/**
 * A kecamatan or kelurahan with its dotted Kemendagri code ({@code 35.78.01}, {@code 35.78.01.1001}).
 *
 * @param parentCode the kecamatan of a kelurahan; empty for a kecamatan
 */
public record RegionView(TenantId tenant, String code, RegionLevel level, String name, Optional<String> parentCode) {
}
