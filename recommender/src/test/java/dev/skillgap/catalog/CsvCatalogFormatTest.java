package dev.skillgap.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.skillgap.io.ColumnMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written CSV fixtures in src/test/resources/catalog-csv, shaped like real exports. */
class CsvCatalogFormatTest {

  static Path csv(String name) {
    return CatalogReaderEdgeTest.resource("catalog-csv").resolve(name);
  }

  static Catalog read(String name) throws IOException {
    return CatalogFixture.reader().read(List.of(csv(name)));
  }

  static List<String> warnings(Catalog c, String entry) {
    return c.warnings().stream().filter(w -> w.entry().equals(entry)).map(CatalogWarning::message).toList();
  }

  static Catalog.FileCounts counts(Catalog c) {
    return c.countsByFile().values().iterator().next();
  }

  @Test
  void anEdxExportLoadsWithoutAMapping() throws IOException {
    Catalog c = read("edx-shaped.csv");
    assertEquals(new Catalog.FileCounts(4, 3, 1, 0, 1, 2), counts(c));
    assertEquals("id=,title=title,provider=institution,description=summary+course_description+course_syllabus,hours=,"
        + "effort=course_effort,length=course_length,cost=price,currency=,paid=,level=Level,format=,url=course_url,"
        + "language=language,subject=subject,skills=",
        c.csvColumns().values().iterator().next().spec());
    assertEquals(List.of("id derived: no id column: each row's id is its url (course_url), else a hash of its title,"
        + " provider and description"), warnings(c, CatalogWarning.FILE));

    Credential sql = c.find("https://courses.example/course/sql-for-analysts").orElseThrow();
    assertEquals("Databases and SQL for Analysts", sql.title());
    assertEquals("Northbridge University", sql.provider());
    assertEquals("Query relational databases with SQL.\n\nLearn to write SQL queries, join tables and design a database"
        + " schema.\n\nWeek 1 - SELECT. Week 2 - Joins.", sql.description());
    assertEquals(15.0, sql.hours(), "2.5 h a week for 6 weeks");
    assertEquals(49.0, sql.cost(), "the verified certificate's price");
    assertEquals("USD", sql.currency());
    assertEquals(Level.FOUNDATION, sql.level());
    assertEquals("https://courses.example/course/sql-for-analysts", sql.url());
    assertEquals("csv", sql.sourceFormat());
    assertEquals(List.of(), warnings(c, "row 1"));

    Credential pm = c.find("https://courses.example/course/pm-basics").orElseThrow();
    assertEquals(32.0, pm.hours(), "4 h a week for 8 weeks");
    assertEquals(99.0, pm.cost());
    assertEquals(Level.INTERMEDIATE, pm.level());

    Credential stats = c.find("https://courses.example/course/stats").orElseThrow();
    assertNull(stats.hours());
    assertEquals(0.0, stats.cost(), "audit for free");
    assertEquals(Level.ADVANCED, stats.level());
    assertEquals(List.of("hours incomplete: '1 - 3 Months' is a calendar length, which gives no learning hours without an"
        + " effort per week; 'about four hours a week' gives no figure this reader understands"), warnings(c, "row 4"));

    assertEquals(List.of(new CatalogDuplicate(csv("edx-shaped.csv").toString(), "row 3",
        "https://courses.example/course/sql-for-analysts", csv("edx-shaped.csv").toString())), c.duplicates());
  }

  @Test
  void aUdemyExportLoadsWithoutAMappingAndInventsNoCurrency() throws IOException {
    Catalog c = read("udemy-shaped.csv");
    assertEquals(new Catalog.FileCounts(4, 2, 1, 1, 1, 2), counts(c));
    Credential py = c.find("9001").orElseThrow();
    assertEquals("Complete Python Programming Course", py.title());
    assertEquals(1.5, py.hours());
    assertEquals(200.0, py.cost());
    assertEquals("", py.currency());
    assertEquals(Level.UNKNOWN, py.level(), "All Levels");
    assertEquals("https://learn.example/python-course/", py.url());
    Credential excel = c.find("9002").orElseThrow();
    assertEquals(0.0, excel.cost(), "is_paid False");
    assertNull(excel.hours());
    assertEquals(Level.FOUNDATION, excel.level());
    assertEquals(List.of("hours not read: '0.0' is no learning time; the hours are left unknown"), warnings(c, "row 2"));
    assertEquals(List.of("no currency: no currency column, and 1 loaded price(s) name no currency of their own; they"
        + " are kept without one"), warnings(c, CatalogWarning.FILE));
    assertEquals("row 3", c.duplicates().get(0).entry());
    assertEquals(List.of("row 4 negative cost: '-20' is negative"),
        c.rejects().stream().map(r -> r.entry() + " " + r.reason()).toList());
  }

  @Test
  void aSemicolonWindows1252ExportWithoutIdsLoads() throws IOException {
    Catalog c = read("excel-export.csv");
    assertEquals(List.of("encoding: the file is not plain UTF-8; it was read as Windows-1252",
        "id derived: no id column: each row's id is its url, else a hash of its title, provider and description",
        "no currency: no currency column, and 1 loaded price(s) name no currency of their own; they are kept without"
            + " one"), warnings(c, CatalogWarning.FILE));
    Credential books = c.credentials().stream().filter(x -> x.title().equals("Bookkeeping Basics")).findFirst()
        .orElseThrow();
    assertEquals(CsvCatalogFormat.contentId("Bookkeeping Basics", "Ledger College", ""), books.id());
    assertEquals(30.0, books.hours(), "3 hrs/week for 10 weeks");
    assertEquals(120.0, books.cost());
    assertEquals(List.of("id derived: no id and no url: the id " + books.id() + " is a hash of the title, provider and"
        + " description"), warnings(c, "row 2"));
    // "bookkeeping" is the alternative label of one concept only; "Microsoft Excel" an O*NET name: exact tags.
    assertEquals(List.of("TAG accounting 1.0 bookkeeping", "TAG Microsoft Excel 1.0 Microsoft Excel"),
        books.skills().stream().map(s -> s.source() + " " + s.label() + " " + s.confidence() + " " + s.tag()).toList());
    assertEquals(List.of("row 1 no usable skill: none of its 1 alignment(s) and tag(s) links to a skill of the taxonomy"
        + " ('food safety'), no skill could be inferred from the title and description"),
        c.rejects().stream().map(r -> r.entry() + " " + r.reason()).toList());
  }

  @Test
  void namedColumnsWinAndAFileWithoutThemIsRejectedWhole() throws IOException {
    ColumnMapping m = ColumnMapping.parse("title=\"Programme Title\",cost=Charge,description=Notes,skills=Topics");
    Catalog c = CatalogFixture.reader().read(List.of(csv("named-columns.csv"), csv("udemy-shaped.csv")), m);
    Credential p = c.credentials().get(0);
    assertEquals("Spreadsheet Skills", p.title());
    assertEquals("Use spreadsheets software for budgets.", p.description());
    assertEquals(1200.0, p.cost());
    assertEquals("EUR", p.currency());
    assertEquals(1, c.credentials().size());
    assertEquals(List.of("header not a catalogue CSV: column \"Programme Title\" named for title is not in the header"
        + " (\"course_id\", \"course_title\", \"url\", \"is_paid\", \"price\", \"num_subscribers\", \"num_reviews\","
        + " \"num_lectures\", \"level\", \"content_duration\", \"published_timestamp\", \"subject\")"),
        c.rejects().stream().map(r -> r.entry() + " " + r.reason()).toList());
    assertEquals("header not a catalogue CSV: no title column among [Ref, Programme Title, Charge, Notes, Topics]; name"
        + " it with --columns title=COLUMN", read("named-columns.csv").rejects().stream()
        .map(r -> r.entry() + " " + r.reason()).findFirst().orElseThrow());
  }

  @Test
  void aMappingNamingAnUnknownFieldFailsBeforeReading() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CatalogFixture.reader().read(List.of(Path.of("not-read.csv")), ColumnMapping.parse("titel=Name")));
    assertEquals("--columns: unknown field 'titel' for catalogue entries; its fields are id, title, provider,"
        + " description, hours, effort, length, cost, currency, paid, level, format, url, language, subject, skills", e.getMessage());
  }

  @Test
  void skillCellsSplitAtBarsSemicolonsAndLineBreaksElseCommas() {
    assertEquals(List.of("Process Mapping", "Rust (Programming Language)", "fish, crustacean and mollusc products"),
        CsvCatalogFormat.tags(" Process Mapping | Rust (Programming Language);fish, crustacean and mollusc products "));
    assertEquals(List.of("Microsoft 365", "SQL"), CsvCatalogFormat.tags("Microsoft 365, SQL"));
    assertEquals(List.of("a", "b"), CsvCatalogFormat.tags("a\nb\n"));
    assertEquals(List.of(), CsvCatalogFormat.tags(" "));
  }

  @Test
  void aContentIdIsAStableHashOfTitleProviderAndDescription() {
    assertEquals(CsvCatalogFormat.contentId("T", "P", "D"), CsvCatalogFormat.contentId("T", "P", "D"));
    assertEquals(23, CsvCatalogFormat.contentId("T", "P", "D").length());
    assertEquals(false, CsvCatalogFormat.contentId("T", "P", "D").equals(CsvCatalogFormat.contentId("T", "P", "E")));
  }
}
