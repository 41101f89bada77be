package dev.skillgap.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hand-written fixtures in src/test/resources/catalog-edge and catalog-badcsv. */
class CatalogReaderEdgeTest {

  static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
  static final String SHEETS = "http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be";
  static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
  static Catalog edge;

  static Path resource(String name) {
    try {
      return Path.of(CatalogReaderEdgeTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeAll
  static void read() throws IOException {
    edge = CatalogFixture.reader().read(List.of(resource("catalog-edge")));
  }

  static Credential cred(String id) {
    return edge.find(id).orElseThrow(() -> new AssertionError("not loaded: " + id));
  }

  static CatalogReject reject(String fileName, String entry) {
    return edge.rejects().stream().filter(r -> r.file().endsWith(fileName) && r.entry().equals(entry)).findFirst()
        .orElseThrow(() -> new AssertionError("no reject " + fileName + " " + entry + " in " + edge.rejects()));
  }

  static List<String> warnings(String fileName, String entry) {
    return edge.warnings().stream().filter(w -> w.file().endsWith(fileName) && w.entry().equals(entry))
        .map(CatalogWarning::message).toList();
  }

  static List<String> ids(Credential c) {
    return c.skills().stream().map(TaughtSkill::conceptId).toList();
  }

  @Test
  void everyFileReconcilesAndOtherFilesAreSkipped() {
    assertTrue(edge.reconciles());
    assertTrue(edge.readByFile().keySet().stream().noneMatch(f -> f.endsWith("README.md")));
    Map<String, Catalog.FileCounts> counts = edge.countsByFile().entrySet().stream()
        .collect(Collectors.toMap(e -> Path.of(e.getKey()).getFileName().toString(), Map.Entry::getValue));
    assertEquals(new Catalog.FileCounts(9, 4, 0, 5, 2, 2), counts.get("courses.csv"));
    assertEquals(new Catalog.FileCounts(6, 4, 0, 2, 3, 5), counts.get("durations.jsonld"));
    assertEquals(new Catalog.FileCounts(2, 2, 0, 0, 0, 0), counts.get("graph-langmap.jsonld"));
    assertEquals(new Catalog.FileCounts(2, 1, 1, 0, 0, 0), counts.get("array.json"));
    assertEquals(new Catalog.FileCounts(1, 0, 1, 0, 0, 0), counts.get("b-second.json"));
    assertEquals(new Catalog.FileCounts(1, 0, 0, 1, 0, 0), counts.get("empty-graph.jsonld"));
    assertEquals(15, counts.size());
  }

  @Test
  void theMostFrequentReasonsComeFirstWithAnExample() {
    String courses = resource("catalog-edge").resolve("courses.csv").toString();
    assertEquals(List.of(
        new Catalog.ReasonCount<>(CatalogReject.Kind.BAD_CSV_ROW, 2, "row 5: bad CSV row: line 6 has 2 fields, the header"
            + " 11"),
        new Catalog.ReasonCount<>(CatalogReject.Kind.MISSING_NAME, 1, "row 3: missing name: the title column is empty"),
        new Catalog.ReasonCount<>(CatalogReject.Kind.NEGATIVE_COST, 1, "row 2: negative cost: '-5' is negative")),
        edge.topRejects(courses, 3));
    assertEquals(List.of(new Catalog.ReasonCount<>(CatalogWarning.Kind.NO_HOURS, 1, "row 1: no hours: the entry does not"
        + " say how many learning hours it takes"), new Catalog.ReasonCount<>(CatalogWarning.Kind.ALIGNMENT_DROPPED, 1,
        "row 4: alignment dropped: http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000 is not a skill"
            + " of the taxonomy")), edge.topWarnings(courses, 5));
    assertEquals(edge.rejects().size(), edge.topRejects(null, 99).stream().mapToInt(Catalog.ReasonCount::count).sum());
  }

  @Test
  void languageMapsGraphReferencesAndCostProfileListsAreRead() {
    Credential sql = cred("https://edge.example/course/sql");
    assertEquals("SQL in a Day", sql.title());
    assertEquals("Write SQL queries.", sql.description());
    assertEquals("Edge Training Ltd", sql.provider());
    assertEquals(1.5, sql.hours());
    assertEquals(125.5, sql.cost());
    assertEquals("GBP", sql.currency());
    assertEquals(Level.FOUNDATION, sql.level());
    assertEquals("online", sql.format());
    assertEquals("https://edge.example/sql", sql.url());
    assertEquals(List.of(SQL, "onet-tech:tableau"), ids(sql));
    assertEquals("ctdl", sql.sourceFormat());

    Credential sheets = cred("https://edge.example/cert/sheets");
    assertEquals("Hojas de cálculo", sheets.title());
    assertEquals("Other Org", sheets.provider());
    assertEquals(40.0, sheets.hours());
    assertEquals(300.0, sheets.cost());
    assertEquals("EUR", sheets.currency());
    assertEquals("blended", sheets.format());
    assertEquals(List.of(SHEETS), ids(sheets));
  }

  @Test
  void durationsFollowTheDayAndWeekRule() {
    assertEquals(16.0, cred("https://edge.example/d/two-days").hours());
    assertEquals(10.0, cred("https://edge.example/d/day-and-hours").hours());
    assertEquals("Org Two", cred("https://edge.example/d/day-and-hours").provider());
    assertEquals(0.0, cred("https://edge.example/d/day-and-hours").cost());

    Credential months = cred("https://edge.example/d/three-months");
    assertNull(months.hours());
    assertEquals(120.0, months.cost());
    assertEquals("USD", months.currency());
    List<String> w = warnings("durations.jsonld", "@graph[1]");
    assertEquals(2, w.size(), w.toString());
    assertEquals("hours incomplete: ceterms:estimatedDuration 'P3M' is a calendar length, which gives no learning hours"
        + " without an effort per week", w.get(0));
    assertTrue(w.get(1).startsWith("mixed currencies: cost profiles in [EUR] were left out"), w.get(1));
    assertEquals(List.of("no cost: the entry does not give a price"), warnings("durations.jsonld", "@graph[0]"));

    assertNull(cred("https://edge.example/d/words").hours());
    assertEquals(List.of("hours not read: ceterms:estimatedDuration 'twenty hours' holds no hours, effort or length this"
        + " reader understands", "no cost: the entry does not give a price"), warnings("durations.jsonld", "@graph[2]"));
    assertEquals("negative hours: ceterms:estimatedDuration '-PT5H' is negative",
        reject("durations.jsonld", "@graph[3]").reason());
    assertTrue(reject("durations.jsonld", "@graph[4]").reason().startsWith("missing name"));
  }

  @Test
  void csvRowsAreValidatedOneByOne() {
    Credential e1 = cred("E-001");
    assertEquals("Spreadsheets, Level 1", e1.title());
    assertNull(e1.hours());
    assertEquals(0.0, e1.cost());
    assertEquals(List.of(SHEETS, "onet-tech:microsoft-excel"), ids(e1));
    assertEquals(List.of("no hours: the entry does not say how many learning hours it takes"),
        warnings("courses.csv", "row 1"));

    assertEquals(List.of(SQL), ids(cred("E-004")));
    assertEquals(List.of("alignment dropped: http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000 is not"
        + " a skill of the taxonomy"), warnings("courses.csv", "row 4"));

    Credential e8 = cred("E-008");
    assertEquals(2.5, e8.hours());
    assertEquals("GBP", e8.currency());
    assertEquals(Level.FOUNDATION, e8.level());
    assertEquals("online", e8.format());
    assertEquals(List.of(SHEETS), ids(e8));

    assertEquals("negative cost: '-5' is negative", reject("courses.csv", "row 2").reason());
    assertEquals("missing name: the title column is empty", reject("courses.csv", "row 3").reason());
    assertEquals("bad CSV row: line 6 has 2 fields, the header 11", reject("courses.csv", "row 5").reason());
    assertEquals(12.0, cred("E-006").hours(), "'12h' is 12 hours");
    assertTrue(reject("courses.csv", "row 7").reason().startsWith("no usable skill: none of its 1 alignment(s)"));
    assertTrue(reject("courses.csv", "row 9").reason().startsWith("bad CSV row: a quoted field starting on line 10"));
  }

  @Test
  void badgeVariantsAreRead() {
    Credential py = cred("https://edge.example/achievements/python-basics");
    assertEquals("Python Basics", py.title());
    assertEquals("Edge Issuer", py.provider());
    assertEquals(10.0, py.hours());
    assertNull(py.cost());
    assertEquals(Level.ADVANCED, py.level());
    assertEquals(List.of(PYTHON), ids(py));
    assertEquals("ob3", py.sourceFormat());

    Credential ob2 = cred("https://edge.example/badges/ob2-sheets");
    assertEquals("ob2", ob2.sourceFormat());
    assertEquals("https://edge.example/issuer.json", ob2.provider());
    assertEquals(Level.FOUNDATION, ob2.level());

    Credential first = cred("https://edge.example/achievements/dup");
    assertEquals("First of Two", first.title());
    assertEquals("USD", first.currency());
    assertEquals("blended", first.format());
    assertEquals("https://edge.example/issuer", first.provider());
    assertEquals(2, edge.duplicates().size());
    for (CatalogDuplicate d : edge.duplicates()) {
      assertEquals("https://edge.example/achievements/dup", d.id());
      assertTrue(d.firstFile().endsWith("a-first.json"));
    }
    assertEquals(List.of("[1]", "b-second.json"), edge.duplicates().stream().map(CatalogDuplicate::entry).toList());
    assertEquals(List.of(SHEETS), ids(cred("https://edge.example/achievements/arr-0")));

    assertEquals(List.of(SQL), ids(cred("https://edge.example/achievements/partial")));
    assertEquals(List.of("alignment dropped: http://data.europa.eu/esco/skill/11111111-2222-3333-4444-555555555555 is"
        + " not a skill of the taxonomy; its name 'made up' is linked instead",
        "tag not linked: 'made up' names no skill of the taxonomy",
        "tag not linked: 'Not A Real Technology' names no skill of the taxonomy"),
        warnings("partial-alignment.json", "partial-alignment.json"));
  }

  @Test
  void brokenFilesAndEntriesAreRejectedWithTheirReason() {
    assertNull(cred("https://edge.example/achievements/bad-cost").cost());
    assertEquals(List.of("cost not read: cost.amount 'ask us' is not a price"),
        warnings("bad-cost.json", "bad-cost.json"));
    assertTrue(reject("latin1.json", "latin1.json").reason().startsWith("not valid UTF-8: latin1.json"));
    assertTrue(reject("no-skills.json", "no-skills.json").reason().startsWith("no usable skill: no alignment"));
    assertTrue(reject("profile.json", "profile.json").reason().startsWith("wrong type: type [Profile]"));
    assertTrue(reject("truncated.json", "truncated.json").reason()
        .startsWith("not valid JSON: truncated.json line 3, column "));
    assertTrue(reject("empty-graph.jsonld", "empty-graph.jsonld").reason().startsWith("wrong type: the @graph"));
  }

  @Test
  void aCsvWithoutTheColumnsIsOneReject() throws IOException {
    Catalog bad = CatalogFixture.reader().read(List.of(resource("catalog-badcsv")));
    assertTrue(bad.credentials().isEmpty());
    assertEquals(1, bad.rejects().size());
    assertEquals("header", bad.rejects().get(0).entry());
    assertEquals("not a catalogue CSV: no title column among [sku, colour, size]; name it with --columns"
        + " title=COLUMN", bad.rejects().get(0).reason());
    assertTrue(bad.reconciles());
  }

  @Test
  void missingPathsAndUnknownFilesThrow() {
    assertThrows(NoSuchFileException.class, () -> CatalogFixture.reader().read(List.of(Path.of("no-such-catalogue"))));
    IOException e = assertThrows(IOException.class,
        () -> CatalogFixture.reader().read(List.of(resource("catalog-edge").resolve("ob").resolve("README.md"))));
    assertTrue(e.getMessage().contains("not a catalogue file"));
  }
}
