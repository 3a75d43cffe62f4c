package id.satupintu.complaints.web;

import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintFixture;
import id.satupintu.complaints.ComplaintFixture.City;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintsTestSupport;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.identity.Provisioning;
import id.satupintu.shared.Clocks;
import id.satupintu.shared.Role;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import id.satupintu.shared.PublicUrl;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Open311 GeoReport v2 end to end through MockMvc, in both formats: what the spec and the clients we care about
 * (FixMyStreet, the CUTR Java client, SeeClickFix's validator) send and expect, the error format on every failure,
 * and that neither confidential complaints nor anything about a reporter ever leaves through it.
 */
class Open311ApiTest extends ComplaintsTestSupport {

    static final String BASE = "/open311/v2/";
    static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata", "type",
            "keywords", "group");
    static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    static final String JAKARTA_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00";

    @Autowired
    Provisioning provisioning;
    @Autowired
    JsonMapper json;
    @org.springframework.beans.factory.annotation.Value("${satupintu.demo.enabled:false}")
    boolean demo;

    String apiKey;
    UUID apiKeyId;

    @BeforeEach
    void anApiKeyOfTheCity() {
        apiKey = "o311-" + UUID.randomUUID();
        apiKeyId = provisioning.ensureApiKey(city.tenant(), false, "FixMyStreet test", Optional.empty(), apiKey);
    }

    // ---- discovery and services ----

    @Test
    void discoveryNamesTheEndpointAndBothFormats() throws Exception {
        JsonNode discovery = jsonOk(get(BASE + "discovery.json"));
        assertThat(jsonOk(get("/open311/discovery.json"))).isEqualTo(discovery);
        assertThat(discovery.isObject()).isTrue();
        assertThat(discovery.propertyNames()).containsExactly("changeset", "contact", "key_service", "endpoints");
        assertThat(java.time.OffsetDateTime.parse(discovery.get("changeset").asString()).toInstant()).isBefore(Instant.now());
        assertThat(discovery.get("endpoints").isArray()).isTrue();
        JsonNode endpoint = discovery.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asString()).endsWith("/open311/v2");
        assertThat(endpoint.get("type").asString()).isEqualTo(demo ? "test" : "production");
        assertThat(texts(endpoint.get("formats"))).containsExactlyInAnyOrder("text/xml", "application/json");

        Document xml = xmlOk(get(BASE + "discovery.xml"));
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("discovery");
        assertThat(childNames(root)).containsExactly("changeset", "contact", "key_service", "endpoints");
        Element xmlEndpoint = only(child(root, "endpoints"), "endpoint");
        assertThat(childNames(xmlEndpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(children(child(xmlEndpoint, "formats"), "format").stream().map(Element::getTextContent))
                .containsExactly("text/xml", "application/json");
    }

    @Test
    void discoveryListsAConfiguredTestEndpointSecond(@Autowired Open311Writer writer, @Autowired Open311Context context)
            throws Exception {
        Open311Api api = new Open311Api(filing, organisation, context, writer,
                new PublicUrl("https://kota.example/"), new Open311Properties(
                        new Open311Properties.Open311("https://staging.kota.example/open311/v2/"), new Open311Properties.Demo(false)));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/open311/discovery.xml");
        request.addParameter("jurisdiction_id", tenant());
        var answer = api.discovery("xml", request);
        Element endpoints = child(parseXml(new String(answer.getBody(), StandardCharsets.UTF_8)).getDocumentElement(), "endpoints");
        List<Element> list = children(endpoints, "endpoint");
        assertThat(list).as("the validator needs two <endpoint> to see a list").hasSize(2);
        assertThat(text(list.get(0), "url")).isEqualTo("https://kota.example/open311/v2");
        assertThat(text(list.get(0), "type")).isEqualTo("production");
        assertThat(text(list.get(1), "url")).isEqualTo("https://staging.kota.example/open311/v2");
        assertThat(text(list.get(1), "type")).isEqualTo("test");
        assertThat(text(parseXml(new String(answer.getBody(), StandardCharsets.UTF_8)).getDocumentElement(), "contact"))
                .startsWith("Kota Uji " + tenant());
    }

    @Test
    void theServiceListHasOneServicePerCategoryInTheRequestLanguage() throws Exception {
        JsonNode services = jsonOk(get(BASE + "services.json").param("jurisdiction_id", tenant()));
        assertThat(services.isArray()).isTrue();
        assertThat(services.size()).isEqualTo(filing.categories(city.tenant()).size());
        JsonNode pothole = find(services, "service_code", "jalan-rusak");
        assertThat(pothole.propertyNames()).containsExactlyElementsOf(SERVICE_FIELDS);
        assertThat(pothole.get("service_name").asString()).isEqualTo("Jalan rusak atau berlubang");
        assertThat(pothole.get("metadata").isBoolean()).isTrue();
        assertThat(pothole.get("metadata").asBoolean()).isFalse();
        assertThat(pothole.get("type").asString()).isEqualTo("realtime");
        assertThat(pothole.get("group").asString()).isEqualTo("infrastruktur");
        assertThat(pothole.get("keywords").asString()).contains("pothole").contains(", ");

        JsonNode english = jsonOk(get(BASE + "services.json").param("jurisdiction_id", tenant()).header("Accept-Language", "en-GB,en;q=0.9"));
        assertThat(find(english, "service_code", "jalan-rusak").get("service_name").asString()).isEqualTo("Damaged road or pothole");
        JsonNode byParam = jsonOk(get(BASE + "services.json").param("jurisdiction_id", tenant()).param("locale", "en_US"));
        assertThat(find(byParam, "service_code", "jalan-rusak").get("service_name").asString()).isEqualTo("Damaged road or pothole");
        JsonNode indonesianFirst = jsonOk(get(BASE + "services.json").param("jurisdiction_id", tenant()).header("Accept-Language", "id-ID,id;q=0.9,en;q=0.8"));
        assertThat(find(indonesianFirst, "service_code", "jalan-rusak").get("service_name").asString()).isEqualTo("Jalan rusak atau berlubang");

        Document xml = xmlOk(get(BASE + "services.xml").param("jurisdiction_id", tenant()).header("Accept-Language", "en"));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
        List<Element> list = children(xml.getDocumentElement(), "service");
        assertThat(list).hasSize(services.size());
        assertThat(childNames(xml.getDocumentElement())).containsOnly("service");
        Element xmlPothole = list.stream().filter(s -> text(s, "service_code").equals("jalan-rusak")).findFirst().orElseThrow();
        assertThat(childNames(xmlPothole)).containsExactlyElementsOf(SERVICE_FIELDS);
        assertThat(text(xmlPothole, "service_name")).isEqualTo("Damaged road or pothole");
        assertThat(text(xmlPothole, "metadata")).isEqualTo("false");
        assertThat(text(xmlPothole, "type")).isEqualTo("realtime");
    }

    @Test
    void aServiceDefinitionHasNoAttributesAndAnUnknownCodeIs404() throws Exception {
        JsonNode definition = jsonOk(get(BASE + "services/jalan-rusak.json").param("jurisdiction_id", tenant()));
        assertThat(definition.get("service_code").asString()).isEqualTo("jalan-rusak");
        assertThat(definition.get("attributes").isArray()).isTrue();
        assertThat(definition.get("attributes").size()).isZero();

        Document xml = xmlOk(get(BASE + "services/jalan-rusak.xml").param("jurisdiction_id", tenant()));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(childNames(xml.getDocumentElement())).containsExactly("service_code", "attributes");
        assertThat(childNames(child(xml.getDocumentElement(), "attributes"))).isEmpty();

        jsonError(get(BASE + "services/no-such-thing.json").param("jurisdiction_id", tenant()), 404);
        xmlError(get(BASE + "services/no-such-thing.xml").param("jurisdiction_id", tenant()), 404);
    }

    // ---- filing ----

    @Test
    void aPostedRequestIsFiledAndThenVisibleByIdInTheListAndByToken() throws Exception {
        JsonNode created = jsonOk(fileRequest("json").param("lat", "-7.2915").param("long", "112.7398")
                .param("address_string", "Jl. Raya Darmo 1"));
        assertThat(created.isArray()).isTrue();
        assertThat(created.size()).isEqualTo(1);
        String id = created.get(0).get("service_request_id").asString();
        assertThat(created.get(0).get("service_request_id").isString()).isTrue();
        assertThat(id).matches("ADU-[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(created.get(0).propertyNames()).as("the spec: no token when service_request_id is returned")
                .containsExactly("service_request_id", "service_notice");
        assertThat(created.get(0).get("service_notice").asString()).contains("3 hari kerja");

        ComplaintView filed = lookup.findByTrackingCode(city.desk(), id).orElseThrow();
        assertThat(filed.channel()).isEqualTo(Channel.OPEN311);
        assertThat(filed.privacy()).isEqualTo(PrivacyMode.PUBLIC);
        assertThat(filed.categoryCode()).isEqualTo("jalan-rusak");
        assertThat(filed.point().orElseThrow().lat()).isEqualTo(-7.2915);
        assertThat(filed.address()).contains("Jl. Raya Darmo 1");
        String token = filed.id().toString();

        JsonNode one = jsonOk(get(BASE + "requests/" + id + ".json").param("jurisdiction_id", tenant()));
        assertThat(one.isArray()).isTrue();
        assertThat(one.size()).isEqualTo(1);
        JsonNode request = one.get(0);
        assertThat(request.propertyNames()).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(request.get("service_request_id").asString()).isEqualTo(id);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isEqualTo("jalan-rusak");
        assertThat(request.get("service_name").asString()).isEqualTo("Jalan rusak atau berlubang");
        assertThat(request.get("description").asString()).isEqualTo("Lubang besar di tengah jalan, sudah dua minggu.");
        assertThat(request.get("address").asString()).isEqualTo("Jl. Raya Darmo 1");
        assertThat(request.get("lat").asDouble()).isEqualTo(-7.2915);
        assertThat(request.get("long").asDouble()).isEqualTo(112.7398);
        assertThat(request.get("requested_datetime").asString()).matches(JAKARTA_TIME);
        assertThat(request.get("updated_datetime").asString()).matches(JAKARTA_TIME);

        assertThat(ids(jsonOk(get(BASE + "requests.json").param("jurisdiction_id", tenant())))).containsExactly(id);
        Document list = xmlOk(get(BASE + "requests.xml").param("jurisdiction_id", tenant()));
        assertThat(list.getDocumentElement().getTagName()).isEqualTo("service_requests");
        Element xmlRequest = only(list.getDocumentElement(), "request");
        assertThat(childNames(xmlRequest)).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(text(xmlRequest, "service_request_id")).isEqualTo(id);
        assertThat(text(xmlRequest, "lat")).isEqualTo("-7.2915");

        JsonNode byToken = jsonOk(get(BASE + "tokens/" + token + ".json").param("jurisdiction_id", tenant()));
        assertThat(byToken.size()).isEqualTo(1);
        assertThat(byToken.get(0).get("service_request_id").asString()).isEqualTo(id);
        assertThat(byToken.get(0).get("token").asString()).isEqualTo(token);
        Element xmlToken = only(xmlOk(get(BASE + "tokens/" + token + ".xml").param("jurisdiction_id", tenant())).getDocumentElement(), "request");
        assertThat(text(xmlToken, "service_request_id")).isEqualTo(id);
    }

    @Test
    void updatesFollowPublicRequestsInAWindowAsFixMyStreetReadsThem() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        ComplaintView pothole = filing.file(city.citizen(), ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        deskWork.verify(city.desk(), pothole.id());
        deskWork.dispatch(city.desk(), pothole.id(), List.of("dsdabm"), Optional.empty());
        ComplaintView spam = filing.file(city.citizen(), ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        deskWork.reject(city.desk(), spam.id(), "Bukan kewenangan pemerintah kota.");
        ComplaintView secret = filing.file(city.citizen(), ComplaintFixture.pothole(PrivacyMode.CONFIDENTIAL, ComplaintFixture.BUNGKUL));
        deskWork.verify(city.desk(), secret.id());
        String start = before.toString();
        String end = Instant.now().plusSeconds(5).toString();

        // FixMyStreet: XML, api_key always sent (possibly empty), dates in UTC with Z
        Document xml = xmlOk(get(BASE + "servicerequestupdates.xml").param("jurisdiction_id", tenant()).param("api_key", "")
                .param("start_date", start).param("end_date", end));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_request_updates");
        List<Element> updates = children(xml.getDocumentElement(), "request_update");
        assertThat(updates).allSatisfy(update -> assertThat(childNames(update))
                .containsExactly("update_id", "service_request_id", "status", "updated_datetime", "description", "media_url"));
        assertThat(updates.stream().map(u -> text(u, "service_request_id") + " " + text(u, "status")).toList()).containsExactly(
                pothole.trackingCode() + " open", pothole.trackingCode() + " investigating", pothole.trackingCode() + " in_progress",
                spam.trackingCode() + " open", spam.trackingCode() + " not_councils_responsibility");
        assertThat(text(updates.get(4), "description")).isEqualTo("Bukan kewenangan pemerintah kota.");
        assertThat(text(updates.get(2), "description")).contains("Dinas Sumber Daya Air");
        assertThat(updates.stream().map(u -> text(u, "update_id")).distinct()).hasSize(5);
        assertThat(text(updates.getFirst(), "updated_datetime")).matches(JAKARTA_TIME);
        assertThat(xml.getDocumentElement().getTextContent()).doesNotContain(secret.trackingCode());

        JsonNode json = jsonOk(get(BASE + "servicerequestupdates.json").param("jurisdiction_id", tenant())
                .param("start_date", start).param("end_date", end));
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(5);
        // a window in the past holds nothing; a window above 90 days or backwards is refused
        assertThat(jsonOk(get(BASE + "servicerequestupdates.json").param("jurisdiction_id", tenant())
                .param("start_date", "2020-01-01T00:00:00Z").param("end_date", "2020-01-02T00:00:00Z")).size()).isZero();
        error("json", get(BASE + "servicerequestupdates.json").param("jurisdiction_id", tenant())
                .param("start_date", "2020-01-01T00:00:00Z").param("end_date", "2020-06-01T00:00:00Z"), 400);
        error("xml", get(BASE + "servicerequestupdates.xml").param("jurisdiction_id", tenant())
                .param("start_date", end).param("end_date", start), 400);
    }

    @Test
    void theDescriptionIsOptionalAsTheSpecSays() throws Exception {
        // CUTR's sample posts "Test"; GeoReport v2 makes the description optional altogether
        String shortOne = jsonOk(post(BASE + "requests.json").param("jurisdiction_id", tenant()).param("api_key", apiKey)
                .param("service_code", "sampah").param("lat", "-7.2915").param("long", "112.7398").param("description", "Test"))
                .get(0).get("service_request_id").asString();
        String none = jsonOk(post(BASE + "requests.json").param("jurisdiction_id", tenant()).param("api_key", apiKey)
                .param("service_code", "sampah").param("lat", "-7.2915").param("long", "112.7398"))
                .get(0).get("service_request_id").asString();
        assertThat(lookup.findByTrackingCode(city.desk(), shortOne).orElseThrow().description()).isEqualTo("Test");
        assertThat(lookup.findByTrackingCode(city.desk(), none).orElseThrow().description())
                .isEqualTo(filing.category(city.tenant(), "sampah").orElseThrow().nameId());
    }

    @Test
    void aPostInXmlAnswersAServiceRequestsList() throws Exception {
        Document created = xmlOk(fileRequest("xml").param("lat", "-7.2915").param("long", "112.7398")
                .header("Accept-Language", "en"));
        assertThat(created.getDocumentElement().getTagName()).isEqualTo("service_requests");
        Element request = only(created.getDocumentElement(), "request");
        assertThat(text(request, "service_request_id")).matches("ADU-[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(text(request, "service_notice")).contains("verifies");
        assertThat(lookup.findByTrackingCode(city.desk(), text(request, "service_request_id"))).isPresent();
        // a typed phone number with brackets and dots is not a reason to lose the report
        xmlOk(fileRequest("xml").param("lat", "-7.2915").param("long", "112.7398").param("phone", "(031) 531.2144"));
    }

    @Test
    void anIdempotencyKeyReturnsTheFirstRequestAgain() throws Exception {
        String first = jsonOk(fileRequest("json").param("lat", "-7.2915").param("long", "112.7398")
                .header("Idempotency-Key", "fms-42")).get(0).get("service_request_id").asString();
        String again = jsonOk(fileRequest("json").param("lat", "-7.2915").param("long", "112.7398")
                .header("Idempotency-Key", "fms-42")).get(0).get("service_request_id").asString();
        assertThat(again).isEqualTo(first);
        assertThat(ids(jsonOk(get(BASE + "requests.json").param("jurisdiction_id", tenant())))).containsExactly(first);
    }

    @Test
    void filingWithoutAValidKeyOfTheCityIs403InTheSpecFormat() throws Exception {
        jsonError(post(BASE + "requests.json").param("jurisdiction_id", tenant()).param("service_code", "jalan-rusak")
                .param("lat", "-7.29").param("long", "112.73").param("description", "Lubang besar di jalan raya."), 403);
        xmlError(post(BASE + "requests.xml").param("jurisdiction_id", tenant()).param("service_code", "jalan-rusak")
                .param("lat", "-7.29").param("long", "112.73").param("description", "Lubang besar di jalan raya."), 403);
        jsonError(post(BASE + "requests.json").param("jurisdiction_id", tenant()).param("api_key", "not-a-key")
                .param("service_code", "jalan-rusak").param("lat", "-7.29").param("long", "112.73"), 403);
        xmlError(post(BASE + "requests.xml").param("jurisdiction_id", tenant()).param("api_key", "x".repeat(500))
                .param("service_code", "jalan-rusak").param("lat", "-7.29").param("long", "112.73"), 403);

        City other = fixture.newCity();
        String otherKey = "o311-" + UUID.randomUUID();
        provisioning.ensureApiKey(other.tenant(), false, "Other city client", Optional.empty(), otherKey);
        assertThat(jsonError(fileRequest("json", otherKey).param("lat", "-7.29").param("long", "112.73"), 403))
                .contains("jurisdiction");

        Viewer admin = new Viewer(UUID.randomUUID(), city.tenant(), "Admin", Set.of(Role.ADMIN), Optional.empty());
        call(admin, delete("/api/v1/api-keys/" + apiKeyId)).andExpect(status().isNoContent());
        assertThat(jsonError(fileRequest("json").param("lat", "-7.29").param("long", "112.73"), 403)).contains("revoked");
        assertThat(ids(jsonOk(get(BASE + "requests.json").param("jurisdiction_id", tenant())))).isEmpty();
    }

    @Test
    void badFilingInputIs400InTheSpecFormat() throws Exception {
        String base = "jurisdiction_id=" + tenant() + "&api_key=" + apiKey + "&description=" + enc("Lubang besar di jalan raya.");
        assertThat(jsonError(form("json", base + "&lat=-7.29&long=112.73"), 400)).contains("service_code");
        assertThat(xmlError(form("xml", base + "&lat=-7.29&long=112.73"), 400)).contains("service_code");
        assertThat(jsonError(form("json", base + "&service_code=no-such&lat=-7.29&long=112.73"), 404)).contains("service_code");
        assertThat(xmlError(form("xml", base + "&service_code=no-such&lat=-7.29&long=112.73"), 404)).contains("service_code");
        assertThat(jsonError(form("json", base + "&service_code=jalan-rusak"), 400)).contains("location");
        assertThat(xmlError(form("xml", base + "&service_code=jalan-rusak"), 400)).contains("location");
        assertThat(jsonError(form("json", base + "&service_code=jalan-rusak&address_id=123"), 400)).contains("address_id not supported");
        assertThat(jsonError(form("json", base + "&service_code=jalan-rusak&lat=abc&long=112.73"), 400)).contains("lat");
        assertThat(xmlError(form("xml", base + "&service_code=jalan-rusak&lat=abc&long=112.73"), 400)).contains("lat");
        assertThat(jsonError(form("json", base + "&service_code=jalan-rusak&lat=-7.29"), 400)).contains("long");
        assertThat(jsonError(form("json", base + "&service_code=jalan-rusak&lat=200&long=112.73"), 400)).contains("lat");
        assertThat(jsonError(form("json", base + "&service_code=jalan-rusak&lat=NaN&long=112.73"), 400)).contains("lat");
        assertThat(jsonError(form("json", base + "&service_code=jalan-rusak&lat=-7.29&long=112.73&email=not-an-address"), 400))
                .contains("email");
        String shortText = "jurisdiction_id=" + tenant() + "&api_key=" + apiKey + "&service_code=jalan-rusak&lat=-7.29&long=112.73";
        assertThat(jsonError(form("json", shortText + "&description=" + "a".repeat(4001)), 400)).contains("description");
        assertThat(jsonError(form("json", shortText + "&description=" + "a".repeat(9000)), 400)).contains("too long");
        assertThat(jsonError(form("json", shortText + "&description=" + enc("Lubang besar sekali.") + "&address_string=" + "x".repeat(401)), 400))
                .contains("address_string");
        assertThat(jsonError(fileRequest("json").param("lat", "-7.29").param("long", "112.73")
                .header("Idempotency-Key", "k".repeat(101)), 400)).contains("Idempotency-Key");
        assertThat(ids(jsonOk(get(BASE + "requests.json").param("jurisdiction_id", tenant())))).isEmpty();
    }

    @Test
    void aPhotoSentAsMultipartMediaIsKeptAndServedAsMediaUrl() throws Exception {
        MockMultipartFile photo = new MockMultipartFile("media", "lubang.jpg", "image/jpeg", ComplaintFixture.jpeg());
        JsonNode created = jsonOk(multipart(BASE + "requests.json").file(photo).param("jurisdiction_id", tenant())
                .param("api_key", apiKey).param("service_code", "jalan-rusak").param("lat", "-7.2915").param("long", "112.7398")
                .param("description", "Lubang besar di tengah jalan, sudah dua minggu.")
                .param("media_url", "http://example.org/photo.jpg"));
        String id = created.get(0).get("service_request_id").asString();
        assertThat(created.get(0).get("service_notice").asString()).contains("media_url");
        ComplaintView filed = lookup.findByTrackingCode(city.desk(), id).orElseThrow();
        assertThat(filed.photoIds()).hasSize(1);
        JsonNode request = jsonOk(get(BASE + "requests/" + id + ".json").param("jurisdiction_id", tenant())).get(0);
        assertThat(request.get("media_url").asString()).isEqualTo("http://localhost:8080/pengaduan/foto/" + filed.photoIds().getFirst());
    }

    // ---- following ----

    @Test
    void requestFieldsFollowTheComplaint() throws Exception {
        ComplaintView dispatched = fixture.dispatched(city, citizen, "dsdabm", city.kelurahanOffice());
        JsonNode request = jsonOk(get(BASE + "requests/" + dispatched.trackingCode() + ".json").param("jurisdiction_id", tenant())).get(0);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("agency_responsible").asString()).isEqualTo("Dinas Sumber Daya Air dan Bina Marga, Kelurahan Uji");
        assertThat(request.get("expected_datetime").asString()).matches(JAKARTA_TIME);
        assertThat(request.get("media_url").asString())
                .isEqualTo("http://localhost:8080/pengaduan/foto/" + dispatched.photoIds().getFirst());
        assertThat(request.get("address").asString()).isEqualTo("Jl. Raya Darmo");
        JsonNode english = jsonOk(get(BASE + "requests/" + dispatched.trackingCode() + ".json")
                .param("jurisdiction_id", tenant()).header("Accept-Language", "en")).get(0);
        assertThat(english.get("agency_responsible").asString()).isEqualTo("Water and roads, Kelurahan Uji");
        assertThat(english.get("service_name").asString()).isEqualTo("Damaged road or pothole");

        ComplaintView rejected = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        deskWork.reject(city.desk(), rejected.id(), "Bukan wilayah kota, sudah diteruskan ke provinsi.");
        Element xml = only(xmlOk(get(BASE + "requests/" + rejected.trackingCode() + ".xml").param("jurisdiction_id", tenant()))
                .getDocumentElement(), "request");
        assertThat(text(xml, "status")).isEqualTo("closed");
        assertThat(text(xml, "status_notes")).isEqualTo("Bukan wilayah kota, sudah diteruskan ke provinsi.");
        assertThat(text(xml, "requested_datetime")).matches(JAKARTA_TIME);
    }

    @Test
    void theRequestListFiltersAsTheSpecSays() throws Exception {
        ComplaintView pothole = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        ComplaintView rubbish = filing.file(citizen, complaint("sampah", PrivacyMode.PUBLIC));
        ComplaintView closed = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        deskWork.reject(city.desk(), closed.id(), "Laporan ganda, sudah ditangani.");

        assertThat(listIds(Map.of())).containsExactly(closed.trackingCode(), rubbish.trackingCode(), pothole.trackingCode());
        assertThat(listIds(Map.of("service_code", "sampah"))).containsExactly(rubbish.trackingCode());
        assertThat(listIds(Map.of("service_code", "sampah,jalan-rusak")))
                .containsExactly(closed.trackingCode(), rubbish.trackingCode(), pothole.trackingCode());
        assertThat(listIds(Map.of("service_code", "no-such-service"))).isEmpty();
        assertThat(listIds(Map.of("status", "closed"))).containsExactly(closed.trackingCode());
        assertThat(listIds(Map.of("status", "open"))).containsExactly(rubbish.trackingCode(), pothole.trackingCode());
        assertThat(listIds(Map.of("status", "open,closed"))).hasSize(3);
        assertThat(listIds(Map.of("status", "OPEN", "service_code", "jalan-rusak"))).containsExactly(pothole.trackingCode());

        String today = LocalDate.now(Clocks.JAKARTA).toString();
        assertThat(listIds(Map.of("start_date", today + "T00:00:00+07:00"))).hasSize(3);
        assertThat(listIds(Map.of("start_date", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                "end_date", Instant.now().plus(1, ChronoUnit.DAYS).toString()))).hasSize(3);
        assertThat(listIds(Map.of("start_date", today, "end_date", today))).hasSize(3);
        assertThat(listIds(Map.of("start_date", "2020-01-01T00:00:00Z", "end_date", "2020-03-01T00:00:00Z"))).isEmpty();
        assertThat(listIds(Map.of("end_date", "2020-03-01T00:00:00+07:00"))).isEmpty();
        assertThat(listIds(Map.of("start_date", "2020-01-01T00:00:00+07:00"))).isEmpty();
        // an unencoded "+" arrives as a space
        assertThat(listIds(Map.of("start_date", today + "T00:00:00 07:00"))).hasSize(3);

        assertThat(listIds(Map.of("service_request_id", pothole.trackingCode() + "," + closed.trackingCode(),
                "service_code", "sampah", "status", "open")))
                .containsExactly(pothole.trackingCode(), closed.trackingCode());
        assertThat(listIds(Map.of("service_request_id", "ADU-00000-00000,nonsense"))).isEmpty();

        for (String format : List.of("json", "xml")) {
            assertThat(error(format, get(BASE + "requests." + format).param("jurisdiction_id", tenant())
                    .param("start_date", "2026-01-01T00:00:00+07:00").param("end_date", "2026-04-02T00:00:00+07:00"), 400))
                    .contains("90 days");
            assertThat(error(format, get(BASE + "requests." + format).param("jurisdiction_id", tenant())
                    .param("start_date", "yesterday"), 400)).contains("start_date");
            assertThat(error(format, get(BASE + "requests." + format).param("jurisdiction_id", tenant())
                    .param("end_date", "2026-13-45"), 400)).contains("end_date");
            assertThat(error(format, get(BASE + "requests." + format).param("jurisdiction_id", tenant())
                    .param("start_date", "2026-03-01").param("end_date", "2026-02-01"), 400)).contains("before");
            assertThat(error(format, get(BASE + "requests." + format).param("jurisdiction_id", tenant())
                    .param("status", "pending"), 400)).contains("status");
        }
        assertThat(jsonError(get(BASE + "requests.json").param("jurisdiction_id", tenant())
                .param("service_request_id", java.util.stream.IntStream.range(0, 201).mapToObj(i -> "A" + i)
                        .collect(Collectors.joining(","))), 400)).contains("service_request_id");
    }

    @Test
    void exactlyNinetyDaysIsAllowed() throws Exception {
        jsonOk(get(BASE + "requests.json").param("jurisdiction_id", tenant())
                .param("start_date", "2026-01-01T00:00:00+07:00").param("end_date", "2026-04-01T00:00:00+07:00"));
        jsonOk(get(BASE + "requests.json").param("jurisdiction_id", tenant())
                .param("start_date", "2026-01-01").param("end_date", "2026-03-31"));
        jsonError(get(BASE + "requests.json").param("jurisdiction_id", tenant())
                .param("start_date", "2026-01-01").param("end_date", "2026-04-01"), 400);
    }

    @Test
    void unknownRequestsAndTokensAre404() throws Exception {
        for (String format : List.of("json", "xml")) {
            error(format, get(BASE + "requests/ADU-00000-00000." + format).param("jurisdiction_id", tenant()), 404);
            error(format, get(BASE + "requests/nonsense." + format).param("jurisdiction_id", tenant()), 404);
            error(format, get(BASE + "tokens/" + UUID.randomUUID() + "." + format).param("jurisdiction_id", tenant()), 404);
            error(format, get(BASE + "tokens/not-a-token." + format).param("jurisdiction_id", tenant()), 404);
        }
        // a complaint of another city is unknown here
        ComplaintView mine = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        City other = fixture.newCity();
        jsonError(get(BASE + "requests/" + mine.trackingCode() + ".json").param("jurisdiction_id", other.tenant().code()), 404);
        jsonError(get(BASE + "tokens/" + mine.id() + ".json").param("jurisdiction_id", other.tenant().code()), 404);
    }

    @Test
    void aConfidentialComplaintNeverAppears() throws Exception {
        ComplaintView secret = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.CONFIDENTIAL, ComplaintFixture.BUNGKUL));
        ComplaintView open = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        deskWork.verify(city.desk(), secret.id());
        for (String format : List.of("json", "xml")) {
            List<String> bodies = new ArrayList<>();
            bodies.add(body(get(BASE + "requests." + format).param("jurisdiction_id", tenant()), 200));
            bodies.add(body(get(BASE + "requests." + format).param("jurisdiction_id", tenant()).param("status", "open"), 200));
            bodies.add(body(get(BASE + "requests." + format).param("jurisdiction_id", tenant()).param("service_code", "jalan-rusak"), 200));
            bodies.add(body(get(BASE + "requests." + format).param("jurisdiction_id", tenant())
                    .param("service_request_id", secret.trackingCode() + "," + open.trackingCode()), 200));
            bodies.add(body(get(BASE + "requests/" + secret.trackingCode() + "." + format).param("jurisdiction_id", tenant()), 404));
            bodies.add(body(get(BASE + "tokens/" + secret.id() + "." + format).param("jurisdiction_id", tenant()), 404));
            for (String body : bodies) {
                assertThat(body).doesNotContain(secret.trackingCode()).doesNotContain(secret.id().toString());
            }
            assertThat(bodies.get(0)).contains(open.trackingCode());
            assertThat(bodies.get(3)).contains(open.trackingCode());
        }
    }

    @Test
    void nothingAboutTheReporterEverComesBack() throws Exception {
        String created = body(fileRequest("json").param("lat", "-7.2915").param("long", "112.7398")
                .param("email", "siti.rahayu@example.org").param("phone", "+6281234567890")
                .param("first_name", "Sitirahayu").param("last_name", "Wulandarisari")
                .param("device_id", "device-7781").param("account_id", "acct-99331"), 200);
        String id = json.readTree(created).get(0).get("service_request_id").asString();
        UUID token = lookup.findByTrackingCode(city.desk(), id).orElseThrow().id();
        List<String> secrets = List.of("siti.rahayu@example.org", "6281234567890", "81234567890", "Sitirahayu",
                "Wulandarisari", "device-7781", "acct-99331", apiKey, "FixMyStreet test");
        for (String format : List.of("json", "xml")) {
            for (AbstractMockHttpServletRequestBuilder<?> read : List.of(
                    get(BASE + "requests." + format).param("jurisdiction_id", tenant()),
                    get(BASE + "requests/" + id + "." + format).param("jurisdiction_id", tenant()),
                    get(BASE + "requests." + format).param("jurisdiction_id", tenant()).param("service_request_id", id),
                    get(BASE + "tokens/" + token + "." + format).param("jurisdiction_id", tenant()))) {
                String body = body(read, 200);
                assertThat(body).contains(id);
                for (String secret : secrets) {
                    assertThat(body).doesNotContain(secret);
                }
            }
        }
        assertThat(created).doesNotContain("siti.rahayu@example.org").doesNotContain("Sitirahayu");
    }

    // ---- jurisdictions, formats, paths ----

    @Test
    void anUnknownJurisdictionIs404AndABlankOneIsTheDefaultCity() throws Exception {
        for (String format : List.of("json", "xml")) {
            for (String endpoint : List.of("services", "requests", "discovery", "services/jalan-rusak")) {
                error(format, get(BASE + endpoint + "." + format).param("jurisdiction_id", "88.88"), 404);
                error(format, get(BASE + endpoint + "." + format).param("jurisdiction_id", "surabaya"), 404);
            }
            error(format, post(BASE + "requests." + format).param("jurisdiction_id", "88.88").param("api_key", apiKey)
                    .param("service_code", "jalan-rusak").param("lat", "-7.29").param("long", "112.73"), 404);
        }
        // FixMyStreet sends jurisdiction_id even when it has none: empty means the host's city
        JsonNode services = jsonOk(get(BASE + "services.json").param("jurisdiction_id", ""));
        assertThat(services.isArray()).isTrue();
        assertThat(services.size()).isPositive();
        // the key is of the test city, not of the host's default city
        jsonError(post(BASE + "requests.json").param("jurisdiction_id", "").param("api_key", apiKey)
                .param("service_code", "jalan-rusak").param("lat", "-7.29").param("long", "112.73")
                .param("description", "Lubang besar di jalan raya."), 403);
    }

    @Test
    void unknownFormatsPathsAndMethodsAnswerInTheSpecFormat() throws Exception {
        jsonError(get(BASE + "services.csv").param("jurisdiction_id", tenant()), 404);
        jsonError(get(BASE + "services").param("jurisdiction_id", tenant()), 404);
        jsonError(get(BASE + "requests/ADU-00000-00000").param("jurisdiction_id", tenant()), 404);
        jsonError(get(BASE + "nothing.json"), 404);
        xmlError(get(BASE + "nothing.xml"), 404);
        jsonError(get("/open311/v3/services.json"), 404);
        jsonError(get("/open311"), 404);
        jsonError(post(BASE + "requests.csv").param("api_key", apiKey), 404);

        MockHttpServletResponse wrongMethod = mvc.perform(post(BASE + "services.xml")).andReturn().getResponse();
        assertThat(wrongMethod.getStatus()).isEqualTo(405);
        assertThat(wrongMethod.getHeader("Allow")).isEqualTo("GET, HEAD");
        assertThat(errorOf(parseXml(wrongMethod.getContentAsString(StandardCharsets.UTF_8)), 405)).contains("POST");
        MockHttpServletResponse put = mvc.perform(put(BASE + "requests.json")).andReturn().getResponse();
        assertThat(put.getStatus()).isEqualTo(405);
        assertThat(put.getHeader("Allow")).isEqualTo("GET, HEAD, POST");
        assertThat(put.getContentType()).startsWith("application/json");
        MockHttpServletResponse deleted = mvc.perform(delete(BASE + "requests/ADU-00000-00000.json")).andReturn().getResponse();
        assertThat(deleted.getStatus()).isEqualTo(405);
        assertThat(json.readTree(deleted.getContentAsString()).get(0).get("code").asInt()).isEqualTo(405);
    }

    @Test
    void aComplaintWithoutAPointOrDeadlineHasNullCoordinatesAndExpectedTime() throws Exception {
        ComplaintView addressOnly = filing.file(citizen, new NewComplaint("sampah", "Sampah menumpuk di pinggir jalan.",
                Optional.empty(), Optional.of("Jl. Kenjeran 10"), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(),
                Optional.empty(), "id"));
        JsonNode request = jsonOk(get(BASE + "requests/" + addressOnly.trackingCode() + ".json").param("jurisdiction_id", tenant())).get(0);
        assertThat(request.get("lat").isNull()).isTrue();
        assertThat(request.get("long").isNull()).isTrue();
        assertThat(request.get("expected_datetime").isNull()).isTrue();
        assertThat(request.get("media_url").asString()).isEmpty();
        assertThat(request.get("address").asString()).isEqualTo("Jl. Kenjeran 10");
        Element xml = only(xmlOk(get(BASE + "requests/" + addressOnly.trackingCode() + ".xml").param("jurisdiction_id", tenant()))
                .getDocumentElement(), "request");
        assertThat(childNames(xml)).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(text(xml, "lat")).isEmpty();
        assertThat(child(xml, "long").hasChildNodes()).isFalse();
    }

    @Test
    void xmlIsWellFormedEvenWithControlCharactersInADescription() throws Exception {
        ComplaintView odd = filing.file(citizen, new NewComplaint("jalan-rusak",
                "Jalan <rusak> & \"berlubang\" \u0001\u0007 di depan sekolah ✓ 🚧", Optional.of(ComplaintFixture.BUNGKUL),
                Optional.of("Jl. A & B <3>"), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id"));
        Element request = only(xmlOk(get(BASE + "requests/" + odd.trackingCode() + ".xml").param("jurisdiction_id", tenant()))
                .getDocumentElement(), "request");
        assertThat(text(request, "description")).startsWith("Jalan <rusak> & \"berlubang\" ").contains("✓ 🚧");
        assertThat(text(request, "address")).isEqualTo("Jl. A & B <3>");
        assertThat(text(request, "media_url")).isEmpty();
        assertThat(text(request, "expected_datetime")).isEmpty();
        JsonNode same = jsonOk(get(BASE + "requests/" + odd.trackingCode() + ".json").param("jurisdiction_id", tenant())).get(0);
        assertThat(same.get("description").asString()).contains("✓ 🚧");
    }

    // ---- replays of the clients (/tmp research notes: FixMyStreet perllib/Open311.pm, CUTR open311-client,
    //      SeeClickFix open311-validator) ----

    /** FixMyStreet: XML only, urlencoded POST with its own field set, reads request/service_request_id. */
    @Test
    void fixMyStreetFilesAndFollowsOverXml() throws Exception {
        // PopulateServiceList: GET services.xml without jurisdiction_id (none configured) -> every category
        Document services = xmlOk(get(BASE + "services.xml"));
        assertThat(children(services.getDocumentElement(), "service")).hasSize(filing.categories(city.tenant()).size());
        // get_service_meta_info only when metadata is 'true'; ours are 'false', but the call must still work
        Document definition = xmlOk(get(BASE + "services/jalan-rusak.xml").param("jurisdiction_id", tenant()));
        assertThat(childNames(definition.getDocumentElement())).containsExactly("service_code", "attributes");

        // send_service_request: the exact parameter set, urlencoded, UTF-8, last_name empty, attributes, media_url
        String body = "jurisdiction_id=" + tenant() + "&api_key=" + apiKey + "&service_code=jalan-rusak"
                + "&description=" + enc("title: Lubang di Jl. MØØse\n\ndetail: Lubang besar, motor jatuh.\n\n"
                + "url: https://fixmystreet.example/report/42\n\nSubmitted via FixMyStreet")
                + "&first_name=Budi&last_name=&email=" + enc("budi.fms@example.org")
                + "&lat=-7.291500&long=112.739800&media_url=" + enc("https://fixmystreet.example/photo/42.0.jpeg")
                + "&media_url=" + enc("https://fixmystreet.example/photo/42.1.jpeg")
                + "&attribute%5Bfixmystreet_id%5D=42&attribute%5Bclosest_address%5D=" + enc("Jl. Raya Darmo") + "&deviceid=x";
        Document created = xmlOk(post(BASE + "requests.xml")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body));
        Element request = only(created.getDocumentElement(), "request");
        String id = text(request, "service_request_id");
        assertThat(id).isNotBlank().matches("ADU-[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(children(request, "service_request_id").getFirst().getChildNodes().getLength()).as("a plain scalar").isEqualTo(1);
        assertThat(text(request, "service_notice")).contains("media_url");
        ComplaintView filed = lookup.findByTrackingCode(city.desk(), id).orElseThrow();
        assertThat(filed.description()).contains("Lubang di Jl. MØØse").contains("Submitted via FixMyStreet");

        // variants: an address instead of a point, no e-mail (phone-only users)
        xmlOk(form("xml", "jurisdiction_id=" + tenant() + "&api_key=" + apiKey + "&service_code=sampah"
                + "&description=" + enc("title: Sampah\n\ndetail: Tidak diangkut seminggu.") + "&first_name=Ani&last_name=W"
                + "&phone=081234567890&address_string=" + enc("Jl. Kenjeran 10, Surabaya")));
        // Bromley's address_id=#NOTPINPOINTED# cannot be placed: refused, in the XML FMS prints as "code: description"
        assertThat(xmlError(form("xml", "api_key=" + apiKey + "&jurisdiction_id=" + tenant() + "&service_code=sampah"
                + "&description=" + enc("Sampah tidak diangkut.") + "&address_id=%23NOTPINPOINTED%23"), 400))
                .contains("address_id not supported");
        // a bad key and a missing service_code come back as <errors><error><code/><description/>
        xmlError(form("xml", "api_key=WRONG&service_code=sampah&lat=-7.29&long=112.73&jurisdiction_id=" + tenant()), 403);
        assertThat(xmlError(form("xml", "api_key=" + apiKey + "&lat=-7.29&long=112.73&jurisdiction_id=" + tenant()), 400))
                .isEqualTo("service_code is required");

        // GetServiceRequests: the last hour, UTC with Z, needs service_request_id, lat, long, updated_datetime
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Document fetched = xmlOk(get(BASE + "requests.xml").param("jurisdiction_id", tenant())
                .param("start_date", now.minus(1, ChronoUnit.HOURS).toString()).param("end_date", now.plusSeconds(60).toString()));
        List<Element> requests = children(fetched.getDocumentElement(), "request");
        assertThat(requests).hasSize(2);
        Element mine = requests.stream().filter(r -> text(r, "service_request_id").equals(id)).findFirst().orElseThrow();
        assertThat(text(mine, "lat")).isEqualTo("-7.2915");
        assertThat(text(mine, "long")).isEqualTo("112.7398");
        assertThat(text(mine, "updated_datetime")).matches(JAKARTA_TIME);
        assertThat(text(mine, "description")).contains("MØØse");
        // an empty window is an empty list, not an error
        Document empty = xmlOk(get(BASE + "requests.xml").param("jurisdiction_id", tenant())
                .param("start_date", "2024-05-01T10:00:00Z").param("end_date", "2024-05-01T11:00:00Z"));
        assertThat(empty.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(childNames(empty.getDocumentElement())).isEmpty();
        // get_service_requests with a comma-joined id list
        assertThat(children(xmlOk(get(BASE + "requests.xml").param("jurisdiction_id", tenant())
                .param("service_request_id", id + ",ADU-00000-00000")).getDocumentElement(), "request")).hasSize(1);
        // the token fallback (never needed, since the POST returns the id at once)
        Element token = only(xmlOk(get(BASE + "tokens/" + filed.id() + ".xml").param("jurisdiction_id", tenant()))
                .getDocumentElement(), "request");
        assertThat(text(token, "service_request_id")).isEqualTo(id);
        // FMS fetches updates of its reports over its last window: the new request is in it
        List<Element> updates = children(xmlOk(get(BASE + "servicerequestupdates.xml").param("jurisdiction_id", tenant()).param("api_key", "")
                .param("start_date", Instant.now().minusSeconds(7200).toString()).param("end_date", Instant.now().plusSeconds(5).toString()))
                .getDocumentElement(), "request_update");
        assertThat(updates).filteredOn(update -> text(update, "service_request_id").equals(id)).singleElement()
                .satisfies(update -> assertThat(text(update, "status")).isEqualTo("open"));
        // posting updates back (FMS's comments) is not served: 405 in the error format
        xmlError(post(BASE + "servicerequestupdates.xml").param("api_key", apiKey).param("service_request_id", id), 405);
        // nothing FMS sent about the person comes back
        String all = body(get(BASE + "requests.xml").param("jurisdiction_id", tenant()), 200);
        assertThat(all).doesNotContain("budi.fms@example.org").doesNotContain("081234567890").doesNotContain("Budi");
    }

    /** CUTR open311-client: JSON only, multipart POST with "null" for missing values, only HTTP 200 is success. */
    @Test
    void theCutrJavaClientFilesAndFollowsOverJson() throws Exception {
        String javaAccept = "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2";
        // ServiceListRequest without a jurisdiction sends lat/long: ignored, the host's city answers
        JsonNode services = jsonOk(get(BASE + "services.json?lat=27.9&long=-82.4").header("Accept", javaAccept));
        assertThat(services.isArray()).isTrue();
        assertThat(services.size()).isPositive();
        for (JsonNode service : services) {
            assertThat(service.propertyNames()).as("old CUTR parser fails on unknown keys").containsExactlyElementsOf(SERVICE_FIELDS);
        }
        assertThat(jsonOk(get(BASE + "services.json?jurisdiction_id=null&lat=27.9&long=-82.4"))).isEqualTo(services);
        JsonNode definition = jsonOk(get(BASE + "services/jalan-rusak.json").param("jurisdiction_id", tenant()).header("Accept", javaAccept));
        assertThat(definition.isObject()).isTrue();
        assertThat(definition.get("attributes").isArray()).isTrue();

        // ServiceRequest: multipart/form-data, every part text/plain; charset=UTF-8, null values as "null"
        MockMultipartFile media = new MockMultipartFile("media", "photo.jpg", "null", ComplaintFixture.jpeg());
        var multipart = multipart(BASE + "requests.json").file(media);
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("attribute[100]", "1");
        parts.put("api_key", apiKey);
        parts.put("service_code", "jalan-rusak");
        parts.put("service_name", "null");
        parts.put("jurisdiction_id", tenant());
        parts.put("address_string", "Jl. Raya Darmo 1, Surabaya");
        parts.put("description", "Jalan berlubang dekat halte, bahaya untuk pengendara.");
        parts.put("media_url", "null");
        parts.put("first_name", "Test");
        parts.put("last_name", "null");
        parts.put("email", "null");
        parts.put("device_id", "asd213123");
        for (Map.Entry<String, String> part : parts.entrySet()) {
            org.springframework.mock.web.MockPart text = new org.springframework.mock.web.MockPart(part.getKey(),
                    part.getValue().getBytes(StandardCharsets.UTF_8));
            text.getHeaders().setContentType(MediaType.parseMediaType("text/plain; charset=UTF-8"));
            multipart.part(text);
        }
        MockHttpServletResponse response = mvc.perform(multipart.header("Accept", javaAccept)).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as("CUTR treats anything but 200 (201 included) as failure: " + body).isEqualTo(200);
        JsonNode created = json.readTree(body);
        assertThat(created.isArray()).isTrue();
        assertThat(created.get(0).get("service_request_id").isString()).as("org.json getString").isTrue();
        String id = created.get(0).get("service_request_id").asString();
        assertThat(created.get(0).get("service_notice").asString()).doesNotContain("media_url");
        ComplaintView filed = lookup.findByTrackingCode(city.desk(), id).orElseThrow();
        assertThat(filed.point()).isEmpty();
        assertThat(filed.address()).contains("Jl. Raya Darmo 1, Surabaya");
        assertThat(filed.photoIds()).hasSize(1);

        // getServiceRequest and getAllServiceRequests; the query is not URL-encoded, so "+07:00" arrives as " 07:00"
        JsonNode one = jsonOk(get(BASE + "requests/" + id + ".json?jurisdiction_id=" + tenant()).header("Accept", javaAccept));
        assertThat(one.isArray()).isTrue();
        assertThat(one.size()).isEqualTo(1);
        for (String field : REQUEST_FIELDS) {
            assertThat(one.get(0).has(field)).as(field).isTrue();
        }
        String today = LocalDate.now(Clocks.JAKARTA).toString();
        JsonNode listed = jsonOk(get(BASE + "requests.json?jurisdiction_id=" + tenant() + "&start_date=" + today
                + "T00:00:00+07:00&status=open&service_request_id=null").header("Accept", javaAccept));
        assertThat(ids(listed)).containsExactly(id);
        JsonNode both = jsonOk(get(BASE + "requests.json").param("jurisdiction_id", tenant()).param("service_request_id", id + "," + id));
        assertThat(ids(both)).containsExactly(id);

        // a key of nobody: any non-200 is a failure for CUTR; we answer 403 in the JSON error format
        jsonError(multipart(BASE + "requests.json").param("api_key", "null").param("service_code", "jalan-rusak")
                .param("address_string", "Jl. Darmo"), 403);
    }

    /** SeeClickFix open311-validator: discovery at .../discovery.{xml,json}, then services per endpoint and format. */
    @Test
    void theValidatorsDiscoveryAndServiceChecksPass() throws Exception {
        JsonNode jsonDiscovery = jsonOk(get("/open311/discovery.json"));
        Document xmlDiscovery = xmlOk(get("/open311/discovery.xml"));
        Element xmlRoot = xmlDiscovery.getDocumentElement();
        assertThat(jsonDiscovery.get("contact").asString()).isNotBlank().isEqualTo(text(xmlRoot, "contact"));
        assertThat(jsonDiscovery.get("key_service").asString()).isNotBlank().isEqualTo(text(xmlRoot, "key_service"));
        assertThat(jsonDiscovery.has("contacts")).isFalse();
        assertThat(java.time.OffsetDateTime.parse(text(xmlRoot, "changeset")).toInstant()).isBefore(Instant.now());
        List<Element> endpoints = children(child(xmlRoot, "endpoints"), "endpoint");
        assertThat(endpoints).isNotEmpty().hasSize(jsonDiscovery.get("endpoints").size());
        for (int i = 0; i < endpoints.size(); i++) {
            Element endpoint = endpoints.get(i);
            JsonNode jsonEndpoint = jsonDiscovery.get("endpoints").get(i);
            for (String field : List.of("specification", "url", "changeset", "type")) {
                assertThat(text(endpoint, field)).as(field).isNotBlank().isEqualTo(jsonEndpoint.get(field).asString());
            }
            assertThat(java.time.OffsetDateTime.parse(text(endpoint, "changeset")).toInstant()).isBefore(Instant.now());
            assertThat(text(endpoint, "specification")).matches("(?i).*_v2$");
            assertThat(text(endpoint, "url")).doesNotEndWith("/");
            List<String> formats = children(child(endpoint, "formats"), "format").stream().map(Element::getTextContent).toList();
            assertThat(formats).hasSizeGreaterThanOrEqualTo(2).contains("text/xml");
            assertThat(texts(jsonEndpoint.get("formats"))).isEqualTo(formats);

            // then, per format ("text/xml".split("/")[1] = "xml"): {url}/services.{fmt}?jurisdiction_id=
            String path = java.net.URI.create(text(endpoint, "url")).getPath();
            for (String format : formats) {
                String suffix = format.split("/")[1];
                MockHttpServletResponse services = mvc.perform(get(path + "/services." + suffix).param("jurisdiction_id", ""))
                        .andReturn().getResponse();
                assertThat(services.getStatus()).isEqualTo(200);
                assertThat(services.getContentType()).startsWith(format);
                if ("xml".equals(suffix)) {
                    Element root = parseXml(services.getContentAsString(StandardCharsets.UTF_8)).getDocumentElement();
                    assertThat(root.getTagName()).isEqualTo("services");
                    assertThat(children(root, "service")).isNotEmpty()
                            .allSatisfy(service -> assertThat(text(service, "service_code")).isNotBlank());
                } else {
                    JsonNode list = json.readTree(services.getContentAsString(StandardCharsets.UTF_8));
                    assertThat(list.isArray()).isTrue();
                    assertThat(list.size()).isPositive();
                    list.forEach(service -> assertThat(service.get("service_code").asString()).isNotBlank());
                }
            }
        }
    }

    // ---- helpers ----

    String tenant() {
        return city.tenant().code();
    }

    /** A complete, valid filing as FixMyStreet sends it, to which a test adds the location. */
    MockHttpServletRequestBuilder fileRequest(String format) {
        return fileRequest(format, apiKey);
    }

    MockHttpServletRequestBuilder fileRequest(String format, String key) {
        return post(BASE + "requests." + format).param("jurisdiction_id", tenant()).param("api_key", key)
                .param("service_code", "jalan-rusak").param("description", "Lubang besar di tengah jalan, sudah dua minggu.");
    }

    /** A raw form body, as a client puts it on the wire. */
    static MockHttpServletRequestBuilder form(String format, String body) {
        return post(BASE + "requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    NewComplaint complaint(String category, PrivacyMode privacy) {
        return new NewComplaint(category, "Sampah menumpuk di pinggir jalan sejak minggu lalu.", Optional.of(ComplaintFixture.BUNGKUL),
                Optional.empty(), privacy, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id");
    }

    List<String> listIds(Map<String, String> filters) throws Exception {
        MockHttpServletRequestBuilder json = get(BASE + "requests.json").param("jurisdiction_id", tenant());
        MockHttpServletRequestBuilder xml = get(BASE + "requests.xml").param("jurisdiction_id", tenant());
        for (Map.Entry<String, String> filter : new LinkedHashMap<>(filters).entrySet()) {
            json.param(filter.getKey(), filter.getValue());
            xml.param(filter.getKey(), filter.getValue());
        }
        List<String> fromJson = ids(jsonOk(json));
        List<String> fromXml = children(xmlOk(xml).getDocumentElement(), "request").stream()
                .map(request -> text(request, "service_request_id")).toList();
        assertThat(fromXml).as("XML lists what JSON lists").isEqualTo(fromJson);
        return fromJson;
    }

    static List<String> ids(JsonNode requests) {
        assertThat(requests.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        requests.forEach(request -> ids.add(request.get("service_request_id").asString()));
        return ids;
    }

    String body(AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        return body;
    }

    JsonNode jsonOk(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
        return json.readTree(body);
    }

    Document xmlOk(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/xml;charset=UTF-8");
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return parseXml(body);
    }

    String error(String format, AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        return "xml".equals(format) ? xmlError(request, status) : jsonError(request, status);
    }

    /** A GeoReport error list in JSON: {@code [{"code":404,"description":"…"}]}; returns the description. */
    String jsonError(AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
        JsonNode errors = json.readTree(body);
        assertThat(errors.isArray()).as(body).isTrue();
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).propertyNames()).containsExactly("code", "description");
        assertThat(errors.get(0).get("code").isNumber()).isTrue();
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
        return errors.get(0).get("description").asString();
    }

    /** A GeoReport error list in XML: {@code <errors><error><code/><description/></error></errors>}. */
    String xmlError(AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("text/xml;charset=UTF-8");
        return errorOf(parseXml(body), status);
    }

    static String errorOf(Document xml, int status) {
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("errors");
        Element error = only(xml.getDocumentElement(), "error");
        assertThat(childNames(error)).containsExactly("code", "description");
        assertThat(text(error, "code")).isEqualTo(String.valueOf(status));
        return text(error, "description");
    }

    static Document parseXml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                names.add(element.getTagName());
            }
        }
        return names;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("one <%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.getFirst();
    }

    static Element only(Element parent, String name) {
        assertThat(childNames(parent)).as("children of <%s>", parent.getTagName()).containsExactly(name);
        return children(parent, name).getFirst();
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.get(field).asString())) {
                return node;
            }
        }
        throw new AssertionError("no entry with " + field + "=" + value + " in " + array);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts.stream().collect(Collectors.toList());
    }
}
