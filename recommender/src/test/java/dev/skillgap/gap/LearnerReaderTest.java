package dev.skillgap.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.gap.LearnerProfile.IdOrigin;
import dev.skillgap.gap.LearnerReader.LearnerDuplicate;
import dev.skillgap.gap.LearnerReader.LearnerReject;
import dev.skillgap.gap.LearnerReader.LearnerWarning;
import dev.skillgap.gap.LearnerReader.Match;
import dev.skillgap.gap.LearnerReader.Warning;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.io.ColumnMappingException;
import dev.skillgap.io.PersonalData;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.io.TextDecoding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The people in these files are invented: example.com addresses and Ofcom's drama numbers (07700 900xxx). */
class LearnerReaderTest {

  static final String R = PersonalData.MARK;

  @Test
  void readsTheSampleLearnersWithTheirOddlyEncodedCvs() throws Exception {
    LearnerReader.Result r = new LearnerReader().read(SkillgapHome.dataSamples().resolve("learners/learners.jsonl"));
    assertEquals("jsonl", r.format());
    assertEquals(66, r.read());
    assertEquals(65, r.learners().size());
    assertEquals(List.of(), r.duplicates());
    assertEquals(1, r.rejects().size(), "L066 has no CV, no declared skills and no badges");
    LearnerReject l066 = r.rejects().get(0);
    assertEquals("line 66", l066.entry());
    assertEquals("no CV text, declared skills or badges: nothing to measure the learner's skills from", l066.reason());
    Map<String, LearnerProfile> by = r.learners().stream().collect(Collectors.toMap(LearnerProfile::learnerId, Function.identity()));
    assertEquals(List.of("CV file read as Windows-1252"), by.get("L012").notes());
    assertTrue(by.get("L012").cvText().contains("£") || by.get("L012").cvText().contains("é"));
    assertEquals(List.of("CV file read as UTF-16LE"), by.get("L018").notes());
    assertEquals(List.of("CV file read as UTF-8 with 3 Windows-1252 bytes"), by.get("L034").notes());
    assertTrue(by.get("L007").notes().isEmpty(), "a UTF-8 BOM is normal");
    assertEquals(List.of("CV file not found; skills come from declared skills and badges only"), by.get("L065").notes());
    assertNull(by.get("L025").cvText());
    assertEquals("dragon tamer", by.get("L063").targetRole());
    assertEquals("http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30", by.get("L004").targetRole(),
        "an ESCO URI is no link to redact");
    assertEquals(List.of(Warning.NO_TARGET_ROLE), kinds(r, "L064"));
    assertEquals(List.of(), r.warnings(Warning.MOJIBAKE_REPAIRED), "the samples' accents are not mojibake");
    assertEquals(65, r.ids(IdOrigin.GIVEN));
    assertEquals(8, r.warned(), "six CVs decoded (L012, L018, L029, L031, L034, L038), L064 without role, L065 without CV");
  }

  @Test
  void badJsonLinesAreRejectedWithoutQuotingThemAndDuplicatesCounted(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("l.jsonl");
    Files.writeString(f, "{\"learnerId\": \"A\", \"targetRole\": \"cook\", \"declaredSkills\": [\"knife skills\"]}\n"
        + "{Quinta Verbruggen\n\n{\"name\": \"no id\", \"badges\": [\"b1\"]}\n"
        + "{\"learnerId\": \"A\", \"targetRole\": \"chef\", \"badges\": [\"b1\"]}\n[1]\n", StandardCharsets.UTF_8);
    LearnerReader.Result r = new LearnerReader().read(f);
    assertEquals(2, r.learners().size());
    assertEquals("cook", r.learners().get(0).targetRole());
    assertEquals(IdOrigin.DERIVED, r.learners().get(1).idOrigin(), "no id: one is derived");
    assertEquals(List.of(new LearnerReject(f.toString(), 2, "not valid JSON at column 2", "line 2"),
        new LearnerReject(f.toString(), 6, "not a JSON object", "line 6")), r.rejects());
    assertEquals(List.of(new LearnerDuplicate(f.toString(), 5, "line 5", "A", "A", Match.SAME_ID)), r.duplicates());
    assertEquals(5, r.read());
    assertEquals(r.read(), r.learners().size() + r.rejects().size() + r.duplicates().size());
  }

  /** Semicolons, a BOM, a quoted multi-line CV, mojibake, missing ids, duplicates, an id that is an e-mail address. */
  static final String SEMICOLON_CSV = "\uFEFFLearner ID;Name;Desired role;CV text;Skills;Badges\r\n"
      + "A1;Quinta Verbruggen;data analyst;\"Quinta Verbruggen\r\nEmail: quinta@example.com; tel 07700 900461\r\n"
      + "SQL; Excel\";SQL|Excel, Power BI;nda-sql nda-excel\r\n"
      + ";Ruud Ample;Data Analyst;\"Python, pandas. NaÃ¯ve Bayes â€¢ SQL\";;\r\n"
      + ";Ruud Ample;data analyst ;\"Python,   pandas.\r\nNaÃ¯ve Bayes â€¢ SQL \";;\r\n"
      + "A1;Someone Else;cook;Knife skills;;\r\n"
      + "A2;;nurse;;;\r\n"
      + ";;;;;\r\n"
      + "A3;;;Bookkeeping and payroll;;\r\n"
      + "quinta@example.com;;cook;Food hygiene;;\r\n";

  @Test
  void aSemicolonCsvOfCvsReadsWithRecognisedHeaders(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("cvs.csv");
    Files.writeString(f, SEMICOLON_CSV, StandardCharsets.UTF_8);
    LearnerReader.Result r = new LearnerReader().read(f);
    assertEquals("csv", r.format());
    assertEquals("UTF-8 (BOM)", r.encoding());
    assertEquals(List.of("id <- \"Learner ID\" (recognised)", "name <- \"Name\" (recognised)",
        "target <- \"Desired role\" (recognised)", "cv <- \"CV text\" (recognised)", "cv_file <- (no column)",
        "skills <- \"Skills\" (recognised)", "badges <- \"Badges\" (recognised)", "language <- (no column)"), r.columns().describe());

    // SHA-256 of the CV (blanks as one space), target role, skills and badges; of the e-mail address
    String ruud = "learner-af86a1b95058";
    String quinta = "learner-dadf66480915";
    String repaired = "2 characters garbled by an earlier wrong decoding (such as \u201c\u00c3\u00a9\u201d for \u201c\u00e9\u201d)"
        + " repaired";
    assertEquals(List.of(
        // the learner's own name goes from the CV as the contact details do
        new LearnerProfile("A1", "Quinta Verbruggen", "data analyst", R + " " + R + "\r\nEmail: " + R + "; tel " + R
            + "\r\nSQL; Excel", List.of("SQL", "Excel", "Power BI"), List.of("nda-sql", "nda-excel"), List.of(),
            IdOrigin.GIVEN),
        new LearnerProfile(ruud, "Ruud Ample", "Data Analyst", "Python, pandas. Naïve Bayes • SQL", List.of(), List.of(),
            List.of(repaired), IdOrigin.DERIVED),
        new LearnerProfile("A3", "", "", "Bookkeeping and payroll", List.of(), List.of(), List.of(), IdOrigin.GIVEN),
        new LearnerProfile(quinta, "", "cook", "Food hygiene", List.of(), List.of(),
            List.of("the learner id was an e-mail address or phone number; " + quinta + " stands for it"),
            IdOrigin.PSEUDONYMISED)), r.learners());
    assertEquals(List.of(new LearnerDuplicate(f.toString(), 6, "row 4 (line 6)", ruud, ruud, Match.SAME_CONTENT),
        new LearnerDuplicate(f.toString(), 8, "row 5 (line 8)", "A1", "A1", Match.SAME_ID)), r.duplicates());
    assertEquals(List.of(new LearnerReject(f.toString(), 9, "no CV text, declared skills or badges: nothing to measure "
        + "the learner's skills from", "row 6 (line 9)")), r.rejects());
    assertEquals(7, r.read(), "the blank row is not an entry");
    assertEquals(r.read(), r.learners().size() + r.duplicates().size() + r.rejects().size());
    assertEquals(List.of(Warning.MOJIBAKE_REPAIRED), kinds(r, ruud));
    assertEquals(List.of(Warning.NO_TARGET_ROLE), kinds(r, "A3"));
    assertEquals(List.of(Warning.ID_PSEUDONYMISED), kinds(r, quinta));
    assertEquals(3, r.warned());
    assertFalse(r.learners().toString().contains("quinta@") || r.learners().toString().contains("900461"));
  }

  @Test
  void aDerivedIdIsTheSameFromWeekToWeekAndOnlyTheContentChangesIt(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(a, "cv,target\n\"Welding, MIG and TIG\",welder\n");
    Files.writeString(b, "target,cv,name\nwelder,\"Welding, MIG and TIG\",Someone Else\nwelder,\"Welding, MIG\",x\n");
    String first = new LearnerReader().read(a).learners().get(0).learnerId();
    List<LearnerProfile> again = new LearnerReader().read(b).learners();
    assertEquals(first, again.get(0).learnerId(), "column order and the name do not matter");
    assertFalse(first.equals(again.get(1).learnerId()));
  }

  @Test
  void aWindows1252CsvWithAColumnMappingAndAFileOfCvs(@TempDir Path dir) throws Exception {
    Charset cp1252 = Charset.forName("windows-1252");
    Files.createDirectories(dir.resolve("cv"));
    Files.write(dir.resolve("cv/B2.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'S', 0, 'Q', 0, 'L', 0});
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(("Ref,Category,Resume,Attachment\r\nB1,Caf\u00e9 Manager,\"Ran a caf\u00e9 \u2013 budget \u00a3200k,"
        + " it\u2019s busy\",\r\nB2,Data Science,,cv/B2.txt\r\nB3,Arts,,cv/missing.txt\r\n").getBytes(cp1252));
    Path f = dir.resolve("export.csv");
    Files.write(f, bytes.toByteArray());
    LearnerReader.Result r = new LearnerReader().read(f, ColumnMapping.parse("id=Ref,target=Category,cv_file=Attachment"));
    assertEquals("Windows-1252", r.encoding());
    assertEquals("id=Ref,name=,target=Category,cv=Resume,cv_file=Attachment,skills=,badges=,language=", r.columns().spec());
    assertEquals(List.of(
        new LearnerProfile("B1", "", "Café Manager", "Ran a café – budget £200k, it’s busy", List.of(), List.of(),
            List.of()),
        new LearnerProfile("B2", "", "Data Science", "SQL", List.of(), List.of(), List.of("CV file read as UTF-16LE"))),
        r.learners());
    assertEquals(List.of(new LearnerReject(f.toString(), 4, "CV file not found, and no CV text, declared skills or "
        + "badges: nothing to measure the learner's skills from", "row 4")), r.rejects());
  }

  @Test
  void withoutAMappingCategoryIsNotTakenForTheTargetRole(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("resumes.csv");
    Files.writeString(f, "Category,Resume\nHR,\"Recruitment, onboarding\"\n");
    LearnerReader.Result r = new LearnerReader().read(f);
    assertEquals("", r.learners().get(0).targetRole());
    assertEquals(List.of(Warning.NO_TARGET_ROLE), kinds(r, r.learners().get(0).learnerId()));
    assertEquals("unused: \"Category\"", r.columns().describe().get(8));
    assertEquals("HR", new LearnerReader().read(f, ColumnMapping.parse("target=Category")).learners().get(0).targetRole());
  }

  @Test
  void aTsvAndAJsonArrayRead(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("l.tsv");
    Files.writeString(tsv, "id\ttarget role\tdeclared skills\nT1\tcook\tknife skills; food hygiene\n");
    assertEquals(List.of(new LearnerProfile("T1", "", "cook", null, List.of("knife skills", "food hygiene"), List.of(),
        List.of())), new LearnerReader().read(tsv).learners());
    Path json = dir.resolve("l.json");
    Files.writeString(json, "[\n  {\"learnerId\": \"J1\", \"declaredSkills\": [\"SQL\"]},\n  \"oops\",\n"
        + "  {\"learnerId\": \"J1\", \"badges\": [\"b\"]}\n]\n");
    LearnerReader.Result r = new LearnerReader().read(json);
    assertEquals("json", r.format());
    assertEquals(List.of("J1"), r.learners().stream().map(LearnerProfile::learnerId).toList());
    assertEquals(List.of(new LearnerReject(json.toString(), 3, "not a JSON object", "entry 2 (line 3)")), r.rejects());
    assertEquals("entry 3 (line 4)", r.duplicates().get(0).entry());
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[{\"learnerId\": \"J1\", \"declaredSkills\": [\"Quinta\"]}, {\"learnerId\": Quinta}]");
    java.io.IOException e = assertThrows(java.io.IOException.class, () -> new LearnerReader().read(broken));
    assertEquals(broken + ": not valid JSON at column 67 (line 1)", e.getMessage(), "the bad token is not quoted");
    Path one = dir.resolve("one.json");
    Files.writeString(one, "{\n  \"learnerId\": \"P1\",\n  \"targetRole\": \"cook\",\n  \"declaredSkills\": [\"knife skills\"]\n}\n");
    LearnerReader.Result single = new LearnerReader().read(one);
    assertEquals(List.of("P1 cook [knife skills]"), single.learners().stream()
        .map(l -> l.learnerId() + " " + l.targetRole() + " " + l.declaredSkills()).toList(),
        "one pretty-printed learner is one learner, not a reject per line");
    assertEquals(List.of(), single.rejects());
  }

  @Test
  void mappingsThatDoNotFitTheFileAreErrorsNamingIt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.csv");
    Files.writeString(f, "Category,Notes\nHR,likes people\n");
    ColumnMappingException none = assertThrows(ColumnMappingException.class,
        () -> new LearnerReader().read(f, ColumnMapping.NONE));
    assertEquals(f + ": no column gives a CV, CV file, skills or badges (header [Category, Notes]); name the CV column, "
        + "e.g. cv=\"Notes\"", none.getMessage());
    assertEquals(f + ": column \"Resume\" named for cv is not in the header (\"Category\", \"Notes\")",
        assertThrows(ColumnMappingException.class, () -> new LearnerReader().read(f, ColumnMapping.parse("cv=Resume")))
            .getMessage());
    assertTrue(assertThrows(java.io.IOException.class, () -> new LearnerReader().read(f)).getMessage()
        .startsWith(f + ": no column gives a CV"), "read(Path) says the same as an IOException");
    Path jsonl = dir.resolve("x.jsonl");
    Files.writeString(jsonl, "{}\n");
    assertThrows(IllegalArgumentException.class, () -> new LearnerReader().read(jsonl, ColumnMapping.parse("cv=x")));
    Path headless = dir.resolve("headless.csv");
    Files.writeString(headless, "HR,\"Quinta Verbruggen\nRecruitment and onboarding for a retail chain, payroll, "
        + "employee relations, interviewing and HR policies across twelve stores\"\n");
    java.io.IOException noHeader = assertThrows(java.io.IOException.class, () -> new LearnerReader().read(headless));
    assertEquals(headless + ": the first row is not a header (a cell of 143 characters over several lines); a "
        + "learners CSV needs a header row naming its columns", noHeader.getMessage(), "and quotes no CV");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "\n\n");
    assertEquals(empty + ": empty file, expected a header row",
        assertThrows(java.io.IOException.class, () -> new LearnerReader().read(empty)).getMessage());
  }

  @Test
  void listCellsSplitOnBarsSemicolonsLineBreaksAndCommasOutsideBrackets() {
    assertEquals(List.of("Python", "SQL", "Microsoft Office (Word, Excel)", "team work"),
        LearnerReader.split("Python | SQL; Microsoft Office (Word, Excel)\nteam work, ", true));
    assertEquals(List.of("nda-sql", "https://x.example/a", "b"), LearnerReader.split("nda-sql https://x.example/a,b", false));
    assertEquals(List.of(), LearnerReader.split(" ;| ", true));
    assertEquals(List.of(), LearnerReader.split(null, true));
  }

  @Test
  void decodingPicksTheEncoding() {
    assertEquals("café", TextDecoding.decode(new byte[] {'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9}).text());
    TextDecoding.Decoded cp = TextDecoding.decode(new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xA3, '5'});
    assertEquals("café £5", cp.text());
    assertEquals("Windows-1252", cp.encoding());
    assertEquals("hi", TextDecoding.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0}).text());
    TextDecoding.Decoded mixed = TextDecoding.decode(new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0x96});
    assertEquals("é–", mixed.text());
    assertEquals("UTF-8 with 1 Windows-1252 byte", mixed.encoding());
  }

  @Test
  void theLearnersOwnNameGoesFromTheIdTargetSkillsAndBadgesAndAPhoneNumberIsNotCutIntoBadges(@TempDir Path dir)
      throws Exception {
    Path f = Files.writeString(dir.resolve("learners.csv"), "Learner ID,Full name,Target role,Skills,Badges\n"
        + "Bartholomew Okonkwo,Bartholomew Okonkwo,\"nurse (Bartholomew, 07700 900456)\",SQL;Okonkwo,"
        + "okonkwo-sql 07700 900456 nda-sql\n");
    LearnerReader.Result r = new LearnerReader().read(f);
    String id = "learner-" + LearnerReader.hash("Bartholomew Okonkwo");
    assertEquals(List.of(new LearnerProfile(id, "Bartholomew Okonkwo", "nurse (" + R + ", " + R + ")", null,
        List.of("SQL"), List.of(R + "-sql", R, "nda-sql"),
        List.of("the learner id held the learner's name; " + id + " stands for it"), IdOrigin.PSEUDONYMISED)),
        r.learners());
  }

  @Test
  void anOccupationsUriOrCodeIsKeptWholeWhileLinksAndNumbersInATargetAreRedacted(@TempDir Path dir) throws Exception {
    String uri = "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30";
    Path f = Files.writeString(dir.resolve("learners.csv"), "id,target,cv\n"
        + "a," + uri + ",SQL\nb,15-2051.00,SQL\nc, 15-2051 ,SQL\nd,https://www.linkedin.com/in/someone,SQL\n"
        + "e,analyst 07700 900456,SQL\nf," + uri + "/x,Excel\n");
    assertEquals(List.of(uri, "15-2051.00", "15-2051", R, "analyst " + R, R),
        new LearnerReader().read(f).learners().stream().map(LearnerProfile::targetRole).toList());
  }

  static List<Warning> kinds(LearnerReader.Result r, String learnerId) {
    return r.warnings().stream().filter(w -> w.learnerId().equals(learnerId)).map(LearnerWarning::kind).toList();
  }
}
