package dev.skillgap.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.gap.LearnerProfile.IdOrigin;
import dev.skillgap.gap.LearnerReader.Warning;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real CV export (Kaggle's "Resume Dataset": Category, Resume; licensed for evaluation only, so
 * read from the shared folder and never copied). Its CVs hold personal details: the assertions
 * here name learners by their derived ids and counts, never by CV text.
 */
class LearnerReaderRealCvTest {

  static final Path FILE = SkillgapHome.realData().resolve("resume-dataset-updated/UpdatedResumeDataSet.csv");

  static LearnerReader.Result read(ColumnMapping m) throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(FILE), FILE + " is absent: the real CV file is not checked");
    return new LearnerReader().read(FILE, m);
  }

  @Test
  void everyRowIsALearnerOrADuplicateOfOne() throws Exception {
    LearnerReader.Result r = read(ColumnMapping.parse("target=Category"));
    assertEquals(962, r.read());
    // 166 distinct CV texts, each filed under one category only, so 166 distinct (CV, target) pairs
    assertEquals(166, r.learners().size());
    assertEquals(796, r.duplicates().size());
    assertEquals(0, r.rejects().size());
    assertTrue(r.duplicates().stream().allMatch(d -> d.match() == LearnerReader.Match.SAME_CONTENT));
    assertEquals(166, r.ids(IdOrigin.DERIVED), "the file has no id column");
    assertEquals(25, r.learners().stream().map(LearnerProfile::targetRole).distinct().count());
    assertEquals(List.of(), r.warnings(Warning.NO_TARGET_ROLE));
    assertEquals(127, r.warned(), "the learners whose CV had mojibake");
  }

  @Test
  void mojibakeIsRepairedEverywhere() throws Exception {
    LearnerReader.Result r = read(ColumnMapping.parse("target=Category"));
    int repaired = 0;
    for (LearnerReader.LearnerWarning w : r.warnings(Warning.MOJIBAKE_REPAIRED)) {
      repaired += Integer.parseInt(w.message().substring(0, w.message().indexOf(' ')));
    }
    assertEquals(2929, repaired, "bullets, arrows, check marks, quotes, no-break spaces and a few accented letters");
    assertEquals(List.of(), r.warnings(Warning.MOJIBAKE_LEFT));
    for (LearnerProfile l : r.learners()) {
      for (String marker : List.of("Ã¯", "â€¢", "â\u0080¢", "Ã", "Â", "â€", "â\u0080")) {
        // the message names the learner's derived id only, never the CV
        assertTrue(!l.cvText().contains(marker), l.learnerId() + " still has " + marker);
      }
    }
  }

  @Test
  void withoutAMappingTheCvColumnIsRecognisedAndEveryLearnerLacksATarget() throws Exception {
    LearnerReader.Result r = read(ColumnMapping.NONE);
    assertEquals(List.of("Resume"), r.columns().columnsOf("cv"));
    assertEquals(List.of("Category"), r.columns().unused());
    assertEquals(166, r.learners().size());
    assertEquals(166, r.warnings(Warning.NO_TARGET_ROLE).size());
  }

  @Test
  void twentyOfTheTwentyFiveCategoriesResolveForMostLearners() throws Exception {
    LearnerReader.Result r = read(ColumnMapping.parse("target=Category"));
    RoleResolver roles = new RoleResolver(TaxonomyFixture.taxonomy());
    Set<String> resolvedCategories = new TreeSet<>();
    int resolvedLearners = 0;
    for (LearnerProfile l : r.learners()) {
      if (roles.resolve(l.targetRole()).isPresent()) {
        resolvedCategories.add(l.targetRole());
        resolvedLearners++;
      }
    }
    // Arts, Database, Sales and Testing are too general, SAP Developer names no ESCO occupation
    assertEquals(20, resolvedCategories.size(), resolvedCategories.toString());
    assertEquals(131, resolvedLearners);
  }
}
