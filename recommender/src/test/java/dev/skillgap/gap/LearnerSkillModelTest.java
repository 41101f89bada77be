package dev.skillgap.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.catalog.CatalogFixture;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Declared skills are linked as short tags, each to its best concept when that link is kept. */
class LearnerSkillModelTest {

  @Test
  void eachDeclaredSkillGivesItsBestKeptTagLinkAtDeclaredTrust() throws Exception {
    Taxonomy t = TaxonomyFixture.taxonomy();
    LearnerSkillModel m = new LearnerSkillModel(t, CatalogFixture.extractor(), id -> List.of(), SkillImplications.load(t));
    LearnerProfile p = new LearnerProfile("L1", "", "cook", null, List.of("bookkeeping", "Power BI", "Process Mapping",
        "SQL"), List.of(), List.of());
    List<String> declared = m.skills(p, new ArrayList<>()).stream().filter(s -> s.source() == SkillSource.DECLARED)
        .map(s -> String.format(Locale.ROOT, "%s %.4f", t.concept(s.concept()).preferredLabel(), s.confidence()))
        .toList();
    // Exact names score 1 and a surface form 0.9685 (lexical-only tag scoring), times the trust 0.8 in
    // what a learner declares, strongest first (ties in taxonomy order); "Process Mapping" names nothing
    // the lexical-only extractor knows.
    assertEquals(List.of("SQL 0.8000", "accounting 0.8000", "Microsoft Power BI 0.7748"), declared);
  }
}
