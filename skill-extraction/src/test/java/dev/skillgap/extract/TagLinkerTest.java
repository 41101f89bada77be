package dev.skillgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.CuratedTable;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tag linking on real tag strings ({@code tags/real-tags.tsv}, each with the concept judged right)
 * with the shipped models, and its rules on small cases.
 */
class TagLinkerTest {

  static PipelineSkillExtractor full;
  static TagLinker lexical;
  static Taxonomy t;

  @BeforeAll
  static void load() throws Exception {
    ExtractorConfig cfg = ExtractorConfig.defaults();
    ExtractionModels m = ExtractionModels.load(TaxonomyFixture.taxonomy(), cfg, Path.of("target", "test-cache"),
        s -> {});
    full = new PipelineSkillExtractor(m, cfg);
    lexical = new TagLinker(ExtractorFixture.models(), TagScoring.defaults());
    t = m.taxonomy();
  }

  static String describe(String tag, List<TagLink> links) {
    if (links.isEmpty()) {
      return tag + " -> nothing";
    }
    TagLink l = links.get(0);
    return tag + " -> " + l.concept().preferredLabel() + " " + l.evidence().wireName() + " "
        + (l.aboveThreshold() ? "yes" : "no");
  }

  @Test
  void realTagsLinkToTheConceptJudgedRight() throws Exception {
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (CuratedTable.Line l : CuratedTable.read(TagLinkerTest.class, "/tags/real-tags.tsv", 4,
        "tag<TAB>concept<TAB>evidence<TAB>kept")) {
      String[] c = l.columns();
      expected.add(c[0] + " -> " + c[1] + " " + c[2] + " " + c[3]);
      actual.add(describe(c[0], full.linkTag(c[0], 5)));
    }
    assertEquals(expected, actual);
  }

  @Test
  void scoresAreProbabilitiesAndOneThresholdDecides() {
    for (String tag : List.of("Excel", "stakeholder management", "bookkeeping", "Leadership")) {
      List<TagLink> links = full.linkTag(tag, 5);
      assertEquals(5, links.size(), tag);
      for (int i = 0; i < links.size(); i++) {
        TagLink l = links.get(i);
        assertTrue(l.score() >= 0 && l.score() <= 1, tag);
        assertEquals(l.score() >= TagLinker.MIN_SCORE, l.aboveThreshold(), tag);
        assertTrue(i == 0 || links.get(i - 1).score() >= l.score(), tag + ": best first");
      }
    }
  }

  @Test
  void anAmbiguousProductNameCountsFullyOnlyWrittenAsAName() {
    // Without linking by meaning the form's strength is all there is: "Excel" as written, "excel" half as strong.
    TagLink upper = lexical.link("Excel", 1).get(0);
    TagLink lower = lexical.link("excel", 1).get(0);
    assertEquals(List.of("Microsoft Excel", "Microsoft Excel"), List.of(upper.concept().preferredLabel(),
        lower.concept().preferredLabel()));
    assertEquals(String.format(Locale.ROOT, "%.4f %.4f", FormKind.SHORTENED.prior(), FormKind.SHORTENED.prior()
        * TagLinker.CASE_MISMATCH), String.format(Locale.ROOT, "%.4f %.4f", upper.lexical(), lower.lexical()));
    assertEquals(upper.lexical(), lexical.link("EXCEL", 1).get(0).lexical(), "all in capitals is a name too");
  }

  @Test
  void withholdingALabelRemovesItFromTheExactNamesAndTheForms() {
    int accounting = t.indexOf(full.linkTag("bookkeeping", 1).get(0).concept().id());
    TagLinker without = full.tagLinker().withholding(accounting, "bookkeeping");
    assertTrue(without.link("bookkeeping", 5).stream().noneMatch(l -> l.evidence().exact()));
    assertEquals(TagEvidence.EXACT_ALTERNATIVE, full.tagLinker().link("bookkeeping", 1).get(0).evidence(),
        "the linker it was made from is unchanged");
    assertThrows(IllegalArgumentException.class, () -> full.tagLinker().withholding(accounting, "Accounting"),
        "a preferred label is embedded, so it cannot be withheld");
  }

  @Test
  void aBlankTagLinksNothingAndKMustBePositive() {
    assertEquals(List.of(), full.linkTag("  ", 3));
    assertEquals(List.of(), full.linkTag("--", 3));
    assertThrows(IllegalArgumentException.class, () -> full.linkTag("Excel", 0));
  }
}
