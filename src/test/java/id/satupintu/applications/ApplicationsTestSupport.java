package id.satupintu.applications;

import id.satupintu.TestPrincipals;
import id.satupintu.applications.ApplicationFixture.City;
import id.satupintu.catalog.internal.CatalogLoading;
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
 * Base of the applications tests: a fresh test city per test ({@link ApplicationFixture}: its own tenant, agencies,
 * offices and catalogue), a citizen of it, and MockMvc for the web tests. One Spring context serves them all.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ApplicationsTestSupport {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected Organisation organisation;
    @Autowired
    protected CatalogLoading loading;
    @Autowired
    protected Applications applications;
    @Autowired
    protected Drafts drafts;
    @Autowired
    protected CaseWork caseWork;
    @Autowired
    protected SlaWatch slaWatch;

    protected ApplicationFixture fixture;
    protected City city;
    protected Viewer citizen;

    @BeforeEach
    void aFreshCity() {
        fixture = new ApplicationFixture(organisation, loading, drafts, applications);
        city = fixture.newCity();
        citizen = city.citizen();
    }

    /** A request as the viewer (signed in as them). */
    protected ResultActions call(Viewer viewer, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(authentication(TestPrincipals.as(viewer))));
    }
}
