package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintCategory;
import id.satupintu.complaints.ResolutionTier;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Category files load whole or not at all, and a bad one names the file, the entry and the reason. */
class CategoryCatalogTest {

    private static ByteArrayResource yaml(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "categories-99.01.yaml";
            }
        };
    }

    @Test
    void theBuiltInListMapsEveryCategoryToAnAgencyAndATier() throws Exception {
        List<ComplaintCategory> categories = CategoryCatalog.parse(new ClassPathResource("complaints/categories.yaml"));
        assertThat(categories).hasSizeGreaterThanOrEqualTo(15);
        assertThat(categories).allSatisfy(c -> {
            assertThat(c.agencyCode()).isNotBlank();
            assertThat(c.nameId()).isNotBlank();
            assertThat(c.nameEn()).isNotBlank();
        });
        assertThat(categories).extracting(ComplaintCategory::tier).contains(ResolutionTier.values());
    }

    @Test
    void aBadFileSaysWhereAndWhy() {
        assertThatThrownBy(() -> CategoryCatalog.parse(yaml("categories: []")))
                .hasMessageContaining("categories-99.01.yaml").hasMessageContaining("non-empty list");
        assertThatThrownBy(() -> CategoryCatalog.parse(yaml("""
                categories:
                  - code: sampah
                    group: lingkungan
                    name: {id: Sampah, en: Rubbish}
                    description: {id: Sampah, en: Rubbish}
                    agency: dlh
                    tier: URGENT
                """))).hasMessageContaining("categories[0].tier").hasMessageContaining("URGENT");
        assertThatThrownBy(() -> CategoryCatalog.parse(yaml("""
                categories:
                  - code: Sampah Liar
                    group: lingkungan
                    name: {id: Sampah, en: Rubbish}
                    description: {id: Sampah, en: Rubbish}
                    agency: dlh
                    tier: LIGHT
                """))).hasMessageContaining("categories[0].code");
        assertThatThrownBy(() -> CategoryCatalog.parse(yaml("""
                categories:
                  - code: sampah
                    group: lingkungan
                    name: {id: Sampah}
                    description: {id: Sampah, en: Rubbish}
                    agency: dlh
                    tier: LIGHT
                """))).hasMessageContaining("categories[0].name.en: missing");
        assertThatThrownBy(() -> CategoryCatalog.parse(yaml("""
                categories:
                  - {code: a1, group: g, name: {id: A, en: A}, description: {id: A, en: A}, agency: dlh, tier: LIGHT}
                  - {code: a1, group: g, name: {id: B, en: B}, description: {id: B, en: B}, agency: dlh, tier: LIGHT}
                """))).hasMessageContaining("categories[1].code").hasMessageContaining("twice");
        assertThatThrownBy(() -> CategoryCatalog.parse(yaml("categories: [unclosed"))).hasMessageContaining("not valid YAML");
    }
}
