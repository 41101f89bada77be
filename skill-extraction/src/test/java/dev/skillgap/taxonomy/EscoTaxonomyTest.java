package dev.skillgap.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.SkillgapHome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real ESCO v1.1.1 and O*NET 29.2 sources shipped in data-samples/taxonomy. */
class EscoTaxonomyTest {

  static Taxonomy t;
  static TaxonomyBuilder.BuildReport report;

  @BeforeAll
  static void build() throws Exception {
    TaxonomyBuilder b = new TaxonomyBuilder(TaxonomySources.under(SkillgapHome.defaultTaxonomySources()));
    t = b.build();
    report = b.report();
  }

  static Concept byLabel(String label) {
    return t.concepts().stream().filter(c -> c.preferredLabel().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no concept " + label));
  }

  @Test
  void loadsEveryEscoSkillAndOccupation() {
    assertEquals(13_896, report.skillRows());
    assertEquals(6, report.blankSkillTypeRows());
    assertEquals(13_896, t.concepts().stream().filter(Concept::isEsco).count());
    assertEquals(3_007, t.occupations().stream().filter(Occupation::isEsco).count());
    assertEquals(1_016, t.occupations().stream().filter(o -> !o.isEsco()).count());
    assertEquals(32_627, report.technologyRows());
    assertEquals(123_855, report.occupationSkillRelations());
    assertEquals(t.size(), 13_896 + report.technologyNames() - report.technologiesMerged());
  }

  @Test
  void namedExamplesOfTheHardSoftRule() {
    Map<String, SkillType> expected = Map.ofEntries(
        Map.entry("communicate with customers", SkillType.SOFT),
        Map.entry("Python (computer programming)", SkillType.HARD),
        Map.entry("SQL", SkillType.HARD),
        Map.entry("lead others", SkillType.SOFT),
        Map.entry("show initiative", SkillType.SOFT),
        Map.entry("manage budgets", SkillType.HARD),
        Map.entry("English", SkillType.HARD),
        Map.entry("work in teams", SkillType.SOFT),
        Map.entry("think critically", SkillType.SOFT),
        Map.entry("use communication techniques", SkillType.SOFT),
        Map.entry("communication", SkillType.SOFT),
        Map.entry("assertiveness", SkillType.SOFT),
        Map.entry("lead a team", SkillType.SOFT),
        Map.entry("project management", SkillType.HARD));
    expected.forEach((label, type) -> assertEquals(type, byLabel(label).type(), label));
  }

  @Test
  void everyCuratedSoftOverrideIsAnEscoSkillTypedSoft() throws Exception {
    java.util.Set<String> ids = HardSoftRule.softOverrides();
    assertTrue(ids.size() >= 8, ids.toString());
    for (String id : ids) {
      Concept c = t.byId(id).orElseThrow(() -> new AssertionError(id + " is not in ESCO v1.1.1"));
      assertEquals(SkillType.SOFT, c.type(), c.preferredLabel());
    }
  }

  @Test
  void onetTechnologiesMergeWithTheirEscoTwins() {
    Concept python = byLabel("Python (computer programming)");
    assertEquals(ConceptKind.TECHNOLOGY, python.kind());
    assertTrue(python.onetNames().contains("Python"), python.onetNames().toString());
    assertTrue(python.altLabels().contains("Python"));
    assertTrue(python.hotTechnology());
    assertTrue(python.onetOccupations().contains("15-2051.00"), "Data Scientists use Python");
    for (String name : new String[] {"PostgreSQL", "C#", "C++", "JavaScript", "MySQL"}) {
      assertTrue(byLabel(name).onetNames().contains(name), name);
      assertTrue(t.byId("onet-tech:" + TaxonomyBuilder.slug(name)).isEmpty(), name + " duplicated");
    }
    Concept excel = byLabel("Microsoft Excel");
    assertEquals("onet-tech:microsoft-excel", excel.id());
    assertEquals(SkillType.HARD, excel.type());
    assertTrue(excel.hotTechnology());
  }

  @Test
  void occupationsListTheirSkills() {
    Occupation analyst = t.occupations().stream().filter(o -> o.preferredLabel().equals("data analyst")).findFirst().orElseThrow();
    assertTrue(analyst.essentialSkills().length > 5);
    assertTrue(analyst.onetCodes().contains("15-2051.01") || !analyst.onetCodes().isEmpty(), analyst.onetCodes().toString());
    int sql = t.indexOf(byLabel("SQL").id());
    assertTrue(t.occupationsOf(sql).length > 10);
  }

  @Test
  void compiledFormRoundTripsAndLoadsFast() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TaxonomyCodec.write(t, bytes);
    long start = System.nanoTime();
    Taxonomy back = TaxonomyCodec.read(new ByteArrayInputStream(bytes.toByteArray()), "memory");
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(t.concepts(), back.concepts());
    assertEquals(t.stats(), back.stats());
    System.out.printf("compiled taxonomy: %,d bytes, read once in %d ms (not asserted; see bench)%n", bytes.size(), ms);
  }
}
