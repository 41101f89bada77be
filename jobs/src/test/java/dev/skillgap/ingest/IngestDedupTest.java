package dev.skillgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Content hash, deduplication, counts and serializability. */
class IngestDedupTest {

  static final Path FIXTURES = Path.of("src", "test", "resources", "ingest-fixtures");

  final PostingParser parser = new PostingParser(dev.skillgap.ingest.IngestOptions.of(java.time.LocalDate.of(2026, 11, 29)));

  IngestResult parse(String fixture) throws IOException {
    Path p = FIXTURES.resolve(fixture);
    return parser.parse(p.toString(), Files.readAllBytes(p));
  }

  static Posting posting(String id, String source, String entry, String date, String hash) {
    return new Posting(id, source, entry, "csv", "t", "", "", "", "", date, "", "", "", "d", hash);
  }

  @Test
  void theSameAdAsCsvPlainTextAndAsJsonLdHtmlHasTheSameHash() throws IOException {
    Posting csv = parse("same-ad.csv").accepted().get(0);
    Posting html = parse("same-ad.jsonld").accepted().get(0);
    assertEquals("REQ-900", csv.postingId());
    assertEquals("JP900", html.postingId());
    assertNotEquals(csv.description(), html.description());
    assertEquals(csv.contentHash(), html.contentHash());
    assertEquals(ContentHash.normalise(csv.description()), ContentHash.normalise(html.description()));
    assertEquals("we re a family run bakery café in york our ovens start at 4am what you ll do bake bread rolls"
        + " pastries to our recipes keep the bakery clean and safe what we re looking for experience in a bakery or"
        + " kitchen level 2 food hygiene certificate apply today no cover letter needed",
        ContentHash.normalise(html.description()));
    assertEquals(64, csv.contentHash().length());
    assertTrue(csv.contentHash().matches("[0-9a-f]{64}"));

    DedupResult d = new Deduplicator().dedup(List.of(html, csv));
    assertEquals(List.of(csv), d.unique()); // posted two days earlier
    assertEquals(List.of(new Duplicate(html, "REQ-900", csv.source())), d.duplicates());
  }

  @Test
  void aDifferentWordOrTitleGivesADifferentHash() {
    String desc = "<p>Bake bread.</p><ul><li>Early starts</li></ul>";
    assertEquals(ContentHash.of("Baker", desc), ContentHash.of("BAKER ", "Bake bread.\n• Early starts"));
    assertNotEquals(ContentHash.of("Baker", desc), ContentHash.of("Baker", "Bake cakes.\n• Early starts"));
    assertNotEquals(ContentHash.of("Baker", desc), ContentHash.of("Head Baker", desc));
    // the title/description boundary counts: moving a word across it changes the hash
    assertNotEquals(ContentHash.of("Baker bake", "bread"), ContentHash.of("Baker", "bake bread"));
  }

  @Test
  void theEarliestPostingIsKeptWhateverTheInputOrder() {
    List<Posting> in = new ArrayList<>(List.of(
        posting("A", "w/b.csv", "row 10 (line 40)", "2026-11-03", "h1"),
        posting("B", "w/b.csv", "row 9 (line 30)", "2026-11-03", "h1"), // same date, earlier row: kept
        posting("C", "w/a.jsonld", "@graph[0]", "2026-11-04", "h1"), // later date, first path
        posting("D", "w/a.jsonld", "@graph[1]", "2026-11-02", "h2"),
        posting("E", "w/c.jsonl", "line 3", "2026-11-02", "h2"), // same date, later path
        posting("F", "w/c.jsonl", "line 4", "2026-11-05", "h3")));
    Deduplicator dedup = new Deduplicator();
    DedupResult expected = dedup.dedup(in);
    assertEquals(List.of("D", "B", "F"), expected.unique().stream().map(Posting::postingId).toList());
    assertEquals(List.of("E<-D", "A<-B", "C<-B"), expected.duplicates().stream()
        .map(x -> x.posting().postingId() + "<-" + x.duplicateOfPostingId()).toList());
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(in, random);
      assertEquals(expected, dedup.dedup(in));
    }
  }

  @Test
  void entryOrdinalsCompareAsNumbers() {
    assertEquals(12, Deduplicator.entryOrdinal("line 12"));
    assertEquals(5, Deduplicator.entryOrdinal("row 5 (line 44)"));
    assertEquals(3, Deduplicator.entryOrdinal("@graph[3]"));
    assertEquals(0, Deduplicator.entryOrdinal("document"));
  }

  @Test
  void countsReconcileOrSayWhy() {
    Posting a = posting("A", "w/a.csv", "row 1 (line 2)", "2026-11-02", "h1");
    Posting b = posting("B", "w/a.csv", "row 2 (line 3)", "2026-11-02", "h1");
    Posting c = posting("C", "w/b.jsonl", "line 1", "2026-11-02", "h1");
    IngestResult ra = new IngestResult("w/a.csv", List.of(a, b),
        List.of(new IngestReject("w/a.csv", "row 3 (line 4)", "csv", "title is blank", "x")), 3);
    IngestResult rb = new IngestResult("w/b.jsonl", List.of(c), List.of(), 1);
    IngestResult empty = new IngestResult("w/c.jsonld", List.of(), List.of(), 0);
    List<IngestCounts> counts = IngestCounts.tally(List.of(rb, empty, ra),
        new Deduplicator().dedup(List.of(a, b, c)));
    assertEquals(List.of(new IngestCounts("w/a.csv", 3, 1, 1, 1, 0), new IngestCounts("w/b.jsonl", 1, 0, 1, 0, 0),
        new IngestCounts("w/c.jsonld", 0, 0, 0, 0, 0)), counts);

    IngestCounts bad = new IngestCounts("w/x.csv", 5, 2, 1, 1, 0);
    assertFalse(bad.reconciles());
    IllegalStateException e = assertThrows(IllegalStateException.class, bad::check);
    assertEquals("w/x.csv: counts do not reconcile: read 5 != accepted 2 + duplicates 1 + rejected 1",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new IngestResult("w/a.csv", List.of(a), List.of(), 2));
  }

  @Test
  void resultsAreSerializableForSpark() throws Exception {
    IngestResult r = parse("rejects.jsonld");
    DedupResult d = new Deduplicator().dedup(r.accepted());
    assertEquals(r, roundTrip(r));
    assertEquals(d, roundTrip(d));
    assertEquals(List.of(), ((PostingParser) roundTrip(parser)).parse("a.csv", new byte[0]).accepted());
    RoleDescriptionParser roles = new RoleDescriptionParser(java.time.LocalDate.of(2026, 11, 30));
    assertEquals(1, ((RoleDescriptionParser) roundTrip(roles)).parse("x.txt", new byte[0]).read());
  }

  static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
