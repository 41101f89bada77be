package dev.skillgap.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.Requirement;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SkillLinker with an extractor that answers fixed texts with fixed links, so every branch is exact. */
class SkillLinkerTest {

  static final String BPM = "business process modelling";
  static final String SQL = "SQL";

  static Concept concept(String label) {
    return CatalogFixture.taxonomy().concepts().stream().filter(c -> c.preferredLabel().equals(label)).findFirst()
        .orElseThrow();
  }

  /** Extracts {@code links}' concept with its score from exactly its text, nothing from any other; records each call. */
  static SkillExtractor stub(Map<String, Map.Entry<String, Double>> links, List<String> calls) {
    Taxonomy t = CatalogFixture.taxonomy();
    return (text, kind) -> {
      calls.add(text);
      Map.Entry<String, Double> l = links.get(text);
      if (l == null) {
        return Extraction.empty("en", false);
      }
      Concept c = concept(l.getKey());
      return new Extraction(List.of(new ExtractedSkill(t.indexOf(c.id()), c, l.getValue(), List.of(),
          Requirement.UNSPECIFIED, List.of(), l.getValue())), "en", false, List.of());
    };
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

  @Test
  void aWeakLinkIsAWarningNamingTagConceptAndScoreAndTheEntryFallsBackToInference() throws Exception {
    List<String> calls = new ArrayList<>();
    SkillLinker l = new SkillLinker(CatalogFixture.taxonomy(), stub(Map.of("Process Mapping", Map.entry(BPM, 0.34),
        "Databases", Map.entry(SQL, 0.9)), calls));
    EntryDraft d = draft("Databases", "Process Mapping");
    List<TaughtSkill> skills = l.skills(d);
    assertEquals(List.of(new TaughtSkill(concept(SQL).id(), SQL, TaughtSkill.Source.INFERRED, 0.9, "")), skills);
    assertEquals(List.of("weak tag link: 'Process Mapping' is closest to 'business process modelling' ("
        + concept(BPM).id() + ") with score 0.34, below 0.50; not kept",
        "skills inferred: none of its 1 alignment(s) and tag(s) links to a skill of the taxonomy, so its skills were"
            + " inferred from the title and description"), warnings(d));
    assertEquals(List.of("Process Mapping", "process mapping", "Databases"), calls, "lower case is tried too");
  }

  @Test
  void aTagTheExtractorReadsOnlyInLowerCaseIsLinkedWithThatScoreOnce() throws Exception {
    List<String> calls = new ArrayList<>();
    SkillLinker l = new SkillLinker(CatalogFixture.taxonomy(), stub(Map.of("process mapping", Map.entry(BPM, 0.7)),
        calls));
    TaughtSkill s = l.skills(draft("Anything", "Process Mapping")).get(0);
    assertEquals(new TaughtSkill(concept(BPM).id(), BPM, TaughtSkill.Source.TAG, 0.7, "Process Mapping"), s);
    l.skills(draft("Anything else", "Process Mapping"));
    assertEquals(List.of("Process Mapping", "process mapping"), calls, "a tag is extracted once per reader");
  }

  @Test
  void exactNamesNeedNoExtraction() throws Exception {
    List<String> calls = new ArrayList<>();
    SkillLinker l = new SkillLinker(CatalogFixture.taxonomy(), stub(Map.of(), calls));
    assertEquals(List.of("TAG SQL 1.0 sql", "TAG Microsoft Excel 1.0 MICROSOFT-EXCEL", "TAG Rust programming language 1.0"
        + " Rust (Programming Language)"), l.skills(draft("T", "sql", "MICROSOFT-EXCEL", "Rust (Programming Language)"))
        .stream().map(s -> s.source() + " " + s.label() + " " + s.confidence() + " " + s.tag()).toList());
    assertEquals(List.of(), calls);
  }

  @Test
  void aFrameworkNameMatchedExactlyIsAnAlignmentAndAnUnknownUriLinksItsName() throws Exception {
    SkillLinker l = new SkillLinker(CatalogFixture.taxonomy(), stub(Map.of(), new ArrayList<>()));
    EntryDraft d = draft("T");
    d.claims.add(new EntryDraft.Claim(null, "Tableau", true));
    d.claims.add(new EntryDraft.Claim("https://case.example/cfitem/42", "SQL", true));
    assertEquals(List.of("ALIGNED Tableau", "TAG SQL"), l.skills(d).stream().map(s -> s.source() + " " + s.label())
        .toList());
    assertEquals(List.of("alignment dropped: https://case.example/cfitem/42 is not a skill of the taxonomy; its name"
        + " 'SQL' is linked instead"), warnings(d));
  }

  @Test
  void withoutAnExtractorOnlyExactNamesLinkAndNothingIsRejected() throws Exception {
    SkillLinker l = new SkillLinker(CatalogFixture.taxonomy(), null);
    EntryDraft d = draft("Databases", "Process Mapping", "SQL");
    assertEquals(List.of("SQL"), l.skills(d).stream().map(TaughtSkill::label).toList());
    assertEquals(List.of(), l.skills(draft("Zzyzx", "Process Mapping")));
    assertEquals(List.of(), warnings(d));
  }

  @Test
  void nothingAtAllIsARejectNamingTheTags() {
    SkillLinker l = new SkillLinker(CatalogFixture.taxonomy(), stub(Map.of(), new ArrayList<>()));
    EntryRejected e = assertThrows(EntryRejected.class, () -> l.skills(draft("Zzyzx", "Qwv", "Plorf")));
    assertEquals("no usable skill: none of its 2 alignment(s) and tag(s) links to a skill of the taxonomy ('Qwv',"
        + " 'Plorf'), no skill could be inferred from the title and description", e.getMessage());
  }
}
