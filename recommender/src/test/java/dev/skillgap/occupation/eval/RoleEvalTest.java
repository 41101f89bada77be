package dev.skillgap.occupation.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.CuratedTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleEvalTest {

  static final String NURSE = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";

  static RoleJudgments judgments(String text) throws IOException {
    List<CuratedTable.Line> lines = new ArrayList<>();
    String[] rows = text.split("\n");
    for (int i = 0; i < rows.length; i++) {
      if (!rows[i].startsWith("#")) {
        lines.add(new CuratedTable.Line(i + 1, rows[i].split("\t")));
      }
    }
    return RoleJudgments.of("test", lines);
  }

  @Test
  void titlesThatDifferOnlyInCaseAndPunctuationShareAKey() {
    assertEquals("staff nurse band 5", TitleKey.normalise("  Staff Nurse (Band 5) "));
    assertEquals(TitleKey.hash("Staff Nurse (Band 5)"), TitleKey.hash("staff nurse - band 5"));
    assertNotEquals(TitleKey.hash("Staff Nurse"), TitleKey.hash("Staff Nurses"));
    // SHA-256("staff nurse") begins so: the key must stay stable, or the committed judgements detach
    assertEquals(TitleKey.sha256("staff nurse").substring(0, 16), TitleKey.hash("STAFF NURSE"));
    assertTrue(TitleKey.hash("x").matches("[0-9a-f]{16}"));
  }

  @Test
  void theIngestsTitleCleaningIsApplied() {
    assertEquals("Head & Neck Nurse", RealTitles.clean("Head &amp; Neck\n Nurse"));
    assertEquals("Social Worker - Children's Services", RealTitles.clean("Social Worker - Children&#39;s Services"));
  }

  @Test
  void aSampleIsSeededDistinctAndExtendsTheSmallerOne() {
    List<String> titles = List.of("Nurse", "nurse", "Porter", "Midwife", "Radiographer", "GP", "Dietitian");
    List<String> five = TitleSample.draw(titles, 5, 7);
    assertEquals(5, five.size());
    assertEquals(five, TitleSample.draw(titles, 5, 7));
    assertEquals(five.subList(0, 3), TitleSample.draw(titles, 3, 7));
    assertEquals(6, TitleSample.draw(titles, 10, 7).size(), "Nurse and nurse are one title");
    assertNotEquals(TitleSample.draw(titles, 6, 7), TitleSample.draw(titles, 6, 8));
  }

  @Test
  void judgementsParseAndBadLinesAreNamed() throws IOException {
    RoleJudgments j = judgments("# comment\nnhs\t0123456789abcdef\t" + NURSE + "|" + NURSE.replace("8d3e", "0000")
        + "\tstaff nurse\ngoogle\tfedcba9876543210\tnone\tno occupation named\n");
    assertEquals(2, j.get("nhs", "0123456789abcdef").orElseThrow().occupations().size());
    assertTrue(j.get("google", "fedcba9876543210").orElseThrow().none());
    assertTrue(j.get("nhs", "fedcba9876543210").isEmpty());
    assertEquals(1, j.of("google").size());
    IOException e = assertThrows(IOException.class, () -> judgments("nhs\t0123\tnone\tshort hash\n"));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    assertThrows(IOException.class, () -> judgments("nhs\t0123456789abcdef\tnurse\tnot a URI\n"));
    assertThrows(IOException.class, () -> judgments("nhs\t0123456789abcdef\tnone\ta\nnhs\t0123456789abcdef\tnone\tb\n"));
  }

  @Test
  void theCommittedJudgementsLoad() throws IOException {
    RoleJudgments j = RoleJudgments.loadDefault();
    assertTrue(j.of("nhs").size() >= 150, "at least 150 judged NHS titles");
    assertTrue(j.of("google").size() >= 100, "at least 100 judged Google titles");
  }

  @Test
  void nearMeansOneEscoCodeExtendsTheOther() {
    assertTrue(RoleEvaluator.related("2269.8", "2269.8.1"));
    assertTrue(RoleEvaluator.related("2262.1.2.1", "2262.1"));
    assertFalse(RoleEvaluator.related("2221.1", "2221.2"), "siblings are not near");
    assertFalse(RoleEvaluator.related("2269.1", "2269.10"), "a code is not a prefix of its sibling's digits");
    assertFalse(RoleEvaluator.related("2269.8", "2269.8"));
  }
}
