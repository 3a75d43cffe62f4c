package id.satupintu.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded document of an application.
 *
 * @param documentCode the catalogue's document code it answers (e.g. {@code surat-keterangan-lahir})
 * @param mediaType    as sniffed from the content: application/pdf, image/jpeg or image/png
 */
public record Attachment(UUID id, String documentCode, String filename, String mediaType, long size, String sha256,
                         Instant uploadedAt) {
}
