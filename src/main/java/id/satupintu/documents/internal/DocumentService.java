package id.satupintu.documents.internal;

import id.satupintu.audit.AuditTrail;
import id.satupintu.documents.DocumentToIssue;
import id.satupintu.documents.IssuedDocument;
import id.satupintu.documents.IssuedDocuments;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.TenantView;
import id.satupintu.shared.Ids;
import id.satupintu.shared.PublicUrl;
import id.satupintu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Issues documents: renders, fingerprints and stores the PDF; verifies them by the code in their QR. */
@Service
class DocumentService implements IssuedDocuments {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final String COLUMNS = "id, tenant_id, verification_code, title_id, title_en, number, holder_name, issuer, reference, issued_at, sha256";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Organisation organisation;
    private final Clock clock;
    private final PublicUrl publicUrl;
    private final SecureRandom random = new SecureRandom();

    DocumentService(JdbcClient jdbc, AuditTrail audit, Organisation organisation, Clock clock, PublicUrl publicUrl) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisation = organisation;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Override
    @Transactional
    public IssuedDocument issue(TenantId tenant, DocumentToIssue document) {
        UUID id = Ids.newId();
        String code = verificationCode();
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] pdf = DocumentPdf.render(document, tenantName(tenant), publicUrl.of("/verifikasi/" + code), issuedAt);
        String sha256 = sha256(pdf);
        jdbc.sql("insert into issued_documents (" + COLUMNS + ", pdf) values (:id, :tenant, :code, :titleId, :titleEn, :number, "
                        + ":holder, :issuer, :reference, :at, :sha, :pdf)")
                .param("id", id).param("tenant", tenant.code()).param("code", code)
                .param("titleId", document.titleId()).param("titleEn", document.titleEn()).param("number", document.number())
                .param("holder", document.holderName()).param("issuer", document.issuer()).param("reference", document.reference())
                .param("at", Timestamp.from(issuedAt)).param("sha", sha256).param("pdf", pdf).update();
        audit.record(tenant, "document.issued", "document", id.toString(), Map.of("reference", document.reference()));
        return find(tenant, id).orElseThrow();
    }

    @Override
    public Optional<IssuedDocument> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from issued_documents where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.code()).param("id", id).query(DocumentService::map).optional();
    }

    @Override
    public Optional<byte[]> pdf(TenantId tenant, UUID id) {
        return jdbc.sql("select pdf from issued_documents where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.code()).param("id", id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    @Override
    public Optional<IssuedDocument> verify(String verificationCode) {
        String normalised = verificationCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!normalised.matches("[A-Z0-9]{16}")) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from issued_documents where verification_code = :code")
                .param("code", normalised).query(DocumentService::map).optional();
    }

    private String tenantName(TenantId tenant) {
        return organisation.tenant(tenant).map(TenantView::name).orElse(tenant.code());
    }

    /** 16 characters from a 30-letter alphabet: about 78 bits, not guessable, easy to type from a printout. */
    private String verificationCode() {
        char[] code = new char[16];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IssuedDocument map(ResultSet rs, int row) throws SQLException {
        return new IssuedDocument(rs.getObject("id", UUID.class), TenantId.of(rs.getString("tenant_id")),
                rs.getString("verification_code"), rs.getString("title_id"), rs.getString("title_en"), rs.getString("number"),
                rs.getString("holder_name"), rs.getString("issuer"), rs.getString("reference"),
                rs.getTimestamp("issued_at").toInstant(), rs.getString("sha256"));
    }
}
