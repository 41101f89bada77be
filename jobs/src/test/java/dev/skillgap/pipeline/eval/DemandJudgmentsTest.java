package dev.skillgap.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.CuratedTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemandJudgmentsTest {

  static final String WOUND = "http://data.europa.eu/esco/skill/wound-care";
  static final String KEY = "cf55f2b441593633";

  static CuratedTable.Line line(int n, String tsv) {
    String[] f = tsv.split("\t");
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].trim();
    }
    return new CuratedTable.Line(n, f);
  }

  static String error(String tsv) {
    return assertThrows(IOException.class, () -> DemandJudgments.of("t.tsv", List.of(line(7, tsv)))).getMessage();
  }

  @Test
  void readsRightAndWrongPairsWithTheirCategories() throws IOException {
    DemandJudgments j = DemandJudgments.of("t.tsv", List.of(
        line(3, "nhs\t" + KEY + "\t" + WOUND + "\tright"),
        line(4, "nhs\t" + KEY + "\tonet-tech:act\twrong\tAMBIGUOUS_WORD\tthe verb, not the CRM product"),
        line(5, "google\t0123456789abcdef\t" + WOUND + "\tright\t-\tplain")));
    assertEquals(3, j.size());
    DemandJudgment wrong = j.get(new DemandPair("nhs", KEY, "onet-tech:act")).orElseThrow();
    assertEquals(Verdict.WRONG, wrong.verdict());
    assertEquals(Optional.of(FailureCategory.AMBIGUOUS_WORD), wrong.category());
    assertEquals("the verb, not the CRM product", wrong.note());
    assertTrue(j.get(new DemandPair("nhs", KEY, WOUND)).orElseThrow().right());
    assertEquals(Optional.empty(), j.get(new DemandPair("google", KEY, WOUND)));
    assertEquals(2, j.of("nhs").size());
    assertEquals(List.of("google"), j.of(List.of("google")).stream().map(x -> x.pair().source()).toList());
  }

  @Test
  void aMalformedLineIsAnErrorNamingTheFileAndLine() {
    assertEquals("t.tsv: line 7: posting is not a 16-hex-digit posting key: CF55", error("nhs\tCF55\t" + WOUND + "\tright"));
    assertEquals("t.tsv: line 7: source is not a lower-case name: NHS", error("NHS\t" + KEY + "\t" + WOUND + "\tright"));
    assertEquals("t.tsv: line 7: concept is not an ESCO skill URI or onet-tech: id: wound care",
        error("nhs\t" + KEY + "\twound care\tright"));
    assertEquals("t.tsv: line 7: verdict is not right or wrong: yes", error("nhs\t" + KEY + "\t" + WOUND + "\tyes"));
    assertEquals("t.tsv: line 7: a wrong pair needs a category: one of [AMBIGUOUS_WORD, BENEFIT, EMPLOYER_TEXT,"
        + " NOT_ASKED, WRONG_CONCEPT, TOO_GENERIC, OTHER]", error("nhs\t" + KEY + "\t" + WOUND + "\twrong"));
    assertEquals("t.tsv: line 7: unknown category vague: one of [AMBIGUOUS_WORD, BENEFIT, EMPLOYER_TEXT, NOT_ASKED,"
        + " WRONG_CONCEPT, TOO_GENERIC, OTHER]", error("nhs\t" + KEY + "\t" + WOUND + "\twrong\tvague"));
    assertEquals("t.tsv: line 7: a right pair has no category: BENEFIT",
        error("nhs\t" + KEY + "\t" + WOUND + "\tright\tBENEFIT"));
    assertEquals("t.tsv: line 7: expected 4 to 6 columns, " + DemandJudgments.EXPECTED + ", found 7",
        error("nhs\t" + KEY + "\t" + WOUND + "\tright\t-\tnote\tWard nurse"));
    IOException twice = assertThrows(IOException.class, () -> DemandJudgments.of("t.tsv", List.of(
        line(2, "nhs\t" + KEY + "\t" + WOUND + "\tright"), line(9, "nhs\t" + KEY + "\t" + WOUND + "\twrong\tOTHER"))));
    assertEquals("t.tsv: line 9: nhs " + KEY + " " + WOUND + " judged twice", twice.getMessage());
  }

  @Test
  void aFileOfJudgementsNamesItselfInErrorsAndAFilledInExportReadsAsJudgements(@TempDir Path dir) throws IOException {
    Path short3 = dir.resolve("short.tsv");
    Files.writeString(short3, "# header\n\nnhs\t" + KEY + "\n", StandardCharsets.UTF_8);
    assertEquals(short3 + ": line 3: expected '" + DemandJudgments.EXPECTED + "'",
        assertThrows(IOException.class, () -> DemandJudgments.read(short3)).getMessage());

    // a judge's copy: the text columns after the sixth are ignored, rows not yet judged passed over
    Path filled = dir.resolve("judge-a.tsv");
    Files.writeString(filled, JudgingExport.HEADER + "\n"
        + "nhs\t" + KEY + "\t" + WOUND + "\tright\t\t\tWard nurse\tWhat you need\t[[wound care]]\twound care\tknowledge"
        + "\thard\tThe care of wounds.\n"
        + "nhs\t" + KEY + "\tonet-tech:act\t\t\t\tWard nurse\t\tbe an [[act]]ive member\tAct!\ttechnology\thard\tCRM\n",
        StandardCharsets.UTF_8);
    DemandJudgments j = DemandJudgments.read(filled);
    assertEquals(1, j.size());
    assertTrue(j.get(new DemandPair("nhs", KEY, WOUND)).orElseThrow().right());
  }

  @Test
  void theCommittedJudgementsLoad() throws IOException {
    DemandJudgments j = DemandJudgments.loadDefault();
    assertEquals(j.size(), j.of(List.of("nhs", "google")).size(), "every judgement is of a known feed");
  }
}
