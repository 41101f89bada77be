package dev.skillgap.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.SkillgapHome;
import dev.skillgap.link.LabelVectorIndex.Hit;
import dev.skillgap.link.LabelVectorIndex.LabelSet;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomySources;
import dev.skillgap.taxonomy.TaxonomyStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The label index over the real ESCO v1.1.1 preferred labels. Built once per class into
 * {@code target/link-cache} (about 20 s on two cores the first time; later runs reopen it in well
 * under a second).
 */
class LabelVectorIndexEscoTest {

  static SentenceEncoder encoder;
  static Taxonomy t;
  static LabelVectorIndex index;

  @BeforeAll
  static void build() throws Exception {
    encoder = new SentenceEncoder();
    t = TaxonomyStore.open(SkillgapHome.defaultCompiledTaxonomy(),
        TaxonomySources.under(SkillgapHome.defaultTaxonomySources()), s -> {});
    long t0 = System.nanoTime();
    index = LabelVectorIndex.openOrBuild(t, encoder, LabelSet.PREFERRED, Path.of("target", "link-cache"), s -> {});
    System.out.printf("[link] ESCO label index %s in %.1f s (%d labels)%n", index.wasBuilt() ? "built" : "reopened",
        (System.nanoTime() - t0) / 1e9, index.size());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
    encoder.close();
  }

  static List<String> top(String query, int k) {
    return index.nearest(encoder.encode(query), k).stream().map(h -> t.concept(h.concept()).preferredLabel()).toList();
  }

  @Test
  void indexesEveryEscoPreferredLabel() {
    assertEquals(13_896, index.size());
    assertEquals(13_896, index.conceptCount());
  }

  /**
   * all-MiniLM-L6-v2 does not put "work in teams" in the top 15 for "works well with others" (its
   * nearest are "advise others" and "cooperate with colleagues", the latter an ESCO alternative
   * label of "work in teams"); closer wordings do find it.
   */
  @Test
  void worksWellWithOthersIsTeamwork() {
    List<String> top = top("works well with others", 5);
    assertTrue(top.contains("cooperate with colleagues"), top.toString());
    for (String q : List.of("team player", "teamwork", "working in a team")) {
      assertTrue(top(q, 5).contains("work in teams"), q + ": " + top(q, 5));
    }
  }

  @Test
  void keepCustomersHappyIsCustomerService() {
    List<String> top = top("keep customers happy", 5);
    Set<String> customerService = Set.of("customer service", "provide customer service", "maintain customer service",
        "ensure customer satisfaction", "guarantee customer satisfaction", "customer relationship management",
        "maintain relationship with customers");
    assertTrue(top.stream().anyMatch(customerService::contains), top.toString());
  }

  @Test
  void technologiesFindTheirConcepts() {
    assertEquals("SQL", top("SQL", 1).get(0));
    assertTrue(top("python programming", 3).contains("Python (computer programming)"), top("python programming", 3).toString());
  }

  @Test
  void hnswWithRerankAgreesWithExactOnTheTopHit() {
    for (String q : List.of("works well with others", "keep customers happy", "budget planning", "forklift driving",
        "data analysis in spreadsheets", "nursing care for elderly patients")) {
      float[] v = encoder.encode(q);
      Hit approx = index.nearest(v, 1).get(0);
      Hit exact = index.exactNearest(v, 1).get(0);
      assertEquals(exact, approx, q);
    }
  }
}
