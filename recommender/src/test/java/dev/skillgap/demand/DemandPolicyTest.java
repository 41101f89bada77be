package dev.skillgap.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Requirement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demand rules the weekly job, the command line and the evaluations share, without Spark. */
class DemandPolicyTest {

  private static ExtractedSkill skill(int concept, double score, Requirement r) {
    return new ExtractedSkill(concept, null, score, List.of(), r, List.of(), score);
  }

  @Test
  void aSkillCountsAsDemandFromTheCutOffUp() {
    assertTrue(DemandPolicy.counts(0.5));
    assertTrue(DemandPolicy.counts(0.93));
    assertFalse(DemandPolicy.counts(0.4999));
  }

  @Test
  void aPostingsDemandKeepsTheSkillsAtTheCutOffInOrderEachConceptOnce() {
    PostingSkills p = PostingSkills.of("p1", 7, LocalDate.of(2020, 10, 28), List.of(
        skill(3, 0.91, Requirement.REQUIRED), skill(5, 0.49, Requirement.REQUIRED),
        skill(9, 0.5, Requirement.PREFERRED), skill(3, 0.6, Requirement.PREFERRED)));
    assertEquals(new PostingSkills("p1", 7, LocalDate.of(2020, 10, 28), List.of(
        new PostingSkills.Asked(3, Requirement.REQUIRED, 0.91), new PostingSkills.Asked(9, Requirement.PREFERRED, 0.5))), p);
  }

  @Test
  void theWeeksThatFeedDemandAndTrendsAreTheLatestBeforeTheWeekOldestFirst() {
    List<WeekId> stored = List.of(WeekId.parse("2020-W44"), WeekId.parse("2020-W30"), WeekId.parse("2020-W43"),
        WeekId.parse("2020-W45"), WeekId.parse("2020-W40"), WeekId.parse("2020-W41"), WeekId.parse("2020-W42"),
        WeekId.parse("2020-W36"), WeekId.parse("2020-W38"), WeekId.parse("2020-W37"), WeekId.parse("2020-W43"));
    WeekId week = WeekId.parse("2020-W44");
    assertEquals(List.of("2020-W40", "2020-W41", "2020-W42", "2020-W43"),
        TrendRule.comparedWeeks(stored, week).stream().map(WeekId::toString).toList());
    assertEquals(List.of("2020-W30", "2020-W36", "2020-W37", "2020-W38", "2020-W40", "2020-W41", "2020-W42", "2020-W43"),
        DemandPolicy.demandWeeks(stored, week).stream().map(WeekId::toString).toList());
    assertEquals(List.of(), DemandPolicy.demandWeeks(stored, WeekId.parse("2020-W30")));
    assertEquals(List.of(WeekId.parse("2020-W52"), WeekId.parse("2020-W53")),
        WeekId.latestBefore(List.of(WeekId.parse("2020-W52"), WeekId.parse("2020-W53"), WeekId.parse("2021-W01")),
            WeekId.parse("2021-W01"), 2));
    assertThrows(IllegalArgumentException.class, () -> WeekId.latestBefore(stored, week, -1));
  }

  @Test
  void aPostingCountsInItsOccupationByRegionOverAllRegionsAndInAllOccupations() {
    String nurse = "http://data.europa.eu/esco/occupation/nurse";
    assertEquals(List.of(new DemandScope(nurse, "London"), new DemandScope(nurse, ""), new DemandScope("*", "")),
        DemandScope.of(nurse, "London"));
    assertEquals(List.of(new DemandScope(nurse, ""), new DemandScope("*", "")), DemandScope.of(nurse, null));
    assertEquals(List.of(new DemandScope(nurse, ""), new DemandScope("*", "")), DemandScope.of(nurse, ""));
    assertEquals(List.of(new DemandScope("", "Leeds"), new DemandScope("", ""), new DemandScope("*", "")),
        DemandScope.of(null, "Leeds"));
    assertTrue(DemandScope.of(null, null).get(1).allOccupations());
    assertFalse(DemandScope.of(nurse, null).get(0).allOccupations());
  }
}
