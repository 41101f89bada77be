package dev.skillgap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMappingTest {

  static final CsvSchema POSTINGS = new CsvSchema("postings", List.of(
      CsvField.value("id", "the posting's id", "id", "job id", "posting id", "requisition id"),
      CsvField.value("title", "the job title", "title", "job title", "position"),
      CsvField.value("location", "where", "location", "city"),
      CsvField.text("text", "the posting's text", "description", "body", "responsibilities", "minimum qualifications",
          "preferred qualifications")));

  @Test
  void parsesTheIssuesExampleWithQuotedNamesAndSeveralColumns() {
    ColumnMapping m = ColumnMapping.parse("id=job_id,title=\"Job Title\",text=Responsibilities+\"Minimum Qualifications\"");
    assertEquals(Map.of("id", List.of("job_id"), "title", List.of("Job Title"),
        "text", List.of("Responsibilities", "Minimum Qualifications")), m.named());
    assertEquals("id=job_id,title=\"Job Title\",text=Responsibilities+\"Minimum Qualifications\"", m.toString());
  }

  @Test
  void quotedNamesMayHoldCommasPlusesAndDoubledQuotes() {
    ColumnMapping m = ColumnMapping.parse(" text = \"Pay, \"\"gross\"\" + bonus\" + Notes , id= ");
    assertEquals(List.of("Pay, \"gross\" + bonus", "Notes"), m.named().get("text"));
    assertEquals(List.of(), m.named().get("id"), "field= says the file has no such column");
  }

  @Test
  void aMappingFileTakesOneEntryPerLineWithComments(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("columns.txt");
    Files.writeString(f, "# careers export\r\ntitle = Job Title\r\ntext = Responsibilities + \"Minimum Qualifications\"\r\n\r\n");
    ColumnMapping m = ColumnMapping.fromOption(f.toString());
    assertEquals(Map.of("title", List.of("Job Title"), "text", List.of("Responsibilities", "Minimum Qualifications")),
        m.named());
    assertEquals(f.toString(), m.origin());
    assertEquals(ColumnMapping.parse("title=x"), ColumnMapping.fromOption("title=x"));
  }

  @Test
  void badSpecsAreRejectedNamingTheProblem() {
    assertEquals("--columns: 'title' is not field=column (e.g. title=\"Job Title\")",
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("title")).getMessage());
    assertEquals("--columns: field title is named twice",
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("title=a,title=b")).getMessage());
    assertEquals("--columns: the quote opened for title never closes",
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("title=\"Job")).getMessage());
    assertEquals("--columns: in title=..., put a column name holding \" in double quotes",
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("title=Job \"x\"")).getMessage());
    assertEquals("--columns: unknown field 'titel' for postings; its fields are id, title, location, text",
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("titel=x").validate(POSTINGS))
            .getMessage());
  }

  @Test
  void withoutAMappingCommonHeadersAreRecognisedAndTextColumnsAreGathered() throws Exception {
    List<String> header = List.of("Company", "Title", "Category", "Location", "Responsibilities",
        "Minimum Qualifications", "Preferred Qualifications");
    CsvColumns c = ColumnMapping.NONE.resolve(POSTINGS, header);
    assertFalse(c.has("id"));
    assertEquals(List.of("Title"), c.columnsOf("title"));
    assertEquals(List.of("Responsibilities", "Minimum Qualifications", "Preferred Qualifications"), c.columnsOf("text"));
    assertEquals(List.of("Company", "Category"), c.unused());
    List<String> row = List.of("Google", " Cloud PM ", "PM", "Dublin, Ireland", "Ship programs.", "", "MBA.");
    assertEquals("Cloud PM", c.get(row, "title"));
    assertEquals("Responsibilities:\nShip programs.\n\nPreferred Qualifications:\nMBA.", c.get(row, "text"));
    assertEquals(List.of("Ship programs.", "MBA."), c.values(row, "text"), "values come without headings");
    assertEquals(List.of(), c.values(row, "id"));
    assertNull(c.get(row, "id"));
    assertEquals("id=,title=Title,location=Location,text=Responsibilities+\"Minimum Qualifications\""
        + "+\"Preferred Qualifications\"", c.spec());
    assertEquals(List.of("id <- (no column)", "title <- \"Title\" (recognised)", "location <- \"Location\" (recognised)",
        "text <- \"Responsibilities\" + \"Minimum Qualifications\" + \"Preferred Qualifications\" (recognised)",
        "unused: \"Company\", \"Category\""), c.describe());
  }

  @Test
  void headerNamesCompareLooselyAndNamedColumnsWin() throws Exception {
    CsvColumns c = ColumnMapping.parse("title=position,text=JOB_DESCRIPTION")
        .resolve(POSTINGS, List.of("Job-ID", "Job Title", "Position", "Job Description", "Body"));
    assertEquals(List.of("Job-ID"), c.columnsOf("id"));
    assertEquals(List.of("Position"), c.columnsOf("title"), "named beats the recognised 'Job Title'");
    assertEquals(List.of("Job Description"), c.columnsOf("text"), "a named text does not gather other columns");
    assertEquals(List.of("Job Title", "Body"), c.unused());
    List<String> row = List.of("7", "x", "Nurse", "Care for patients.", "ignored");
    assertEquals("Care for patients.", c.get(row, "text"));
    assertEquals("Nurse", c.get(row, "title"));
  }

  @Test
  void textColumnsAreAlsoRecognisedByALongEnding() throws Exception {
    CsvColumns c = ColumnMapping.NONE.resolve(POSTINGS,
        List.of("Job Title", "Full Description", "Key Responsibilities", "hiringOrganization.description", "Subtext"));
    assertEquals(List.of("Full Description", "Key Responsibilities"), c.columnsOf("text"));
  }

  @Test
  void aNamedColumnMissingFromTheHeaderIsAnError() {
    ColumnMappingException e = assertThrows(ColumnMappingException.class,
        () -> ColumnMapping.parse("title=\"Job Title\"").resolve(POSTINGS, List.of("id", "name", "body")));
    assertEquals("column \"Job Title\" named for title is not in the header (\"id\", \"name\", \"body\")", e.getMessage());
  }

  @Test
  void severalColumnsOfAValueFieldJoinWithCommas() throws Exception {
    CsvColumns c = ColumnMapping.parse("location=City+Country").resolve(POSTINGS, List.of("City", "Country", "Body"));
    assertEquals("Leeds, United Kingdom", c.get(List.of("Leeds", "United Kingdom", "x"), "location"));
    assertEquals("United Kingdom", c.get(List.of(" ", "United Kingdom", "x"), "location"));
    assertEquals("", c.get(List.of("", ""), "location"), "a short row reads empty cells");
    assertTrue(c.has("text"));
  }

  @Test
  void delimiterIsSniffedFromTheHeaderAndTheRecords() {
    assertEquals(',', CsvDialect.delimiter("id,title,text\n1,a,\"x; y; z\"\n2,b,c\n"));
    assertEquals(';', CsvDialect.delimiter("id;title;text\n1;a;\"x, y, z\"\n2;b,c;d\n"));
    assertEquals('\t', CsvDialect.delimiter("id\ttitle\ttext\n1\ta, b\tc\n"));
    assertEquals('|', CsvDialect.delimiter("id|title\n1|a\n"));
    assertEquals(',', CsvDialect.delimiter("just one column\nvalue\n"));
    assertEquals(',', CsvDialect.delimiter(""));
  }
}
