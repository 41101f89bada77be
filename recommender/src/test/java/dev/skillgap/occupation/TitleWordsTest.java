package dev.skillgap.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleWordsTest {

  @Test
  void titlesAndLabelsAreNormalisedAlike() {
    assertEquals(List.of("pediatric", "nurse"), TitleWords.of("Paediatric Nurses"));
    assertEquals(List.of("children", "nurse"), TitleWords.of("Children’s Nurse"));
    assertEquals(List.of("speech", "language", "therapist"), TitleWords.of("Speech & Language Therapist"));
    assertEquals(List.of("general", "practitioner"), TitleWords.of("G.P."), "an initialism, joined and spelled out");
    assertEquals(List.of("registered", "mental", "health", "nurse"), TitleWords.of("RMN"));
    assertEquals(List.of("program", "manager"), TitleWords.of("Programme Manager"));
    assertEquals(List.of("specialized", "doctor"), TitleWords.of("Specialty Doctor"));
  }

  @Test
  void singularKeepsWordsThatOnlyLookPlural() {
    assertEquals("vacancy", TitleWords.singular("vacancies"));
    assertEquals("class", TitleWords.singular("classes"));
    assertEquals("analysis", TitleWords.singular("analysis"));
    assertEquals("business", TitleWords.singular("business"));
  }

  @Test
  void aFieldAndItsWorkerShareAnAgentStem() {
    assertEquals(TitleWords.agent("cardiologist"), TitleWords.agent("cardiology"));
    assertEquals(TitleWords.agent("psychiatrist"), TitleWords.agent("psychiatry"));
    assertEquals(TitleWords.agent("pediatrician"), TitleWords.agent("pediatric"));
    assertEquals(TitleWords.agent("pharmacist"), TitleWords.agent("pharmacy"));
    assertEquals(TitleWords.agent("nurse"), TitleWords.agent("nursing"));
    assertEquals(TitleWords.agent("radiographer"), TitleWords.agent("radiography"));
    assertNotEquals(TitleWords.agent("physician"), TitleWords.agent("physic"), "a physician is no physicist");
    assertNotEquals(TitleWords.agent("designer"), TitleWords.agent("design"), "short words stay whole");
    assertEquals(TitleWords.modifier("financial"), TitleWords.modifier("finance"));
    assertNotEquals(TitleWords.modifier("marketing"), TitleWords.modifier("market"), "a gerund modifier names a field");
  }

  @Test
  void theHeadIsTheLastWordBeforeAPreposition() {
    assertEquals("head", TitleWords.head(TitleWords.raw("Head of Nursing")));
    assertEquals("dietitian", TitleWords.head(TitleWords.raw("Specialist Dietitians")));
  }
}
