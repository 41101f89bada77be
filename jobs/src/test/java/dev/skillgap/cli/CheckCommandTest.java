package dev.skillgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skillgap check}: the dry run a user makes before a weekly run, on hand-written files. */
class CheckCommandTest {

  static CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  @Test
  void aFolderIsCheckedFileByFileWithCountsReasonsAndTheMappingUsed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("careers.csv"), "Job ID;Job Title;Posted;Description\nJ1;Cook;2026-11-02;Cooks.\n"
        + "J2;Chef;31/02/2026;Leads the kitchen.\nJ3;Porter;2026-11-02\n");
    Files.writeString(dir.resolve("feed.jsonl"), "{\"@type\": \"JobPosting\", \"url\": \"https://u/1\", \"title\":"
        + " \"Cook\", \"description\": \"Cooks.\", \"datePosted\": \"2026-11-02T09:00:00+0100\"}\n");
    Files.writeString(dir.resolve("README.md"), "not a posting file");
    CliTest.Run r = run("check", "postings", dir.toString(), "--week", "2026-W48");
    assertEquals(1, r.code(), "a rejected record makes the exit code 1: " + r.err());
    List<String> lines = List.of(r.out().split("\n"));
    assertTrue(lines.get(0).startsWith("postings: 2 files, 4 records read = 2 accepted + 1 duplicates + 1 rejected;"
        + " 1 warned ("), lines.get(0));
    String csv = dir.resolve("careers.csv").toUri().toString().replace("file:///", "file:/");
    assertEquals(List.of("", csv,
        "  read 3 = accepted 2 + duplicates 0 + rejected 1; warned 1",
        "  note: delimiter ';'",
        "  note: columns id=\"Job ID\",url=,title=\"Job Title\",company=,location=,city=,region=,country=,date=Posted,"
            + "employment_type=,salary=,occupation=,text=Description",
        "  top rejected reasons:",
        "          1  row has 3 fields, header has 4 (e.g. row 3 (line 4))",
        "  top warned reasons:",
        "          1  date-invalid: Posted \"31/02/2026\" is not a date (February 2026 has 28 days): dated 2026-11-29,"
            + " the run's week (2026-W48) (e.g. row 2 (line 3))"), lines.subList(1, 10));
    assertTrue(lines.contains("  read 1 = accepted 0 + duplicates 1 + rejected 0; warned 0"), r.out());
    assertTrue(lines.contains("  note: id-from-url: 1 record"), r.out());
    assertTrue(lines.get(lines.size() - 1).endsWith("README.md (not a posting file (.md))"), r.out());
  }

  @Test
  void namedColumnsAreUsedAndJsonIsOneDocument(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("export.csv"), "Ref,Role,Text\nR1,Cook,Cooks.\n");
    CliTest.Run r = run("check", "postings", f.toString(), "--columns", "id=Ref,title=Role,text=Text", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = Json.MAPPER.readTree(r.out());
    JsonNode file = doc.get("files").get(0);
    assertEquals("1 1 0 0 1", file.get("read") + " " + file.get("accepted") + " " + file.get("duplicates") + " "
        + file.get("rejected") + " " + file.get("warned"));
    assertEquals("columns id=Ref,url=,title=Role,company=,location=,city=,region=,country=,date=,employment_type=,"
        + "salary=,occupation=,text=Text", file.get("notes").get(0).asText());
  }

  @Test
  void anUnknownFieldOrColumnIsAUsageErrorOrARejectNamingIt(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("export.csv"), "Ref,Role\nR1,Cook\n");
    CliTest.Run unknown = run("check", "postings", f.toString(), "--columns", "titel=Role");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("--columns: unknown field 'titel' for postings; its fields are id, url, title"),
        unknown.err());
    CliTest.Run missing = run("check", "postings", f.toString(), "--columns", "text=Body");
    assertEquals(1, missing.code());
    assertTrue(missing.out().contains("column \"Body\" named for text is not in the header (\"Ref\", \"Role\")"),
        missing.out());
    CliTest.Run roles = run("check", "roles", f.toString());
    assertEquals(1, roles.code());
    assertTrue(roles.out().contains("header has no occupation, text column (Ref, Role)"), roles.out());
  }

  @Test
  void learnersFromACsvOfCvsAreCheckedWithoutPrintingAnyOfTheirText(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("cvs.csv"), "Category,Resume\n"
        + "Data Science,\"Zebedee Quillfeather, zq@example.org, +44 7700 900123. Python, SQL and NaÃ¯ve Bayes.\"\n"
        + "Data Science,\"Zebedee Quillfeather, zq@example.org, +44 7700 900123. Python, SQL and NaÃ¯ve Bayes.\"\n"
        + "HR,\n");
    CliTest.Run r = run("check", "learners", f.toString(), "--columns", "target=Category");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().startsWith("learners: 1 file, 3 records read = 1 accepted + 1 duplicates + 1 rejected; 1 warned"),
        r.out());
    assertTrue(r.out().contains("note: columns id=,name=,target=Category,cv=Resume,cv_file=,skills=,badges="), r.out());
    assertTrue(r.out().contains("mojibake-repaired"), r.out());
    for (String personal : List.of("Zebedee", "Quillfeather", "zq@example.org", "7700", "Bayes")) {
      assertTrue(!r.out().contains(personal) && !r.err().contains(personal), personal + " printed");
    }
  }

  @Test
  void aCatalogueCsvShapedLikeEdxIsCheckedDryWithItsMappingAndWarnings() {
    Path edx = Path.of("..", "recommender", "src", "test", "resources", "catalog-csv", "edx-shaped.csv");
    CliTest.Run r = run("check", "catalog", edx.toString(), "--taxonomy",
        TaxonomyFixture.compiled().toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("note: dry run: skills are linked by exact name only"), r.out());
    assertTrue(r.out().contains("note: columns id=,title=title,provider=institution,"
        + "description=summary+course_description+course_syllabus,hours=,effort=course_effort,length=course_length,"
        + "cost=price,"), r.out());
    assertTrue(r.out().contains("id derived: no id column: each row's id is its url (course_url)"), r.out());
  }
}
