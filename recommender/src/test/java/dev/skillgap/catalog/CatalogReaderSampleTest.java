package dev.skillgap.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.io.SkillgapHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reader on data-samples/catalog, checked against data-samples/NOTES-learners-catalog.md. */
class CatalogReaderSampleTest {

  static final String ESCO = "http://data.europa.eu/esco/skill/";
  static final String NDA = "https://northbridge-academy.example/achievements/";

  static Catalog sample() {
    return CatalogFixture.sample();
  }

  /** Sums the per-file counts of the files under {@code folder}. */
  static Catalog.FileCounts sum(String folder) {
    List<Catalog.FileCounts> in = sample().countsByFile().entrySet().stream()
        .filter(e -> Path.of(e.getKey()).getParent().getFileName().toString().equals(folder))
        .map(Map.Entry::getValue).toList();
    assertTrue(!in.isEmpty(), folder);
    return new Catalog.FileCounts(in.stream().mapToInt(Catalog.FileCounts::read).sum(),
        in.stream().mapToInt(Catalog.FileCounts::loaded).sum(), in.stream().mapToInt(Catalog.FileCounts::duplicates).sum(),
        in.stream().mapToInt(Catalog.FileCounts::rejected).sum(), in.stream().mapToInt(Catalog.FileCounts::warned).sum(),
        in.stream().mapToInt(Catalog.FileCounts::warnings).sum());
  }

  static long files(String folder) {
    return sample().readByFile().keySet().stream()
        .filter(f -> Path.of(f).getParent().getFileName().toString().equals(folder)).count();
  }

  static Credential byFile(String name) {
    return sample().credentials().stream().filter(c -> Path.of(c.source()).getFileName().toString().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("not loaded: " + name));
  }

  @Test
  void countsPerFormatMatchTheNotesAndReconcile() {
    assertEquals(175, files("openbadges"));
    assertEquals(new Catalog.FileCounts(175, 171, 0, 4, 8, 9), sum("openbadges"));
    assertEquals(5, files("openbadges2"));
    assertEquals(new Catalog.FileCounts(5, 5, 0, 0, 0, 0), sum("openbadges2"));
    assertEquals(5, files("ctdl"));
    assertEquals(new Catalog.FileCounts(6, 6, 0, 0, 0, 0), sum("ctdl"));
    Catalog.FileCounts csv = sample().countsByFile().entrySet().stream()
        .filter(e -> e.getKey().endsWith("courses.csv")).findFirst().orElseThrow().getValue();
    assertEquals(new Catalog.FileCounts(18, 18, 0, 0, 1, 1), csv);

    assertEquals(186, sample().readByFile().size());
    assertEquals(200, sample().credentials().size());
    assertEquals(4, sample().rejects().size());
    assertTrue(sample().duplicates().isEmpty());
    assertTrue(sample().reconciles());
    assertEquals(204, sample().readByFile().values().stream().mapToInt(Integer::intValue).sum());
    Map<String, Long> byFormat = sample().credentials().stream()
        .collect(Collectors.groupingBy(Credential::sourceFormat, TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("ctdl", 6L, "csv", 18L, "ob2", 5L, "ob3", 171L), byFormat);
  }

  @Test
  void eachDeliberatelyInvalidEntryIsRejectedWithItsReason() {
    Map<String, CatalogReject> byEntry = new HashMap<>();
    for (CatalogReject r : sample().rejects()) {
      byEntry.put(r.entry(), r);
    }
    assertEquals(Set.of("chb-node-backend-draft.json", "rcfe-retail-maths.json",
        "fsc-first-aid-at-work-refresher.json", "bca-live-chat-support.json"), byEntry.keySet());

    String json = byEntry.get("chb-node-backend-draft.json").reason();
    assertTrue(json.startsWith("not valid JSON: chb-node-backend-draft.json line "), json);
    assertTrue(json.matches(".* line \\d+, column \\d+: .*end-of-input.*"), json);
    assertEquals("missing name: the Achievement has no \"name\"", byEntry.get("rcfe-retail-maths.json").reason());
    assertEquals("negative hours: estimatedHours is -6", byEntry.get("fsc-first-aid-at-work-refresher.json").reason());
    assertTrue(byEntry.get("bca-live-chat-support.json").reason()
        .startsWith("wrong type: an OpenBadgeCredential whose credentialSubject has no achievement"));
    for (CatalogReject r : sample().rejects()) {
      assertEquals(Path.of(r.file()).getFileName().toString(), r.entry());
    }
  }

  @Test
  void incompleteEntriesLoadWithNullHoursOrCostAndAWarning() {
    Map<String, String> missing = Map.of(
        "ckc-kitchen-stock-and-costing.json", "hours+cost",
        "isl-international-freight-customs.json", "hours",
        "mgo-content-and-brand-marketing.json", "hours",
        "mvt-palliative-end-of-life-care.json", "hours",
        "dlp-jira-for-project-teams.json", "cost",
        "rcfe-loss-prevention.json", "cost",
        "ssi-windows-server-administration.json", "cost");
    for (Map.Entry<String, String> e : missing.entrySet()) {
      Credential c = byFile(e.getKey());
      assertEquals(e.getValue().contains("hours"), c.hours() == null, e.getKey());
      assertEquals(e.getValue().contains("cost"), c.cost() == null, e.getKey());
      List<String> warnings = sample().warnings().stream().filter(w -> w.entry().equals(e.getKey()))
          .map(CatalogWarning::message).toList();
      assertEquals(e.getValue().contains("hours"), warnings.stream().anyMatch(w -> w.startsWith("no hours")), e.getKey());
      assertEquals(e.getValue().contains("cost"), warnings.stream().anyMatch(w -> w.startsWith("no cost")), e.getKey());
    }
    // CRS-013's cost "free?" is a guess, not a price: it loads without one, and the warning quotes it.
    Credential crs13 = sample().find("CRS-013").orElseThrow();
    assertNull(crs13.cost());
    assertEquals(List.of(new CatalogWarning(crs13.source(), "row 13", CatalogWarning.Kind.COST_NOT_READ,
        "'free?' asks rather than says; it is not a price")), sample().warnings().stream()
        .filter(w -> w.entry().equals("row 13")).toList());
    assertEquals(10, sample().warnings().size());
    Set<String> warned = new java.util.HashSet<>(missing.keySet());
    warned.add("row 13");
    warned.add("osc-growth-mindset.json");
    assertEquals(warned, sample().warnings().stream().map(CatalogWarning::entry).collect(Collectors.toSet()));
    assertEquals(4, sample().credentials().stream().filter(c -> c.hours() == null).count());
    assertEquals(5, sample().credentials().stream().filter(c -> c.cost() == null).count());
  }

  @Test
  void unalignedEntriesGetInferredSkillsAndOnlyThey() {
    Set<String> unaligned = Set.of("chb-python-automation.json", "cpt-nutrition-hydration-care.json",
        "fsc-safe-reversing-manoeuvring.json", "lfa-credit-control-collections.json", "osc-business-writing-email.json");
    Set<String> inferredIds = sample().credentials().stream()
        .filter(c -> c.skills().stream().anyMatch(s -> s.source() == TaughtSkill.Source.INFERRED)).map(Credential::id)
        .collect(Collectors.toSet());
    Set<String> expected = new java.util.HashSet<>(Set.of("CRS-005", "CRS-010"));
    unaligned.forEach(f -> expected.add(byFile(f).id()));
    assertEquals(expected, inferredIds);
    for (String id : expected) {
      Credential c = sample().find(id).orElseThrow();
      assertFalse(c.skills().isEmpty(), id);
      assertTrue(c.skills().size() <= CatalogReader.MAX_INFERRED, id);
      for (TaughtSkill s : c.skills()) {
        assertEquals(TaughtSkill.Source.INFERRED, s.source(), id);
        assertTrue(s.confidence() >= CatalogReader.INFERRED_MIN_SCORE && s.confidence() <= 1.0, id);
      }
    }
    assertTrue(skillIds(byFile("chb-python-automation.json")).contains(ESCO + "ccd0a1d9-afda-43d9-b901-96344886e14d"));
    assertTrue(labels(sample().find("CRS-005").orElseThrow()).contains("handle customer complaints"));
    assertTrue(labels(byFile("osc-business-writing-email.json")).contains("draft corporate emails"));
    // Aligned skills and tags that name a concept exactly are never inferred and have confidence 1.
    sample().credentials().stream().filter(c -> !expected.contains(c.id()) && !c.id().endsWith("osc-growth-mindset"))
        .flatMap(c -> c.skills().stream()).forEach(s -> assertEquals(1.0, s.confidence()));
  }

  static List<String> skillIds(Credential c) {
    return c.skills().stream().map(TaughtSkill::conceptId).toList();
  }

  static List<String> labels(Credential c) {
    return c.skills().stream().map(TaughtSkill::label).toList();
  }

  @Test
  void aNamedBadgeHasExactlyItsFields() {
    Credential c = sample().find(NDA + "nda-data-visualisation-tableau").orElseThrow();
    assertEquals("Data Visualisation with Tableau", c.title());
    assertEquals("Northbridge Digital Academy", c.provider());
    assertTrue(c.description().startsWith("Build interactive Tableau dashboards"));
    assertEquals(16.0, c.hours());
    assertEquals(179.0, c.cost());
    assertEquals("GBP", c.currency());
    assertEquals(Level.INTERMEDIATE, c.level());
    assertEquals("online", c.format());
    assertEquals("https://northbridge-academy.example/courses/data-visualisation-tableau", c.url());
    assertEquals("ob3", c.sourceFormat());
    assertEquals(List.of(ESCO + "c3e36d05-8ae8-447f-bb2b-6f9409f85389", ESCO + "348b74cd-49ce-4844-8bdf-ec188b497213",
        ESCO + "143769cb-b61e-47d8-a61e-eedfbec1016c", "onet-tech:tableau"), skillIds(c));
    assertEquals(List.of("deliver visual presentation of data", "visual presentation techniques",
        "business intelligence", "Tableau"), labels(c));
    assertTrue(c.skills().stream().allMatch(s -> s.source() == TaughtSkill.Source.ALIGNED));
  }

  @Test
  void csvRowsCtdlNodesAndOb2BadgesHaveTheirFields() {
    Credential csv = sample().find("CRS-008").orElseThrow();
    assertEquals("Docker and Containers Crash Course", csv.title());
    assertEquals("Nimbus Cloud Academy", csv.provider());
    assertEquals(8.0, csv.hours());
    assertEquals(49.0, csv.cost());
    assertEquals("USD", csv.currency());
    assertEquals(Level.FOUNDATION, csv.level());
    assertEquals(List.of("onet-tech:docker", "onet-tech:kubernetes", ESCO + "6195c5f7-a4fb-425d-a3dd-c4467c4471a3"),
        skillIds(csv));
    assertEquals("Health and Safety in the Workplace, Level 2", sample().find("CRS-004").orElseThrow().title());
    assertEquals("Recruitment Interviewing \"Masterclass\"", sample().find("CRS-017").orElseThrow().title());

    Credential cert = sample().find("https://lakeshore-cc.example/ctdl/ctdl-certificate-applied-data-analytics.json")
        .orElseThrow();
    assertEquals("Certificate in Applied Data Analytics", cert.title());
    assertTrue(cert.description().startsWith("A 12-week certificate"));
    assertEquals("Lakeshore Community College", cert.provider());
    assertEquals(120.0, cert.hours());
    assertEquals(1450.0, cert.cost());
    assertEquals("USD", cert.currency());
    assertEquals("ctdl", cert.sourceFormat());
    assertEquals(5, cert.skills().size());

    Credential wound = sample().find("https://learning.meadowvale-nhs.example/ctdl/clinical-skills/course-2.json")
        .orElseThrow();
    assertEquals("Wound Care Essentials", wound.title());
    assertEquals("Meadowvale NHS Foundation Trust - Learning & Development", wound.provider());
    assertEquals(6.0, wound.hours());
    assertEquals(90.0, wound.cost());
    assertEquals(List.of("carry out wound care", "infection control"), labels(wound));
    assertEquals(2, sample().credentials().stream().filter(c -> c.source().endsWith("ctdl-graph-clinical-skills-bundle.jsonld"))
        .count());

    Credential ob2 = byFile("bca-ob2-customer-care-skills.json");
    assertEquals("ob2", ob2.sourceFormat());
    assertEquals("Brightside Contact Centre Academy", ob2.provider());
    assertEquals(6.0, ob2.hours());
    assertEquals(0.0, ob2.cost());
    assertEquals("EUR", ob2.currency());
    assertEquals(List.of("customer service", "communicate with customers"), labels(ob2));
  }

  @Test
  void anUnknownAlignmentUriIsAWarningAndItsNameIsLinkedInstead() {
    // The notes call it invalid: its only alignment's URI is no ESCO skill. Its targetName is a skill all the same.
    Credential growth = byFile("osc-growth-mindset.json");
    assertEquals(1, growth.skills().size());
    TaughtSkill s = growth.skills().get(0);
    assertEquals(List.of(TaughtSkill.Source.TAG, "demonstrate willingness to learn", "growth mindset"),
        List.of(s.source(), s.label(), s.tag()));
    assertTrue(s.confidence() >= CatalogReader.INFERRED_MIN_SCORE && s.confidence() < 1, String.valueOf(s.confidence()));
    assertEquals(List.of("alignment dropped: http://example.org/skill/123 is not a skill of the taxonomy; its name"
        + " 'growth mindset' is linked instead"), sample().warnings().stream()
        .filter(w -> w.entry().equals("osc-growth-mindset.json")).map(CatalogWarning::message).toList());
  }

  @Test
  void openBadgeStatisticsMatchTheNotes() {
    // The notes count valid files; osc-growth-mindset, which they call invalid, now loads.
    List<Credential> ob3 = sample().credentials().stream().filter(c -> c.sourceFormat().equals("ob3"))
        .filter(c -> !c.id().endsWith("osc-growth-mindset")).toList();
    Map<Level, Long> levels = ob3.stream().collect(Collectors.groupingBy(Credential::level, Collectors.counting()));
    assertEquals(Map.of(Level.FOUNDATION, 63L, Level.INTERMEDIATE, 68L, Level.ADVANCED, 39L), levels);
    Map<String, Long> formats = ob3.stream().collect(Collectors.groupingBy(Credential::format, Collectors.counting()));
    assertEquals(Map.of("blended", 34L, "in-person", 21L, "online", 115L), formats);
    Map<String, Long> currencies = ob3.stream().filter(c -> c.cost() != null)
        .collect(Collectors.groupingBy(Credential::currency, Collectors.counting()));
    assertEquals(Map.of("EUR", 42L, "GBP", 83L, "USD", 41L), currencies);
    assertEquals(33, ob3.stream().filter(c -> c.cost() != null && c.cost() == 0).count());
    assertEquals(2.0, ob3.stream().filter(c -> c.hours() != null).mapToDouble(Credential::hours).min().orElseThrow());
    assertEquals(120.0, ob3.stream().filter(c -> c.hours() != null).mapToDouble(Credential::hours).max().orElseThrow());
    assertEquals(1495.0, ob3.stream().filter(c -> c.cost() != null).mapToDouble(Credential::cost).max().orElseThrow());
    // 593 alignment objects, every one resolved (no warning drops any); 4 O*NET ones (JavaScript, Ansible,
    // Oracle Database, Python) name the concept their badge's ESCO alignment already names, so 589 skills.
    long aligned = ob3.stream().filter(c -> c.skills().stream().allMatch(s -> s.source() == TaughtSkill.Source.ALIGNED))
        .mapToLong(c -> c.skills().size()).sum();
    assertEquals(589, aligned);
    assertEquals(List.of(ESCO + "ccd0a1d9-afda-43d9-b901-96344886e14d"), byFile("nda-python-foundations.json").skills()
        .stream().map(TaughtSkill::conceptId).filter(id -> id.endsWith("ccd0a1d9-afda-43d9-b901-96344886e14d")).toList());
    assertEquals(List.of("osc-growth-mindset.json"), sample().warnings().stream()
        .filter(w -> w.kind() == CatalogWarning.Kind.ALIGNMENT_DROPPED).map(CatalogWarning::entry).toList());
  }

  @Test
  void everyLearnerBadgeIsALoadedCredential() throws Exception {
    Path learners = SkillgapHome.dataSamples().resolve("learners").resolve("learners.jsonl");
    ObjectMapper m = new ObjectMapper();
    int badges = 0;
    for (String line : Files.readAllLines(learners)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode l = m.readTree(line);
      for (JsonNode b : l.path("badges")) {
        badges++;
        assertTrue(sample().find(b.asText()).isPresent(), b.asText());
      }
    }
    assertEquals(66, badges);
  }

  @Test
  void readingTheSameFolderTwiceReadsEachFileOnce() throws Exception {
    Catalog twice = CatalogFixture.reader().read(List.of(CatalogFixture.sampleDir().resolve("ctdl"),
        CatalogFixture.sampleDir().resolve("ctdl").resolve("ctdl-course-bookkeeping-payroll.jsonld")));
    assertEquals(6, twice.credentials().size());
    assertEquals(5, twice.readByFile().size());
    assertTrue(twice.duplicates().isEmpty());
  }
}
