package id.satupintu.complaints;

import id.satupintu.TestPrincipals;
import id.satupintu.complaints.ComplaintFixture.City;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Base of the complaints tests: a fresh test city per test ({@link ComplaintFixture}), a citizen of it, and MockMvc
 * for the web tests. One Spring context serves them all (the same configuration as the applications tests).
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ComplaintsTestSupport {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected Organisation organisation;
    @Autowired
    protected ComplaintFiling filing;
    @Autowired
    protected ComplaintLookup lookup;
    @Autowired
    protected ReporterFollowUp followUps;
    @Autowired
    protected ComplaintDesk deskWork;
    @Autowired
    protected AgencyTasks agencyTasks;
    @Autowired
    protected PublicComplaints feed;
    @Autowired
    protected ComplaintDeadlines deadlineJobs;

    protected ComplaintFixture fixture;
    protected City city;
    protected Viewer citizen;

    @BeforeEach
    void aFreshCity() {
        fixture = new ComplaintFixture(organisation, filing, deskWork);
        city = fixture.newCity();
        citizen = city.citizen();
    }

    /** A request as the viewer (signed in as them). */
    protected ResultActions call(Viewer viewer, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(authentication(TestPrincipals.as(viewer))));
    }
}
