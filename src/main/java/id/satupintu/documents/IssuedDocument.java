package id.satupintu.documents;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as issued: its public verification code (in the QR code) and the SHA-256 of its PDF, which the
 * verification page shows so a printed or forwarded copy can be compared.
 */
public record IssuedDocument(UUID id, TenantId tenant, String verificationCode, String titleId, String titleEn,
                             String number, String holderName, String issuer, String reference, Instant issuedAt,
                             String sha256) {
}
