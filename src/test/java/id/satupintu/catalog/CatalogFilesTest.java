package id.satupintu.catalog;

import id.satupintu.catalog.internal.CatalogFiles;
import id.satupintu.catalog.internal.CatalogFiles.Source;
import id.satupintu.catalog.internal.FormSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Catalogue files load completely or not at all, and every problem names its file, path and reason. */
class CatalogFilesTest {

    static final Set<String> AGENCIES = Set.of("dispendukcapil", "dpmptsp");
    final FormSchemas schemas = new FormSchemas();

    static final String GOOD = """
            services:
              - code: akta-kelahiran
                agency: dispendukcapil
                names: {id: "Akta Kelahiran", en: "Birth certificate"}
                descriptions: {id: "Penerbitan akta kelahiran.", en: "Issuing a birth certificate."}
                lifeNeeds: [kelahiran]
                keywords: [akte lahir]
                fee: 0
                slaWorkingDays: 3
                requirements:
                  - {id: "Surat keterangan lahir", en: "Birth notice"}
                documents:
                  - {code: surat-lahir, names: {id: "Surat keterangan lahir", en: "Birth notice"}, required: true}
                form:
                  $schema: "https://json-schema.org/draft/2020-12/schema"
                  type: object
                  required: [namaAnak]
                  properties:
                    namaAnak: {type: string, minLength: 2, maxLength: 120, title: "Nama anak", x-title-en: "Child's name"}
                  additionalProperties: false
                workflow:
                  - {step: verifikasi, agency: "@kelurahan", role: OFFICER, names: {id: "Verifikasi", en: "Check"}, slaWorkingDays: 1}
                  - parallel:
                      - {step: akta, agency: dispendukcapil, role: OFFICER, names: {id: "Akta", en: "Certificate"}, slaWorkingDays: 2}
                      - {step: izin, agency: dpmptsp, role: AGENCY_HEAD, names: {id: "Izin", en: "Permit"}, slaWorkingDays: 2}
                output: {names: {id: "Akta Kelahiran", en: "Birth certificate"}}
            """;

    CatalogFiles files() {
        return new CatalogFiles(schemas, AGENCIES::contains);
    }

    @Test
    void aValidFileLoadsWithItsWorkflowStages() {
        var parsed = files().parse(List.of(new Source("dispendukcapil.yaml", GOOD)));
        ServiceDefinition service = parsed.services().getFirst();
        assertThat(service.code()).isEqualTo("akta-kelahiran");
        assertThat(service.workflow()).hasSize(2);
        assertThat(service.workflow().get(1).parallel()).isTrue();
        assertThat(service.agenciesInvolved()).containsExactly("dispendukcapil", "@kelurahan", "dpmptsp");
        assertThat(service.automatic()).isFalse();
    }

    @Test
    void everyProblemNamesFilePathAndReason() {
        String bad = GOOD.replace("agency: dpmptsp", "agency: dinas-tidak-ada")
                .replace("fee: 0", "fee: -5")
                .replace("en: \"Birth certificate\"}\n    descriptions", "en: \"\"}\n    descriptions")
                .replace("minLength: 2", "minLength: \"dua\"");
        assertThatThrownBy(() -> files().parse(List.of(new Source("rusak.yaml", bad))))
                .isInstanceOfSatisfying(CatalogLoadException.class, e -> assertThat(e.problems()).anySatisfy(p ->
                                assertThat(p).isEqualTo("rusak.yaml at services[0].workflow[1].parallel[1].agency: unknown agency 'dinas-tidak-ada'"))
                        .anySatisfy(p -> assertThat(p).startsWith("rusak.yaml at services[0].fee: a whole number"))
                        .anySatisfy(p -> assertThat(p).startsWith("rusak.yaml at services[0].form: not a valid JSON Schema 2020-12")));
    }

    @Test
    void oneBadFileMeansNothingLoads() {
        assertThatThrownBy(() -> files().parse(List.of(new Source("baik.yaml", GOOD), new Source("rusak.yaml", "services: [ {code: X"))))
                .isInstanceOfSatisfying(CatalogLoadException.class, e ->
                        assertThat(e.problems()).singleElement().asString().startsWith("rusak.yaml: not valid YAML"));
    }

    @Test
    void duplicateCodesAndUnknownBundleServicesAreRefused() {
        String bundle = """
                bundles:
                  - code: peristiwa-kelahiran
                    names: {id: "Kelahiran", en: "Birth"}
                    descriptions: {id: "Satu permohonan.", en: "One application."}
                    lifeNeeds: [kelahiran]
                    slaWorkingDays: 5
                    services: [akta-kelahiran, kia]
                    form: {type: object, properties: {}}
                """;
        assertThatThrownBy(() -> files().parse(List.of(new Source("a.yaml", GOOD), new Source("b.yaml", GOOD), new Source("bundles.yaml", bundle))))
                .isInstanceOfSatisfying(CatalogLoadException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("service code 'akta-kelahiran' is defined twice"))
                        .anySatisfy(p -> assertThat(p).contains("unknown service 'kia'")));
    }

    @Test
    void submittedFormsAreValidatedAgainstTheirSchema() {
        var service = files().parse(List.of(new Source("dispendukcapil.yaml", GOOD))).services().getFirst();
        JsonMapper json = JsonMapper.builder().build();
        assertThat(schemas.validate(service.formSchema(), json.readTree("{\"namaAnak\":\"Budi\"}"))).isEmpty();
        assertThat(schemas.validate(service.formSchema(), json.readTree("{}")))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("namaAnak");
                    assertThat(error.messageKey()).isEqualTo("form.invalid.required");
                });
        assertThat(schemas.validate(service.formSchema(), json.readTree("{\"namaAnak\":\"B\"}")))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("namaAnak");
                    assertThat(error.messageKey()).isEqualTo("form.invalid.minLength");
                    assertThat(error.arguments()).containsExactly("2");
                });
        assertThat(schemas.validate(service.formSchema(), json.readTree("{\"namaAnak\":\"Budi\",\"lain\":1}")))
                .singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("lain"));
    }
}
