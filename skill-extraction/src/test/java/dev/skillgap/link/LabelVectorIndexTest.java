package dev.skillgap.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.link.LabelVectorIndex.Hit;
import dev.skillgap.link.LabelVectorIndex.LabelSet;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyBuilder;
import dev.skillgap.taxonomy.TaxonomySources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The label index on the small taxonomy fixture: build, reopen, determinism, alt labels. */
class LabelVectorIndexTest {

  static SentenceEncoder encoder;
  static Taxonomy t;

  static final List<String> QUERIES = List.of("SQL database queries", "talk to customers", "programming in python",
      "guide others", "control budgets", "speak english", "process digital data");

  @BeforeAll
  static void load() throws Exception {
    encoder = new SentenceEncoder();
    t = new TaxonomyBuilder(TaxonomySources.under(
        Path.of(LabelVectorIndexTest.class.getResource("/taxonomy-fixture").toURI()))).build();
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  static String label(Hit h) {
    return t.concept(h.concept()).preferredLabel();
  }

  @Test
  void buildsOncePerKeyAndReopensWithTheSameHits(@TempDir Path root) throws Exception {
    List<String> log = new ArrayList<>();
    List<List<Hit>> first = new ArrayList<>();
    Path dir;
    try (LabelVectorIndex index = LabelVectorIndex.openOrBuild(t, encoder, LabelSet.PREFERRED, root, log::add)) {
      assertTrue(index.wasBuilt());
      dir = index.directory();
      assertTrue(dir.getFileName().toString().startsWith("label-index-"), dir.toString());
      long esco = t.concepts().stream().filter(Concept::isEsco).count();
      assertEquals(esco, index.size());
      assertEquals(esco, index.conceptCount());
      for (int e = 0; e < index.size(); e++) {
        assertTrue(t.concept(index.concept(e)).isEsco());
        assertEquals(t.concept(index.concept(e)).preferredLabel(), index.label(e));
      }
      for (String q : QUERIES) {
        first.add(index.nearest(encoder.encode(q), 3));
      }
    }
    assertEquals(2, log.size(), log.toString());
    try (var files = Files.list(root)) {
      assertEquals(List.of(dir), files.toList(), "no temporary folders are left behind");
    }
    log.clear();
    try (LabelVectorIndex again = LabelVectorIndex.openOrBuild(t, encoder, LabelSet.PREFERRED, root, log::add)) {
      assertFalse(again.wasBuilt());
      assertEquals(dir, again.directory());
      for (int i = 0; i < QUERIES.size(); i++) {
        assertEquals(first.get(i), again.nearest(encoder.encode(QUERIES.get(i)), 3));
      }
    }
    assertEquals(List.of(), log);
  }

  @Test
  void buildingIsDeterministic(@TempDir Path a, @TempDir Path b) throws Exception {
    try (LabelVectorIndex x = LabelVectorIndex.openOrBuild(t, encoder, LabelSet.PREFERRED_AND_ALT, a, 2, s -> {});
        LabelVectorIndex y = LabelVectorIndex.openOrBuild(t, encoder, LabelSet.PREFERRED_AND_ALT, b, 1, s -> {})) {
      assertEquals(x.directory().getFileName(), y.directory().getFileName());
      assertEquals(x.size(), y.size());
      for (int e = 0; e < x.size(); e++) {
        assertEquals(x.concept(e), y.concept(e));
        assertEquals(x.label(e), y.label(e));
        assertArrayEquals(x.vector(e), y.vector(e), x.label(e));
      }
      for (String q : QUERIES) {
        float[] v = encoder.encode(q);
        assertEquals(x.nearest(v, 5), y.nearest(v, 5));
      }
    }
  }

  @Test
  void hnswWithRerankEqualsExactOnASmallSet(@TempDir Path root) throws Exception {
    try (LabelVectorIndex index = LabelVectorIndex.openOrBuild(t, encoder, LabelSet.PREFERRED_AND_ALT, root, s -> {})) {
      for (String q : QUERIES) {
        float[] v = encoder.encode(q);
        for (int k : new int[] {1, 4, 50}) {
          List<Hit> exact = index.exactNearest(v, k);
          assertEquals(Math.min(k, index.conceptCount()), exact.size());
          assertEquals(exact, index.nearest(v, k), q + " k=" + k);
          for (Hit h : exact) {
            // a hit names the entry that matched, whose stored vector gives the hit's score
            assertEquals(h.label(), index.label(h.entry()));
            assertEquals(h.concept(), index.concept(h.entry()));
            assertEquals(h.score(), index.labelSimilarity(h.entry(), v), 1e-6);
          }
        }
      }
    }
  }

  @Test
  void altLabelsAnswerForTheirConceptAndTopHitsMakeSense(@TempDir Path root) throws Exception {
    try (LabelVectorIndex pref = LabelVectorIndex.openOrBuild(t, encoder, LabelSet.PREFERRED, root, s -> {});
        LabelVectorIndex alt = LabelVectorIndex.openOrBuild(t, encoder, LabelSet.PREFERRED_AND_ALT, root, s -> {})) {
      assertNotEquals(pref.directory(), alt.directory());
      assertTrue(alt.size() > alt.conceptCount());
      assertEquals(pref.conceptCount(), alt.conceptCount());

      Hit talk = alt.nearest(encoder.encode("talk to customers"), 1).get(0);
      assertEquals("communicate with customers", label(talk));
      assertEquals("talk to customers", talk.label());
      assertEquals(1.0, talk.score(), 0.02);

      List<Hit> hits = alt.nearest(encoder.encode("talk to customers"), 20);
      assertEquals(alt.conceptCount(), hits.size(), "one hit per concept, however many labels match");
      for (int i = 1; i < hits.size(); i++) {
        assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
      }
      assertEquals("SQL", label(pref.nearest(encoder.encode("SQL database queries"), 1).get(0)));
      assertEquals("Python (computer programming)", label(pref.nearest(encoder.encode("programming in python"), 1).get(0)));
      assertEquals("manage budgets", label(pref.exactNearest(encoder.encode("control budgets"), 1).get(0)));
    }
  }

  @Test
  void rejectsBadQueries(@TempDir Path root) throws Exception {
    try (LabelVectorIndex index = LabelVectorIndex.openOrBuild(t, encoder, LabelSet.PREFERRED, root, s -> {})) {
      assertThrows(IllegalArgumentException.class, () -> index.nearest(new float[3], 1));
      assertThrows(IllegalArgumentException.class, () -> index.exactNearest(encoder.encode("x"), 0));
    }
  }

  @Test
  void rebuildsAnUnreadableIndex(@TempDir Path root) throws Exception {
    Path dir;
    try (LabelVectorIndex index = LabelVectorIndex.openOrBuild(t, encoder, LabelSet.PREFERRED, root, s -> {})) {
      dir = index.directory();
    }
    Files.writeString(dir.resolve(LabelVectorIndex.META_FILE), "key=nonsense\n");
    List<String> log = new ArrayList<>();
    try (LabelVectorIndex index = LabelVectorIndex.openOrBuild(t, encoder, LabelSet.PREFERRED, root, log::add)) {
      assertTrue(index.wasBuilt());
      assertTrue(log.get(0).contains("rebuilding"), log.toString());
      assertEquals("SQL", label(index.nearest(encoder.encode("SQL"), 1).get(0)));
    }
  }
}
