package dev.skillgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.SkillgapHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four weekly drops of data-samples/postings, against data-samples/NOTES-postings.md: the 15
 * malformed records with their reasons, the duplicates found within each week (4 exact duplicates
 * and the 3 cross-format reposts of the same week), all 19 same-content groups, and per-file counts.
 */
class IngestSampleDataTest {

  static final List<String> WEEKS = List.of("2026-W45", "2026-W46", "2026-W47", "2026-W48");
  static final List<String> FILES = List.of("jobboard.jsonld", "postings.csv", "postings.jsonl");

  /** week -> that week's file results, in FILES order. */
  static final Map<String, List<IngestResult>> RESULTS = new TreeMap<>();
  static final Map<String, DedupResult> DEDUP = new TreeMap<>();

  @BeforeAll
  static void parseAll() throws IOException {
    PostingParser parser = new PostingParser(IngestRejectReasonsTest.RUN);
    Deduplicator dedup = new Deduplicator();
    for (String w : WEEKS) {
      List<IngestResult> week = new ArrayList<>();
      List<Posting> accepted = new ArrayList<>();
      for (String f : FILES) {
        Path p = path(w, f);
        IngestResult r = parser.parse(p.toString(), Files.readAllBytes(p));
        week.add(r);
        accepted.addAll(r.accepted());
      }
      RESULTS.put(w, week);
      DEDUP.put(w, dedup.dedup(accepted));
    }
  }

  static Path path(String week, String file) {
    return SkillgapHome.dataSamples().resolve("postings").resolve(week).resolve(file);
  }

  static String src(String weekAndFile) {
    String[] p = weekAndFile.split("/");
    return path(p[0], p[1]).toString();
  }

  /** "week/file read accepted duplicates rejected warned" for every file, after deduplication within the week. */
  @Test
  void perFileCountsReconcileAndMatchTheNotes() {
    List<String> expected = List.of(
        "2026-W45/jobboard.jsonld 30 29 1 0 1",
        "2026-W45/postings.csv 30 28 1 1 0",
        "2026-W45/postings.jsonl 30 29 0 1 1",
        "2026-W46/jobboard.jsonld 33 32 0 1 1",
        "2026-W46/postings.csv 32 31 1 0 1",
        "2026-W46/postings.jsonl 31 30 1 0 1",
        "2026-W47/jobboard.jsonld 33 31 1 1 0",
        "2026-W47/postings.csv 35 34 0 1 1",
        "2026-W47/postings.jsonl 34 32 1 1 0",
        "2026-W48/jobboard.jsonld 35 35 0 0 1",
        "2026-W48/postings.csv 36 34 1 1 0",
        "2026-W48/postings.jsonl 35 35 0 0 1");
    List<String> actual = new ArrayList<>();
    for (String w : WEEKS) {
      for (IngestCounts c : IngestCounts.tally(RESULTS.get(w), DEDUP.get(w))) {
        assertTrue(c.reconciles(), c.toString());
        Path p = Path.of(c.source());
        actual.add(p.getParent().getFileName() + "/" + p.getFileName() + " " + c.read() + " " + c.accepted() + " "
            + c.duplicates() + " " + c.rejected() + " " + c.warned());
      }
    }
    assertEquals(expected, actual);
  }

  @Test
  void perWeekTotalsMatchTheNotes() {
    // week: records, accepted, distinct within the week, duplicates within the week, rejected (the
    // notes' well-formed records plus the malformed ones that can still be read, flagged)
    Map<String, int[]> expected = Map.of(
        "2026-W45", new int[] {90, 88, 86, 2, 2},
        "2026-W46", new int[] {96, 95, 93, 2, 1},
        "2026-W47", new int[] {102, 99, 97, 2, 3},
        "2026-W48", new int[] {106, 105, 104, 1, 1});
    for (String w : WEEKS) {
      List<IngestResult> rs = RESULTS.get(w);
      int read = rs.stream().mapToInt(IngestResult::read).sum();
      int accepted = rs.stream().mapToInt(r -> r.accepted().size()).sum();
      int rejected = rs.stream().mapToInt(r -> r.rejects().size()).sum();
      int[] e = expected.get(w);
      assertEquals(e[0], read, w);
      assertEquals(e[1], accepted, w);
      assertEquals(e[2], DEDUP.get(w).unique().size(), w);
      assertEquals(e[3], DEDUP.get(w).duplicates().size(), w);
      assertEquals(e[4], rejected, w);
    }
  }

  /**
   * Of the fifteen malformed records of NOTES-postings.md, the seven that cannot be read are
   * rejected; the other eight are read, each with the flag that says what was missing.
   */
  @Test
  void malformedRecordsAreRejectedOnlyWhenNothingCanBeRead() {
    List<String> flagged = new ArrayList<>();
    for (String w : WEEKS) {
      for (IngestResult r : RESULTS.get(w)) {
        for (Posting p : r.accepted()) {
          p.warnings().stream().filter(x -> x.flag().warns()).forEach(x -> flagged.add(w + "/"
              + Path.of(p.source()).getFileName() + " | " + p.entry() + " | " + x.flag().wireName() + " | " + x.detail()));
        }
      }
    }
    assertEquals(List.of(
        "2026-W45/jobboard.jsonld | @graph[8] | title-missing | missing title",
        "2026-W45/postings.jsonl | line 27 | date-invalid | datePosted \"31/13/2026\" is not a date (month 13 does not"
            + " exist): dated 2026-11-29, the run's week (2026-W48)",
        "2026-W46/jobboard.jsonld | @graph[16] | text-missing | description has no text (markup only): a title alone,"
            + " no skills can be read",
        "2026-W46/postings.csv | row 20 (line 930) | text-missing | description is blank: a title alone, no skills can"
            + " be read",
        "2026-W46/postings.jsonl | line 4 | text-missing | missing description: a title alone, no skills can be read",
        "2026-W47/postings.csv | row 23 (line 1071) | date-invalid | date_posted 2026-11-31 does not exist (November"
            + " 2026 has 30 days): dated 2026-11-29, the run's week (2026-W48)",
        "2026-W48/jobboard.jsonld | @graph[19] | date-missing | no datePosted: dated 2026-11-29, the run's week"
            + " (2026-W48)",
        "2026-W48/postings.jsonl | line 21 | text-missing | missing description: a title alone, no skills can be read"),
        flagged);
    List<String> expected = List.of(
        "2026-W45/postings.csv | row 16 (line 639) | row has 10 fields, header has 11",
        "2026-W45/postings.jsonl | line 16 | invalid JSON: Unexpected end-of-input: was expecting closing quote for a"
            + " string value (column 1347)",
        "2026-W46/jobboard.jsonld | @graph[8] | not a JobPosting: @type is \"Organization\"",
        "2026-W47/jobboard.jsonld | @graph[29] | not a JobPosting: @type is \"Event\"",
        "2026-W47/postings.csv | row 35 (line 1642) | unterminated quoted field: a quote opened in this row never"
            + " closes, so the row runs to the end of the file (line 1699)",
        "2026-W47/postings.jsonl | line 13 | invalid JSON: Unexpected character (''' (code 39)): was expecting"
            + " double-quote to start field name (column 2)",
        "2026-W48/postings.csv | row 16 (line 620) | row has 12 fields, header has 11");
    List<String> actual = new ArrayList<>();
    for (String w : WEEKS) {
      for (IngestResult r : RESULTS.get(w)) {
        for (IngestReject j : r.rejects()) {
          Path p = Path.of(j.source());
          actual.add(p.getParent().getFileName() + "/" + p.getFileName() + " | " + j.entry() + " | " + j.reason());
          assertEquals(r.source(), j.source());
          assertTrue(j.excerpt().length() > 0 && j.excerpt().length() <= 200, j.toString());
        }
      }
    }
    assertEquals(expected, actual);
  }

  @Test
  void rejectsKeepTheFormatAndTheStartOfTheRawRecord() {
    Map<String, IngestReject> byEntry = new HashMap<>();
    for (String w : WEEKS) {
      for (IngestResult r : RESULTS.get(w)) {
        for (IngestReject j : r.rejects()) {
          byEntry.put(w + "/" + Path.of(j.source()).getFileName() + " " + j.entry(), j);
        }
      }
    }
    IngestReject m01 = byEntry.get("2026-W45/postings.csv row 16 (line 639)");
    assertEquals("csv", m01.format());
    assertTrue(m01.excerpt().startsWith("REQ-104850,"), m01.excerpt());
    IngestReject m02 = byEntry.get("2026-W45/postings.jsonl line 16");
    assertEquals("jsonl", m02.format());
    assertTrue(m02.excerpt().startsWith("{\"id\": \"p-b81ef57b\""), m02.excerpt());
    IngestReject m08 = byEntry.get("2026-W46/jobboard.jsonld @graph[8]");
    assertEquals("jsonld", m08.format());
    assertTrue(m08.excerpt().startsWith("{\n      \"@type\": \"Organization\""), m08.excerpt());
    IngestReject m09 = byEntry.get("2026-W47/postings.csv row 35 (line 1642)");
    assertTrue(m09.excerpt().startsWith("REQ-104865,"), m09.excerpt());
    assertEquals(200, m09.excerpt().length());
  }

  /**
   * Duplicate id, its file and entry, then the kept posting's id and file, in {@link
   * Deduplicator#ORDER}: the earlier-dated posting is kept, so the repost is the duplicate.
   */
  @Test
  void duplicatesWithinEachWeekAreTheExactDuplicatesAndTheSameWeekCrossFormatReposts() {
    List<String> expected = List.of(
        // D1 and R10 (CSV plain text, then the JSON-LD HTML repost a day later)
        "2026-W45 REQ-104219 postings.csv row 24 (line 1049) <- REQ-104219 postings.csv",
        "2026-W45 JP3303574 jobboard.jsonld @graph[3] <- REQ-104337 postings.csv",
        // D2 and R11
        "2026-W46 p-f165402f postings.jsonl line 31 <- p-f165402f postings.jsonl",
        "2026-W46 REQ-104842 postings.csv row 19 (line 863) <- p-97f51895 postings.jsonl",
        // D3 and R12
        "2026-W47 JP3302235 jobboard.jsonld @graph[26] <- JP3302235 jobboard.jsonld",
        "2026-W47 p-4c677ed5 postings.jsonl line 16 <- JP3302467 jobboard.jsonld",
        // D4
        "2026-W48 REQ-104781 postings.csv row 31 (line 1432) <- REQ-104781 postings.csv");
    List<String> actual = new ArrayList<>();
    for (String w : WEEKS) {
      for (Duplicate d : DEDUP.get(w).duplicates()) {
        actual.add(w + " " + d.posting().postingId() + " " + Path.of(d.posting().source()).getFileName() + " "
            + d.posting().entry() + " <- " + d.duplicateOfPostingId() + " "
            + Path.of(d.duplicateOfSource()).getFileName());
      }
    }
    assertEquals(expected, actual);
  }

  /** The 19 same-content pairs of the notes (D1–D4, R01–R15), and no other, share a content hash. */
  @Test
  void allNineteenSameContentPairsAcrossTheFourWeeksShareAHash() {
    Set<Set<String>> expected = new HashSet<>();
    String[][] pairs = {
        {"2026-W45/postings.csv row 17 (line 692)", "2026-W45/postings.csv row 24 (line 1049)"}, // D1
        {"2026-W46/postings.jsonl line 19", "2026-W46/postings.jsonl line 31"}, // D2
        {"2026-W47/jobboard.jsonld @graph[16]", "2026-W47/jobboard.jsonld @graph[26]"}, // D3
        {"2026-W48/postings.csv row 26 (line 1184)", "2026-W48/postings.csv row 31 (line 1432)"}, // D4
        {"2026-W45/postings.csv row 10 (line 378)", "2026-W46/postings.csv row 1 (line 2)"}, // R01
        {"2026-W45/postings.jsonl line 29", "2026-W47/postings.jsonl line 6"}, // R02
        {"2026-W46/jobboard.jsonld @graph[22]", "2026-W47/jobboard.jsonld @graph[1]"}, // R03
        {"2026-W46/postings.csv row 30 (line 1326)", "2026-W48/postings.csv row 28 (line 1293)"}, // R04
        {"2026-W47/postings.jsonl line 18", "2026-W48/postings.jsonl line 22"}, // R05
        {"2026-W45/jobboard.jsonld @graph[24]", "2026-W46/jobboard.jsonld @graph[2]"}, // R06
        {"2026-W45/postings.csv row 30 (line 1331)", "2026-W47/postings.csv row 28 (line 1254)"}, // R07
        {"2026-W46/postings.jsonl line 6", "2026-W48/postings.jsonl line 16"}, // R08
        {"2026-W47/postings.csv row 16 (line 738)", "2026-W48/postings.csv row 15 (line 569)"}, // R09
        {"2026-W45/postings.csv row 20 (line 826)", "2026-W45/jobboard.jsonld @graph[3]"}, // R10
        {"2026-W46/postings.jsonl line 14", "2026-W46/postings.csv row 19 (line 863)"}, // R11
        {"2026-W47/jobboard.jsonld @graph[6]", "2026-W47/postings.jsonl line 16"}, // R12
        {"2026-W45/postings.jsonl line 5", "2026-W48/jobboard.jsonld @graph[6]"}, // R13
        {"2026-W46/postings.csv row 31 (line 1368)", "2026-W47/postings.jsonl line 8"}, // R14
        {"2026-W47/postings.csv row 30 (line 1354)", "2026-W48/jobboard.jsonld @graph[5]"}, // R15
    };
    for (String[] p : pairs) {
      expected.add(Set.of(p));
    }
    Map<String, Set<String>> byHash = new HashMap<>();
    int accepted = 0;
    for (String w : WEEKS) {
      for (IngestResult r : RESULTS.get(w)) {
        for (Posting p : r.accepted()) {
          accepted++;
          byHash.computeIfAbsent(p.contentHash(), k -> new HashSet<>())
              .add(w + "/" + Path.of(p.source()).getFileName() + " " + p.entry());
        }
      }
    }
    Set<Set<String>> groups = new HashSet<>();
    byHash.values().stream().filter(g -> g.size() > 1).forEach(groups::add);
    assertEquals(expected, groups);
    assertEquals(387, accepted); // 379 well-formed and 8 malformed but readable
    assertEquals(368, byHash.size()); // the 360 distinct postings and the 8 readable malformed ones, each its own
  }

  @Test
  void theCsvPlainTextAdAndItsJsonLdHtmlRepostHaveTheSameHashButDifferentMarkup() {
    Posting csv = find("2026-W45/postings.csv", "REQ-104337");
    Posting jsonLd = find("2026-W45/jobboard.jsonld", "JP3303574");
    assertEquals(csv.contentHash(), jsonLd.contentHash());
    assertNotEquals(csv.description(), jsonLd.description());
    assertTrue(jsonLd.description().startsWith("<p><strong>About us</strong></p>"));
    assertTrue(csv.description().startsWith("About us\nHolloway & Finch"));
  }

  @Test
  void germanAndDutchPostingsAreAcceptedAndNormalised() {
    Posting de = find("2026-W46/jobboard.jsonld", "JP3302193");
    assertEquals("@graph[0]", de.entry());
    assertEquals("Pflegefachkraft (m/w/d) für die Innere Medizin – Voll- oder Teilzeit", de.title());
    assertEquals("Klinikum am Havelufer", de.company());
    assertEquals("Berlin", de.city());
    assertEquals("DE", de.country());
    assertEquals("FULL_TIME", de.employmentType());
    assertEquals("EUR 3,900–4,600 per MONTH", de.salary());
    assertEquals("29-1141.00", de.occupationCode());
    assertEquals("jsonld", de.format());

    Posting nl = find("2026-W47/postings.csv", "REQ-104684");
    assertEquals("row 6 (line 246)", nl.entry());
    assertEquals("Magazijnmedewerker orderpicking – dag/avonddienst", nl.title());
    assertEquals("Maasland Fulfilment B.V.", nl.company());
    assertEquals("Venlo", nl.city());
    assertEquals("NL", nl.country());
    assertEquals("", nl.occupationCode());
    assertEquals("€14,40 - €16,20 bruto per uur", nl.salary());
  }

  @Test
  void fieldsAreNormalisedAcrossFormats() {
    Posting csv = find("2026-W45/postings.csv", "REQ-104217");
    assertEquals("row 1 (line 2)", csv.entry());
    assertEquals("CONTRACTOR", csv.employmentType()); // "Contract" in the CSV
    assertEquals("Baden-Württemberg", csv.region());
    assertEquals("2026-11-02", csv.datePosted());
    assertEquals("15-1299.05", csv.occupationCode());
    assertEquals("48.000 € – 69.000 € brutto/Jahr", csv.salary());

    Posting jsonl = find("2026-W45/postings.jsonl", "p-4cb6e22b");
    assertEquals("line 1", jsonl.entry());
    assertEquals("PART_TIME", jsonl.employmentType());
    assertEquals("GB", jsonl.country());
    assertEquals("£31,000 - £40,000 per annum", jsonl.salary());

    Posting ld = find("2026-W45/jobboard.jsonld", "JP3301240");
    assertEquals("Marlow Home & Gift", ld.company());
    assertEquals("EUR 13.10–14.35 per HOUR", ld.salary());
    assertEquals("41-2031.00", ld.occupationCode());

    Map<String, Integer> employment = new TreeMap<>();
    for (String w : WEEKS) {
      for (Posting p : DEDUP.get(w).unique()) {
        employment.merge(p.employmentType(), 1, Integer::sum);
        assertTrue(p.country().matches("GB|IE|DE|NL|US"), p.toString());
      }
    }
    assertEquals(Set.of("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY"), employment.keySet());
  }

  static Posting find(String weekAndFile, String id) {
    String source = src(weekAndFile);
    String week = weekAndFile.substring(0, weekAndFile.indexOf('/'));
    return RESULTS.get(week).stream().filter(r -> r.source().equals(source)).flatMap(r -> r.accepted().stream())
        .filter(p -> p.postingId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }
}
