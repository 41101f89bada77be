package dev.skillgap.taxonomy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder on a small fixture cut from real ESCO and O*NET rows, with exact expectations. */
class TaxonomyBuilderTest {

  static final String E = "http://data.europa.eu/esco/skill/";
  static final String O = "http://data.europa.eu/esco/occupation/";
  static Taxonomy t;

  static Path fixture() throws Exception {
    return Path.of(TaxonomyBuilderTest.class.getResource("/taxonomy-fixture").toURI());
  }

  @BeforeAll
  static void build() throws Exception {
    t = new TaxonomyBuilder(TaxonomySources.under(fixture())).build();
  }

  @Test
  void loadsEveryEscoSkillThenOnlyTheUnmergedTechnologies() {
    assertEquals(9, t.size());
    assertEquals(List.of(E + "sql", E + "python", E + "postgres", E + "customers", E + "lead", E + "english",
        E + "budgets", E + "digital", "onet-tech:tableau"), t.concepts().stream().map(Concept::id).toList());
  }

  @Test
  void labelsAreSplitDeduplicatedAndHiddenOnesKeptApart() {
    Concept c = t.byId(E + "customers").orElseThrow();
    assertEquals(List.of("talk to customers", "liaise with customers"), c.altLabels());
    assertEquals("Respond to and communicate with customers, \"efficiently\".", c.description());
    Concept pg = t.byId(E + "postgres").orElseThrow();
    assertEquals(List.of("postgressql"), pg.hiddenLabels());
    assertEquals(List.of("PostgreSQL", "postgres", "postgressql"), pg.surfaceForms());
  }

  @Test
  void onetTechnologiesMergeIntoTheirEscoTwinAndRecordTheCrosswalk() {
    Concept python = t.byId(E + "python").orElseThrow();
    assertEquals(ConceptKind.TECHNOLOGY, python.kind());
    assertEquals(List.of("Python"), python.onetNames());
    assertEquals(List.of("15-2051.00", "15-1252.00"), python.onetOccupations());
    assertTrue(python.hotTechnology());
    assertFalse(python.altLabels().contains("Python (computer programming)"));

    Concept sql = t.byId(E + "sql").orElseThrow();
    assertEquals(List.of("Structured query language SQL"), sql.onetNames());
    assertEquals(List.of("structured query language", "Structured query language SQL"), sql.altLabels());

    Concept tableau = t.byId("onet-tech:tableau").orElseThrow();
    assertEquals(ConceptKind.TECHNOLOGY, tableau.kind());
    assertEquals(SkillType.HARD, tableau.type());
    assertEquals("Data base user interface and query software", tableau.description());
    assertTrue(t.byId("onet-tech:python").isEmpty());
  }

  @Test
  void typesFollowTheRule() {
    Map<String, SkillType> expected = Map.of(
        "sql", SkillType.HARD, "python", SkillType.HARD, "postgres", SkillType.HARD,
        "customers", SkillType.SOFT, "lead", SkillType.SOFT, "english", SkillType.HARD,
        "budgets", SkillType.HARD, "digital", SkillType.HARD);
    expected.forEach((id, type) -> assertEquals(type, t.byId(E + id).orElseThrow().type(), id));
    assertEquals(ConceptKind.SKILL, t.byId(E + "digital").orElseThrow().kind());
    assertEquals(ReuseLevel.UNKNOWN, t.byId(E + "digital").orElseThrow().reuseLevel());
  }

  @Test
  void hierarchyRunsBothWays() {
    int sql = t.indexOf(E + "sql");
    int pg = t.indexOf(E + "postgres");
    assertArrayEquals(new int[] {sql}, t.broader(pg));
    assertArrayEquals(new int[] {pg}, t.narrower(sql));
    assertEquals(List.of("T4.4"), t.groupsOf(t.indexOf(E + "lead")).stream().map(SkillGroup::code).toList());
  }

  @Test
  void occupationsCarryTheirSkillsCrosswalkAndTitles() {
    assertEquals(4, t.occupations().size());
    Occupation analyst = t.occupation(t.occupationIndexOf(O + "analyst"));
    assertEquals(List.of("15-2051.00"), analyst.onetCodes());
    assertEquals(1.0, analyst.crosswalkConfidence());
    assertArrayEquals(new int[] {t.indexOf(E + "sql"), t.indexOf(E + "python")}, analyst.essentialSkills());
    assertArrayEquals(new int[] {t.indexOf(E + "customers")}, analyst.optionalSkills());
    Occupation cashier = t.occupation(t.occupationIndexOf(O + "cashier"));
    assertArrayEquals(new int[] {t.indexOf(E + "customers")}, cashier.essentialSkills());
    assertEquals(List.of("till operator"), cashier.hiddenLabels(), "a hidden label that is also an alt label is kept once");
    assertEquals(0.0, cashier.crosswalkConfidence(), "not in the crosswalk");

    Occupation ds = t.onetOccupation("15-2051.00").orElseThrow();
    assertEquals("onet:15-2051.00", ds.id());
    assertEquals(List.of("Data Miner"), ds.altLabels());
    assertEquals(List.of(), ds.hiddenLabels());
    assertArrayEquals(new int[] {t.indexOf(E + "python"), t.indexOf(E + "postgres"), t.indexOf("onet-tech:tableau")},
        ds.essentialSkills());
    assertArrayEquals(new int[] {0, 1}, t.occupationsOf(t.indexOf(E + "customers")));
  }

  @Test
  void statsCountKindsTypesAndForms() {
    Taxonomy.Stats s = t.stats();
    assertEquals(9, s.concepts());
    assertEquals(4, s.byKind().get(ConceptKind.TECHNOLOGY));
    assertEquals(1, s.byKind().get(ConceptKind.KNOWLEDGE));
    assertEquals(4, s.byKind().get(ConceptKind.SKILL));
    assertEquals(2, s.byType().get(SkillType.SOFT));
    assertEquals(3, s.technologiesMergedIntoEsco());
    assertEquals(1, s.onetOnlyTechnologies());
    assertEquals(2, s.escoOccupations());
    assertEquals(2, s.onetOccupations());
    assertEquals(t.concepts().stream().mapToLong(c -> c.surfaceForms().size()).sum(), s.surfaceForms());
  }

  @Test
  void compiledFormRoundTripsExactly() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TaxonomyCodec.write(t, bytes);
    Taxonomy back = TaxonomyCodec.read(new ByteArrayInputStream(bytes.toByteArray()), "memory");
    assertEquals(t.concepts(), back.concepts());
    assertEquals(t.stats(), back.stats());
    for (int i = 0; i < t.size(); i++) {
      assertArrayEquals(t.broader(i), back.broader(i));
      assertArrayEquals(t.occupationsOf(i), back.occupationsOf(i));
    }
    for (int o = 0; o < t.occupations().size(); o++) {
      Occupation a = t.occupation(o);
      Occupation b = back.occupation(o);
      assertEquals(List.of(a.id(), a.altLabels(), a.hiddenLabels(), a.onetCodes(), a.crosswalkConfidence()),
          List.of(b.id(), b.altLabels(), b.hiddenLabels(), b.onetCodes(), b.crosswalkConfidence()));
      assertArrayEquals(a.essentialSkills(), b.essentialSkills());
    }
  }

  @Test
  void storeCompilesOnceThenLoadsAndRefusesForeignFiles(@TempDir Path dir) throws Exception {
    Path compiled = dir.resolve("t.sgt");
    List<String> log = new java.util.ArrayList<>();
    TaxonomyStore.open(compiled, TaxonomySources.under(fixture()), log::add);
    assertEquals(1, log.size());
    TaxonomyStore.open(compiled, TaxonomySources.under(fixture()), log::add);
    assertEquals(1, log.size());

    Path junk = dir.resolve("junk.sgt");
    Files.writeString(junk, "hello");
    IOException e = assertThrows(IOException.class, () -> TaxonomyCodec.read(junk));
    assertTrue(e.getMessage().contains("not a compiled skillgap taxonomy"), e.getMessage());
  }

  @Test
  void missingSourceFileIsNamed(@TempDir Path dir) {
    IOException e = assertThrows(IOException.class, () -> new TaxonomyBuilder(TaxonomySources.under(dir)).build());
    assertTrue(e.getMessage().contains("skillGroups_en.csv"), e.getMessage());
  }
}
