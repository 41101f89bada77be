package dev.skillgap.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.catalog.Catalog;
import dev.skillgap.catalog.CatalogFixture;
import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.Level;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credential index on the real sample catalogue. */
class CredentialIndexTest {

  static final String ESCO = "http://data.europa.eu/esco/skill/";
  static final String SQL = ESCO + "598de5b0-5b58-4ea7-8058-a4bc4d18c742";
  static final String TABLEAU = "onet-tech:tableau";
  static final String COMPLAINTS = ESCO + "28d715e3-3e5b-4fb6-8dd2-4be4919c8587";
  static final String SOCIAL_MEDIA = ESCO + "509909a2-4a8f-4ead-8ad0-968df63b77cc";

  @TempDir
  static Path tmp;
  static Catalog catalog;
  static Taxonomy taxonomy;
  static CredentialIndex index;

  @BeforeAll
  static void build() throws IOException {
    catalog = CatalogFixture.sample();
    taxonomy = TaxonomyFixture.taxonomy();
    index = CredentialIndex.build(tmp.resolve("main"), catalog.credentials(), taxonomy);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static List<Map<String, Double>> gaps() {
    return List.of(Map.of(SQL, 1.0, TABLEAU, 0.8), Map.of(COMPLAINTS, 0.5), Map.of(SOCIAL_MEDIA, 2.0, SQL, 0.1),
        Map.of(ESCO + "1973c966-f236-40c9-b2d4-5d71a89019be", 0.7, "onet-tech:microsoft-excel", 0.9, SQL, 0.3));
  }

  static Map<String, Long> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      Map<String, Long> out = new TreeMap<>();
      for (Path p : s.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
        out.put(p.getFileName().toString(), Files.size(p));
      }
      return out;
    }
  }

  @Test
  void rebuildingTheSameCatalogueGivesTheSameIndex() throws IOException {
    List<Credential> shuffled = new ArrayList<>(catalog.credentials());
    Collections.shuffle(shuffled, new java.util.Random(7));
    try (CredentialIndex again = CredentialIndex.build(tmp.resolve("again"), shuffled, taxonomy)) {
      assertEquals(index.ids(), again.ids());
      assertEquals(index.ids().stream().sorted().toList(), index.ids());
      assertEquals(index.contentChecksum(), again.contentChecksum());
      assertEquals(index.fingerprint(), again.fingerprint());
      for (Map<String, Double> gap : gaps()) {
        assertEquals(index.candidates(gap, 50), again.candidates(gap, 50));
      }
      // Same files and sizes; the bytes differ only by Lucene's random segment ids.
      assertEquals(files(tmp.resolve("main")), files(tmp.resolve("again")));
    }
    // Rebuilding in place clears the old index first, so it too writes the same files.
    CredentialIndex.build(tmp.resolve("again"), catalog.credentials(), taxonomy).close();
    assertEquals(files(tmp.resolve("main")), files(tmp.resolve("again")));
    try (CredentialIndex inPlace = CredentialIndex.open(tmp.resolve("again"), taxonomy)) {
      assertEquals(index.contentChecksum(), inPlace.contentChecksum());
    }
  }

  @Test
  void reopeningDoesNotRebuildAndGivesTheSameResults() throws IOException {
    Path dir = tmp.resolve("reopen");
    CredentialIndex.build(dir, catalog.credentials(), taxonomy).close();
    Map<String, FileTime> before = mtimes(dir);
    long t0 = System.nanoTime();
    try (CredentialIndex reopened = CredentialIndex.open(dir, taxonomy)) {
      long micros = (System.nanoTime() - t0) / 1000;
      System.out.println("CredentialIndex.open on " + reopened.size() + " credentials: " + micros + " us");
      assertEquals(before, mtimes(dir));
      assertEquals(index.contentChecksum(), reopened.contentChecksum());
      for (Map<String, Double> gap : gaps()) {
        assertEquals(index.candidates(gap, 50), reopened.candidates(gap, 50));
      }
      for (Credential c : catalog.credentials()) {
        assertEquals(c, reopened.get(c.id()));
      }
    }
    try (CredentialIndex same = CredentialIndex.openOrBuild(dir, catalog.credentials(), taxonomy)) {
      assertEquals(before, mtimes(dir));
      assertEquals(200, same.size());
    }
    List<Credential> fewer = catalog.credentials().subList(0, 100);
    try (CredentialIndex rebuilt = CredentialIndex.openOrBuild(dir, fewer, taxonomy)) {
      assertEquals(100, rebuilt.size());
      assertEquals(CredentialIndex.fingerprint(fewer, taxonomy), rebuilt.fingerprint());
      assertNotEquals(index.fingerprint(), rebuilt.fingerprint());
    }
  }

  static Map<String, FileTime> mtimes(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      Map<String, FileTime> out = new TreeMap<>();
      for (Path p : s.toList()) {
        out.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
      }
      return out;
    }
  }

  @Test
  void getReturnsTheIndexedCredential() {
    Credential c = index.get("https://northbridge-academy.example/achievements/nda-sql-for-data-analysis");
    assertEquals("SQL for Data Analysis", c.title());
    assertEquals(20.0, c.hours());
    assertEquals(149.0, c.cost());
    assertEquals(Level.FOUNDATION, c.level());
    Credential noHours = index.get("https://copperkettle-culinary.example/achievements/ckc-kitchen-stock-and-costing");
    assertEquals(null, noHours.hours());
    assertEquals(null, noHours.cost());
    assertTrue(index.find("nope").isEmpty());
    assertThrows(NoSuchElementException.class, () -> index.get("nope"));
    assertEquals(200, index.size());
  }

  @Test
  void aSqlAndTableauGapReturnsTheSqlCredentialsFirst() {
    List<CandidateCredential> got = index.candidates(Map.of(SQL, 1.0, TABLEAU, 0.8), 20);
    Set<String> teachSql = catalog.credentials().stream()
        .filter(c -> c.skills().stream().anyMatch(s -> s.conceptId().equals(SQL))).map(Credential::id)
        .collect(Collectors.toSet());
    assertEquals(5, teachSql.size());
    assertEquals(teachSql, got.subList(0, 5).stream().map(CandidateCredential::credentialId).collect(Collectors.toSet()));
    assertTrue(teachSql.contains("https://northbridge-academy.example/achievements/nda-sql-for-data-analysis"));
    for (CandidateCredential c : got.subList(0, 5)) {
      assertEquals(1.0, c.score(), 1e-6);
      assertEquals(List.of(SQL), c.matchedSkillIds());
    }
    List<String> tableau = got.subList(5, 7).stream().map(CandidateCredential::credentialId).toList();
    assertEquals(List.of("CRS-003", "https://northbridge-academy.example/achievements/nda-data-visualisation-tableau"),
        tableau);
    assertEquals(0.8, got.get(5).score(), 1e-6);
    // Then credentials that only mention SQL in their text, below any alignment.
    for (CandidateCredential c : got.subList(7, got.size())) {
      assertTrue(c.matchedSkillIds().isEmpty(), c.toString());
      assertFalse(c.textMatchedSkillIds().isEmpty(), c.toString());
      assertTrue(c.score() < CredentialIndex.TEXT_WEIGHT, c.toString());
    }
    for (int i = 1; i < got.size(); i++) {
      assertTrue(got.get(i - 1).score() >= got.get(i).score());
    }
  }

  @Test
  void scoresSumTheGapWeightsOfTheSkillsTaught() {
    // CRS-003 teaches Tableau and "deliver visual presentation of data".
    String visual = ESCO + "c3e36d05-8ae8-447f-bb2b-6f9409f85389";
    List<CandidateCredential> got = index.candidates(Map.of(TABLEAU, 0.8, visual, 0.5), 5);
    CandidateCredential top = got.get(0);
    assertEquals(1.3, top.score(), 1e-6);
    assertEquals(List.of(TABLEAU, visual), top.matchedSkillIds());
    // Weights above Lucene's feature-weight cap are scaled, not rejected.
    List<CandidateCredential> big = index.candidates(Map.of(TABLEAU, 80.0, visual, 50.0), 5);
    assertEquals(130.0, big.get(0).score(), 1e-4);
    assertEquals(got.stream().map(CandidateCredential::credentialId).toList(),
        big.stream().map(CandidateCredential::credentialId).toList());
  }

  @Test
  void inferredSkillsAreReachableByIdAndText() {
    // CRS-005 has no alignment; "handle customer complaints" was inferred from its text.
    List<CandidateCredential> byId = index.candidates(Map.of(COMPLAINTS, 1.0), 10);
    CandidateCredential crs5 = byId.stream().filter(c -> c.credentialId().equals("CRS-005")).findFirst().orElseThrow();
    assertEquals(List.of(COMPLAINTS), crs5.matchedSkillIds());
    double conf = catalog.find("CRS-005").orElseThrow().skills().stream()
        .filter(s -> s.conceptId().equals(COMPLAINTS)).mapToDouble(TaughtSkill::confidence).findFirst().orElseThrow();
    assertEquals(conf, crs5.score(), 0.01);
    assertTrue(crs5.score() < 1.0);

    // CRS-010 (no alignment) was not inferred to teach "social media marketing techniques", but says it.
    assertTrue(catalog.find("CRS-010").orElseThrow().skills().stream().noneMatch(s -> s.conceptId().equals(SOCIAL_MEDIA)));
    List<CandidateCredential> byText = index.candidates(Map.of(SOCIAL_MEDIA, 1.0), 10);
    CandidateCredential crs10 = byText.stream().filter(c -> c.credentialId().equals("CRS-010")).findFirst()
        .orElseThrow(() -> new AssertionError(byText.toString()));
    assertTrue(crs10.matchedSkillIds().isEmpty());
    assertEquals(List.of(SOCIAL_MEDIA), crs10.textMatchedSkillIds());
    assertTrue(crs10.score() > 0 && crs10.score() < CredentialIndex.TEXT_WEIGHT);
    assertEquals("https://marketingguild.example/achievements/mgo-digital-marketing-foundations",
        byText.get(0).credentialId());
  }

  @Test
  void degenerateGapsGiveNothing() {
    assertTrue(index.candidates(Map.of(), 10).isEmpty());
    assertTrue(index.candidates(Map.of(SQL, 1.0), 0).isEmpty());
    assertTrue(index.candidates(Map.of(SQL, 0.0, TABLEAU, Double.NaN), 10).isEmpty());
    assertTrue(index.candidates(Map.of("http://example.org/not-a-skill", 1.0), 10).isEmpty());
  }

  @Test
  void searchingFromSeveralThreadsGivesTheSameResults() throws Exception {
    List<List<CandidateCredential>> expected = gaps().stream().map(g -> index.candidates(g, 30)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          for (int r = 0; r < 50; r++) {
            for (int i = 0; i < expected.size(); i++) {
              if (!expected.get(i).equals(index.candidates(gaps().get(i), 30))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : runs) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void badInputsFailClearly() throws IOException {
    List<Credential> twice = List.of(catalog.credentials().get(0), catalog.credentials().get(0));
    assertThrows(IllegalArgumentException.class, () -> CredentialIndex.build(tmp.resolve("dup"), twice, taxonomy));
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThrows(IOException.class, () -> CredentialIndex.open(empty, taxonomy));
    Path foreign = Files.createDirectories(tmp.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "keep me");
    IOException e = assertThrows(IOException.class, () -> CredentialIndex.build(foreign, catalog.credentials(), taxonomy));
    assertTrue(e.getMessage().contains("notes.txt"));
    assertTrue(Files.exists(foreign.resolve("notes.txt")));
    try (CredentialIndex none = CredentialIndex.build(tmp.resolve("none"), List.of(), taxonomy)) {
      assertEquals(0, none.size());
      assertTrue(none.candidates(Map.of(SQL, 1.0), 5).isEmpty());
    }
  }
}
