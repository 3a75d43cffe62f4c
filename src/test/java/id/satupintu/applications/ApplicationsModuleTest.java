package id.satupintu.applications;

import id.satupintu.applications.ApplicationFixture.City;
import id.satupintu.catalog.internal.CatalogLoading;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The applications module with what it depends on, nothing else: the events its moves publish are its API. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ApplicationsModuleTest {

    @Autowired
    Applications applications;
    @Autowired
    CaseWork caseWork;
    @Autowired
    Drafts drafts;
    @Autowired
    Organisation organisation;
    @Autowired
    CatalogLoading loading;

    @Test
    void submittingPublishesApplicationSubmittedAndTheFirstStepOpened(Scenario scenario) {
        ApplicationFixture fixture = new ApplicationFixture(organisation, loading, drafts, applications);
        City city = fixture.newCity();
        Viewer citizen = city.citizen();

        scenario.stimulate(() -> fixture.submittedBillboardPermit(city, citizen))
                .andWaitForEventOfType(ApplicationSubmitted.class)
                .matching(event -> event.tenant().equals(city.tenant()))
                .toArriveAndVerify(event -> {
                    assertThat(event.tenant()).isEqualTo(city.tenant());
                    assertThat(event.trackingCode()).isNotBlank();
                    assertThat(event.serviceCodes()).containsExactly("izin-reklame");
                    assertThat(event.agencies()).containsExactly("dpupr", "dpmptsp");
                    assertThat(event.kecamatanCode().isPresent()).isEqualTo(event.kelurahanCode().isPresent());
                    assertThat(event.dueAt()).isAfter(event.submittedAt());
                });
    }

    @Test
    void decisionsPublishStepCompletedAndTheLastOneApplicationCompleted(Scenario scenario) {
        ApplicationFixture fixture = new ApplicationFixture(organisation, loading, drafts, applications);
        City city = fixture.newCity();
        ApplicationView submitted = fixture.submittedBillboardPermit(city, city.citizen());
        Viewer works = city.officer("dpupr");
        UUID first = submitted.steps().getFirst().id();
        caseWork.claim(works, first);

        scenario.stimulate(() -> caseWork.approve(works, first, Optional.empty()))
                .andWaitForEventOfType(StepCompleted.class)
                .matching(event -> event.stepId().equals(first))
                .toArriveAndVerify(event -> {
                    assertThat(event.outcome()).isEqualTo(StepStatus.APPROVED);
                    assertThat(event.agencyCode()).isEqualTo("dpupr");
                    assertThat(event.officerId()).contains(works.accountId());
                    assertThat(event.late()).isFalse();
                });

        Viewer permits = city.officer("dpmptsp");
        UUID second = submitted.steps().get(1).id();
        caseWork.claim(permits, second);
        scenario.stimulate(() -> caseWork.approve(permits, second, Optional.empty()))
                .andWaitForEventOfType(ApplicationCompleted.class)
                .matching(event -> event.applicationId().equals(submitted.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.outcome()).isEqualTo(ApplicationStatus.COMPLETED);
                    assertThat(event.grantedServices()).containsExactly("izin-reklame");
                    assertThat(event.agencies()).containsExactly("dpupr", "dpmptsp");
                    assertThat(event.late()).isFalse();
                });
    }
}
