package id.satupintu.documents;

import id.satupintu.shared.TenantId;

import java.util.Optional;
import java.util.UUID;

/** The documents module's API for issuing documents and reading them back. */
public interface IssuedDocuments {

    /** Renders the PDF (with its QR code), stores it and returns what was issued. */
    IssuedDocument issue(TenantId tenant, DocumentToIssue document);

    Optional<IssuedDocument> find(TenantId tenant, UUID id);

    /** The PDF bytes; callers check that the viewer may have them. */
    Optional<byte[]> pdf(TenantId tenant, UUID id);

    /** Public verification by the code in the QR: any tenant, no sign-in. */
    Optional<IssuedDocument> verify(String verificationCode);
}
