package dev.skillgap.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * SkillLinker with the real taxonomy and the lexical-only extractor, whose tag mode links exact
 * names and surface forms (scores from the shipped tag scoring); a tag under the threshold needs
 * linking by meaning and is tested with the extractor ({@code TagLinkerTest}).
 */
class SkillLinkerTest {

  static Concept concept(String label) {
    return TaxonomyFixture.taxonomy().concepts().stream().filter(c -> c.preferredLabel().equals(label)).findFirst()
        .orElseThrow();
  }

  static SkillLinker linker() {
    return new SkillLinker(TaxonomyFixture.taxonomy(), CatalogFixture.extractor());
  }

  static EntryDraft draft(String title, String... tags) {
    EntryDraft d = new EntryDraft("row 1", "csv");
    d.title = title;
    for (String t : tags) {
      d.claims.add(new EntryDraft.Claim(null, t, false));
    }
    return d;
  }

  static List<String> warnings(EntryDraft d) {
    return d.warnings.stream().map(w -> w.kind().label() + ": " + w.detail()).toList();
  }

  static List<String> described(List<TaughtSkill> skills) {
    return skills.stream().map(s -> String.format(Locale.ROOT, "%s %s %.4f %s", s.source(), s.label(), s.confidence(),
        s.tag())).toList();
  }

  @Test
  void anUntaggedCourseTakesTheSkillsItsTitleNamesFirst() throws Exception {
    // the title's topics are linked as tags ("Bookkeeping" is accounting too); the text finds nothing more
    assertEquals(List.of("INFERRED accounting 1.0000 Accounting"),
        described(linker().skills(draft("Introduction to Accounting: Bookkeeping for Beginners"))));
    // a topic must match a whole form: "Dynamics" is Microsoft Dynamics without its vendor
    assertEquals(List.of("INFERRED mechanics 1.0000 Mechanics"),
        described(linker().skills(draft("Mechanics: Kinematics and Dynamics"))));
  }

  @Test
  void exactNamesLinkWithConfidenceOne() throws Exception {
    assertEquals(List.of("TAG SQL 1.0000 sql", "TAG Microsoft Excel 1.0000 MICROSOFT-EXCEL",
        "TAG Rust programming language 1.0000 Rust (Programming Language)", "TAG accounting 1.0000 bookkeeping"),
        described(linker().skills(draft("T", "sql", "MICROSOFT-EXCEL", "Rust (Programming Language)", "bookkeeping"))));
  }

  @Test
  void aTagMatchingASurfaceFormLinksWithItsCalibratedScore() throws Exception {
    // "Power BI" is Microsoft Power BI without its vendor; "attention to detail" the skill's words as a noun phrase.
    assertEquals(List.of("TAG Microsoft Power BI 0.9685 Power BI", "TAG attend to detail 0.9682 attention to detail"),
        described(linker().skills(draft("T", "Power BI", "attention to detail"))));
  }

  @Test
  void aTagThatNamesNothingIsWarnedOfAndTheEntryFallsBackToInference() throws Exception {
    EntryDraft d = draft("SQL for analysts", "Process Mapping");
    assertEquals(List.of("INFERRED SQL 1.0000 SQL"), described(linker().skills(d)), "from the title's topic");
    assertEquals(List.of("tag not linked: 'Process Mapping' names no skill of the taxonomy",
        "skills inferred: none of its 1 alignment(s) and tag(s) links to a skill of the taxonomy, so its skills were"
            + " inferred from the title and description"), warnings(d));
  }

  @Test
  void aFrameworkNameMatchedExactlyIsAnAlignmentAndAnUnknownUriLinksItsName() throws Exception {
    EntryDraft d = draft("T");
    d.claims.add(new EntryDraft.Claim(null, "Tableau", true));
    d.claims.add(new EntryDraft.Claim("https://case.example/cfitem/42", "SQL", true));
    assertEquals(List.of("ALIGNED Tableau", "TAG SQL"), linker().skills(d).stream().map(s -> s.source() + " " + s.label())
        .toList());
    assertEquals(List.of("alignment dropped: https://case.example/cfitem/42 is not a skill of the taxonomy; its name"
        + " 'SQL' is linked instead"), warnings(d));
  }

  @Test
  void withoutAnExtractorOnlyExactNamesLinkAndNothingIsRejected() throws Exception {
    SkillLinker l = new SkillLinker(TaxonomyFixture.taxonomy(), null);
    EntryDraft d = draft("Databases", "Process Mapping", "SQL", "Power BI");
    assertEquals(List.of("SQL"), l.skills(d).stream().map(TaughtSkill::label).toList());
    assertEquals(List.of(), l.skills(draft("Zzyzx", "Process Mapping")));
    assertEquals(List.of(), warnings(d));
  }

  @Test
  void nothingAtAllIsARejectNamingTheTags() {
    EntryRejected e = assertThrows(EntryRejected.class, () -> linker().skills(draft("Zzyzx", "Qwv", "Plorf")));
    assertEquals("no usable skill: none of its 2 alignment(s) and tag(s) links to a skill of the taxonomy ('Qwv',"
        + " 'Plorf'), no skill could be inferred from the title and description", e.getMessage());
  }
}
