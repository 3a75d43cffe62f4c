package id.satupintu.applications.internal;

import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.documents.DocumentToIssue;
import id.satupintu.documents.IssuedDocuments;
import id.satupintu.identity.AccountView;
import id.satupintu.identity.Accounts;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Clocks;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Issues the document of a granted part through the documents module, in the applicant's language. */
@Component
class DocumentIssuing implements DocumentIssuer {

    private final Catalog catalog;
    private final Accounts accounts;
    private final Organisation organisation;
    private final IssuedDocuments documents;

    DocumentIssuing(Catalog catalog, Accounts accounts, Organisation organisation, IssuedDocuments documents) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.organisation = organisation;
        this.documents = documents;
    }

    @Override
    public Issued issue(Application application, Part part, Instant now) {
        ApplicationRow app = application.row();
        ServiceDefinition service = catalog.service(app.tenant(), part.serviceCode(), part.row().serviceVersion()).orElseThrow();
        String holder = accounts.find(app.tenant(), app.applicantId()).map(AccountView::displayName).orElse("-");
        String issuer = organisation.agencyByCode(app.tenant(), service.agency()).map(AgencyView::nameId).orElse(service.agency());
        String code = application.trackingCode();
        String number = code + (app.bundle() ? "/" + (part.row().position() + 1) : "");
        var output = service.output().orElse(service.names());
        boolean en = "en".equals(app.language());
        var issued = documents.issue(app.tenant(), new DocumentToIssue(output.id(), output.en(), number, holder, issuer, List.of(
                new DocumentToIssue.Field(en ? "Service" : "Layanan", service.names().in(app.language())),
                new DocumentToIssue.Field(en ? "Application" : "Nomor permohonan", code),
                new DocumentToIssue.Field(en ? "Submitted" : "Tanggal permohonan",
                        LocalDate.ofInstant(Objects.requireNonNull(app.submittedAt()), Clocks.JAKARTA).toString())),
                code, app.language()));
        return new Issued(issued.id(), service.agency(), output.id(), output.en());
    }
}
