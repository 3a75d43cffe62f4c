package id.satupintu.documents;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * Receipts of submitted applications: a one-page PDF the citizen keeps or prints, rendered on each request and not
 * stored. Its QR code leads to the public status page of the tracking code ({@code ${satupintu.public-url}/status/{code}}).
 */
public interface Receipts {

    /** Renders the receipt; agency codes the tenant does not know are printed as they are. */
    byte[] render(TenantId tenant, Receipt receipt);

    /** The public status page of a tracking code, as the QR code of the receipt holds it. */
    String statusUrl(String trackingCode);

    /**
     * What a receipt says.
     *
     * @param agencyCodes the agencies (and kelurahan/kecamatan offices) the application is routed to, in order
     * @param language    "id" or "en": the language of the printed labels
     */
    record Receipt(String trackingCode, String subjectNameId, String subjectNameEn, Instant submittedAt, Instant dueAt,
                   List<String> agencyCodes, String language) {

        public Receipt {
            agencyCodes = List.copyOf(agencyCodes);
        }
    }
}
