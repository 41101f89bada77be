package dev.skillgap.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.extract.ExtractedSkill;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How skills are inferred and linked, on src/test/resources/catalog-csv/inference.csv. */
class SkillInferenceTest {

  static Catalog c;

  @BeforeAll
  static void read() throws IOException {
    c = CsvCatalogFormatTest.read("inference.csv");
  }

  static List<String> skills(String id) {
    return c.find(id).orElseThrow().skills().stream()
        .map(s -> s.source() + " " + s.label() + (s.tag().isEmpty() ? "" : " <- " + s.tag())).toList();
  }

  static List<String> warnings(String entry) {
    return c.warnings().stream().filter(w -> w.entry().equals(entry)).filter(w -> w.kind() != CatalogWarning.Kind.NO_HOURS
        && w.kind() != CatalogWarning.Kind.NO_COST).map(CatalogWarning::message).toList();
  }

  static List<String> extracted(String text) {
    return CatalogFixture.extractor().extract(text).skills().stream().map(ExtractedSkill::concept)
        .map(x -> x.preferredLabel()).toList();
  }

  @Test
  void fromScratchIsAnIdiomNotTheScratchLanguage() {
    assertTrue(extracted("Learn JavaScript From Scratch").contains("Scratch (computer programming)"),
        "the extractor alone misreads it");
    assertEquals(List.of("INFERRED JavaScript <- JavaScript"), skills("I-1"), "the title's topic, linked as a tag");
  }

  @Test
  void howACourseIsTaughtIsNotWhatItTeachesUnlessTheTitleSaysSo() {
    String text = c.find("I-2").orElseThrow().description();
    assertTrue(extracted(text).containsAll(List.of("English", "Chinese")), extracted(text).toString());
    assertTrue(skills("I-2").stream().noneMatch(s -> s.contains("English") || s.contains("Chinese")
        || s.contains("lecture") || s.contains("exam")), skills("I-2").toString());
    assertEquals(List.of("INFERRED English"), skills("I-3"), "Business English teaches English");
  }

  @Test
  void anEntryWhoseTextGivesNothingTakesASkillFromItsSubjectWithAWarning() {
    assertEquals(List.of("INFERRED musical instruments"), skills("I-4"));
    assertEquals(List.of("skills from subject: nothing in the title or description names a skill; its subject 'Musical"
        + " Instruments' gives 'musical instruments'"), warnings("row 4"));
    assertEquals("no usable skill: no alignment or tag, no skill could be inferred from the title and description, and"
        + " its subject 'Plorf' names none", reject("row 5"));
  }

  @Test
  void aTextInAnotherLanguageIsRejectedSayingSoAndItsSubjectIsNotUsed() {
    assertEquals("no usable skill: no alignment or tag, no skill could be inferred from the title and description"
        + " (its text reads as language 'es', and skills are found in English text only)", reject("row 6"));
  }

  @Test
  void tagsLinkByLooseExactNamesAndUnlinkedTagsAreWarnings() {
    // "Rust (Programming Language)" is O*NET's "Rust programming language" but for brackets and case.
    assertEquals(List.of("TAG Rust programming language <- Rust (Programming Language)"), skills("I-7"));
    assertEquals(1.0, c.find("I-7").orElseThrow().skills().get(0).confidence());
    assertEquals(List.of("tag not linked: 'Process Mapping' names no skill of the taxonomy",
        "tag not linked: 'Not A Real Technology' names no skill of the taxonomy"), warnings("row 7"));
    assertEquals("", c.find("I-7").orElseThrow().description(), "NA is no description");
  }

  @Test
  void everyEntryIsCounted() {
    assertEquals(new Catalog.FileCounts(7, 5, 0, 2, 5, 13), c.countsByFile().values().iterator().next());
  }

  static String reject(String entry) {
    return c.rejects().stream().filter(r -> r.entry().equals(entry)).map(CatalogReject::reason).findFirst().orElseThrow();
  }
}
