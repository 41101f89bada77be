package dev.skillgap.taxonomy;

import static dev.skillgap.taxonomy.ConceptKind.KNOWLEDGE;
import static dev.skillgap.taxonomy.ConceptKind.SKILL;
import static dev.skillgap.taxonomy.ConceptKind.TECHNOLOGY;
import static dev.skillgap.taxonomy.ReuseLevel.CROSS_SECTOR;
import static dev.skillgap.taxonomy.ReuseLevel.OCCUPATION_SPECIFIC;
import static dev.skillgap.taxonomy.ReuseLevel.SECTOR_SPECIFIC;
import static dev.skillgap.taxonomy.ReuseLevel.TRANSVERSAL;
import static dev.skillgap.taxonomy.ReuseLevel.UNKNOWN;
import static dev.skillgap.taxonomy.SkillType.HARD;
import static dev.skillgap.taxonomy.SkillType.SOFT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each clause of the rule, on the ancestry ESCO v1.1.1 really gives (see EscoTaxonomyTest for the named concepts). */
class HardSoftRuleTest {

  @Test
  void knowledgeAndTechnologiesAreHardWhateverTheirAncestry() {
    assertEquals(HARD, HardSoftRule.classify(KNOWLEDGE, SECTOR_SPECIFIC, Set.of("K"), false));
    assertEquals(HARD, HardSoftRule.classify(TECHNOLOGY, UNKNOWN, Set.of(), false));
    assertEquals(HARD, HardSoftRule.classify(KNOWLEDGE, TRANSVERSAL, Set.of("T4", "T"), true));
    assertEquals(HARD, HardSoftRule.classify(KNOWLEDGE, CROSS_SECTOR, Set.of("isced-f/0413", "isced-f/04", "K"), false));
  }

  @Test
  void knowledgeOfPersonalSkillsAndDevelopmentIsSoft() {
    // "assertiveness", "teamwork principles": ISCED-F 0031 personal skills and development
    assertEquals(SOFT, HardSoftRule.classify(KNOWLEDGE, SECTOR_SPECIFIC, Set.of("isced-f/0031", "isced-f/003", "K"), false));
    assertEquals(HARD, HardSoftRule.classify(KNOWLEDGE, SECTOR_SPECIFIC, Set.of("isced-f/00311", "K"), false));
  }

  @Test
  void languageSkillsAreHardThoughTransversal() {
    assertEquals(HARD, HardSoftRule.classify(SKILL, TRANSVERSAL, Set.of("L1", "L"), false));
    assertEquals(HARD, HardSoftRule.classify(SKILL, TRANSVERSAL, Set.of("T1.1", "T1", "T"), true));
  }

  @Test
  void transversalSkillsAreSoftUnlessOnlyNumericDigitalOrPhysical() {
    assertEquals(SOFT, HardSoftRule.classify(SKILL, TRANSVERSAL, Set.of("T4.4", "T4", "T"), false));
    assertEquals(SOFT, HardSoftRule.classify(SKILL, TRANSVERSAL, Set.of("T3.2", "T3", "T"), false));
    assertEquals(SOFT, HardSoftRule.classify(SKILL, TRANSVERSAL, Set.of(), false));
    assertEquals(HARD, HardSoftRule.classify(SKILL, TRANSVERSAL, Set.of("T5.1", "T5", "T"), false));
    assertEquals(HARD, HardSoftRule.classify(SKILL, TRANSVERSAL, Set.of("T1.2", "T1", "T"), false));
    assertEquals(SOFT, HardSoftRule.classify(SKILL, TRANSVERSAL, Set.of("T1.2", "T2.1", "T1", "T2", "T"), false));
  }

  @Test
  void crossSectorSkillsFollowTheirPillarAncestry() {
    // communicate with customers: S1.2.3 developing professional relationships
    assertEquals(SOFT, HardSoftRule.classify(SKILL, CROSS_SECTOR, Set.of("S1.2.3", "S1.2", "S1", "S"), false));
    // manage budgets: S4.3.1 and T1.2 -- resources and numbers, not interpersonal
    assertEquals(HARD, HardSoftRule.classify(SKILL, CROSS_SECTOR, Set.of("S4.3.1", "S4.3", "S4", "S", "T1.2", "T1", "T"), false));
    // an S-classified skill with a stray T link is decided by its S classification
    assertEquals(HARD, HardSoftRule.classify(SKILL, CROSS_SECTOR, Set.of("S2.8.1", "S2.8", "S2", "S", "T3.1", "T3", "T"), false));
    // no S classification: the transversal groups decide
    assertEquals(SOFT, HardSoftRule.classify(SKILL, CROSS_SECTOR, Set.of("T3.3", "T3", "T"), false));
    assertEquals(HARD, HardSoftRule.classify(SKILL, UNKNOWN, Set.of(), false));
  }

  @Test
  void sectorAndOccupationSpecificSkillsAreHard() {
    assertEquals(HARD, HardSoftRule.classify(SKILL, SECTOR_SPECIFIC, Set.of("S1.2", "S1", "S"), false));
    assertEquals(HARD, HardSoftRule.classify(SKILL, OCCUPATION_SPECIFIC, Set.of("T4", "T"), false));
  }

  @Test
  void groupPrefixesMatchWholeCodeSegmentsOnly() {
    assertEquals(true, HardSoftRule.underAny(Set.of("S1.2.3"), Set.of("S1.2")));
    assertEquals(false, HardSoftRule.underAny(Set.of("S1.21"), Set.of("S1.2")));
    assertEquals(false, HardSoftRule.underAny(Set.of("S1.11"), Set.of("S1.1")));
  }
}
