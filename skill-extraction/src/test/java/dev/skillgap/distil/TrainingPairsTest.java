package dev.skillgap.distil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.distil.TrainingPairs.Pair;
import dev.skillgap.distil.TrainingPairs.Source;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyBuilder;
import dev.skillgap.taxonomy.TaxonomySources;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingPairsTest {

  static Taxonomy fixture() throws Exception {
    return new TaxonomyBuilder(TaxonomySources.under(
        Path.of(TrainingPairsTest.class.getResource("/taxonomy-fixture").toURI()))).build();
  }

  @Test
  void pairsEveryLabelAndDescriptionWithItsPreferredLabel() throws Exception {
    TrainingPairs p = TrainingPairs.fromTaxonomy(fixture());
    assertEquals(List.of("SQL", "Python (computer programming)", "PostgreSQL", "communicate with customers", "lead others",
        "English", "manage budgets", "digital data processing", "Tableau"), p.targets());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, p.concepts());
    assertEquals(List.of(
        new Pair("structured query language", 0, Source.ALT_LABEL),
        new Pair("Structured query language SQL", 0, Source.ALT_LABEL),
        new Pair("The computer language SQL is a query language.", 0, Source.DESCRIPTION),
        new Pair("Python", 1, Source.ALT_LABEL),
        new Pair("python programming", 1, Source.ALT_LABEL),
        new Pair("Techniques of software development in Python.", 1, Source.DESCRIPTION),
        new Pair("postgres", 2, Source.ALT_LABEL),
        new Pair("postgressql", 2, Source.HIDDEN_LABEL),
        new Pair("A database system.", 2, Source.DESCRIPTION),
        new Pair("talk to customers", 3, Source.ALT_LABEL),
        new Pair("liaise with customers", 3, Source.ALT_LABEL),
        new Pair("Respond to and communicate with customers, \"efficiently\".", 3, Source.DESCRIPTION),
        new Pair("Lead and direct others.", 4, Source.DESCRIPTION),
        new Pair("The English language.", 5, Source.DESCRIPTION),
        new Pair("control budgets", 6, Source.ALT_LABEL),
        new Pair("Plan and monitor budgets.", 6, Source.DESCRIPTION),
        new Pair("A DigComp area with a blank type.", 7, Source.DESCRIPTION),
        // Tableau has no ESCO twin: its O*NET commodity title stands for it
        new Pair("Data base user interface and query software", 8, Source.ONET_COMMODITY)), p.train());
    // one alternative label in twenty, by hash: here "guide others"
    assertEquals(List.of(new Pair("guide others", 4, Source.ALT_LABEL)), p.heldOut());
    assertEquals("alt_label 8, hidden_label 1, description 8, onet_commodity 1, teacher_linked_phrase 0, "
        + "held out 1 alternative labels and 0 phrases; 9 concepts", p.summary());
  }

  @Test
  void teacherLinkedPhrasesJoinTheirConceptsPairs() throws Exception {
    Map<String, Integer> linked = new LinkedHashMap<>();
    linked.put("experience with SQL databases", 0);
    linked.put(" writing Python scripts ", 1);
    linked.put("manage a team", 4);
    linked.put("unknown concept", 99);
    linked.put("", 2);
    TrainingPairs p = TrainingPairs.fromTaxonomy(fixture()).withTeacherLinks(linked);
    List<Pair> phrases = p.train().stream().filter(x -> x.source() == Source.TEACHER_LINKED_PHRASE).toList();
    // "manage a team" is the one in ten held out by its hash
    assertEquals(List.of(new Pair("experience with SQL databases", 0, Source.TEACHER_LINKED_PHRASE),
        new Pair("writing Python scripts", 1, Source.TEACHER_LINKED_PHRASE)), phrases);
    assertEquals(List.of(new Pair("manage a team", 4, Source.TEACHER_LINKED_PHRASE)),
        p.heldOut(Source.TEACHER_LINKED_PHRASE));
    assertEquals(List.of(new Pair("guide others", 4, Source.ALT_LABEL)), p.heldOut(Source.ALT_LABEL));
    assertEquals(20, p.train().size());
  }

  @Test
  void holdingOutDependsOnlyOnConceptAndLabel() {
    assertEquals(true, TrainingPairs.isHeldOut("http://data.europa.eu/esco/skill/lead", "guide others"));
    assertEquals(false, TrainingPairs.isHeldOut("http://data.europa.eu/esco/skill/lead", "guide Others"));
  }
}
