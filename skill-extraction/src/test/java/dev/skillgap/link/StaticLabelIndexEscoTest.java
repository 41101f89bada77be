package dev.skillgap.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.SkillgapHome;
import dev.skillgap.link.LabelVectorIndex.LabelSet;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomySources;
import dev.skillgap.taxonomy.TaxonomyStore;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed static table over the real ESCO v1.1.1 preferred labels. */
class StaticLabelIndexEscoTest {

  static Taxonomy t;
  static StaticEncoder enc;
  static StaticLabelIndex index;

  @BeforeAll
  static void load() throws Exception {
    t = TaxonomyStore.open(SkillgapHome.defaultCompiledTaxonomy(),
        TaxonomySources.under(SkillgapHome.defaultTaxonomySources()), s -> {});
    enc = StaticEncoder.loadDefault();
    index = StaticLabelIndex.build(t, enc, LabelSet.PREFERRED);
  }

  static List<String> top(String query, int k) {
    return index.nearest(enc.encode(query), k).stream().map(h -> t.concept(h.concept()).preferredLabel()).toList();
  }

  @Test
  void theCommittedTableIsTheDocumentedOne() {
    assertEquals(30_522, enc.rows());
    assertEquals(256, enc.dimension());
    assertTrue(enc.description().startsWith("distilled from all-minilm-l6-v2-q@"), enc.description());
    assertTrue(enc.description().contains("5 epochs, batch 512, Adam lr 0.001, temperature 0.1"), enc.description());
    assertEquals(13_896, index.size());
    assertEquals(13_896, index.conceptCount());
  }

  @Test
  void linksPhrasesToTheirConcepts() {
    assertEquals(List.of("JavaScript", "JavaScript Framework"), top("javascript", 2));
    assertEquals("Python (computer programming)", top("python programming", 1).get(0));
    assertEquals("work in teams", top("team work", 1).get(0));
    assertEquals("customer service", top("customer service", 1).get(0));
    assertEquals("formulate a treatment plan", top("develop treatment plans", 1).get(0));
  }

  /**
   * A bag of word pieces has no context: "well" in "works well with others" pulls towards oil wells,
   * and nothing about teamwork comes near (MiniLM does no better here, see LabelVectorIndexEscoTest).
   */
  @Test
  void aBagOfWordPiecesMissesWhatContextSays() {
    List<String> got = top("works well with others", 3);
    assertEquals("supervise well operations", got.get(0));
    assertTrue(got.stream().noneMatch(l -> l.contains("team")), got.toString());
  }
}
