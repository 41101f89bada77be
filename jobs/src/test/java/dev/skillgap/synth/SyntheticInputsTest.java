package dev.skillgap.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.catalog.Catalog;
import dev.skillgap.catalog.CatalogReader;
import dev.skillgap.extract.ExtractionModels;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.gap.LearnerReader;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.ingest.ContentHash;
import dev.skillgap.ingest.IngestResult;
import dev.skillgap.ingest.Posting;
import dev.skillgap.ingest.PostingParser;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.demand.WeekId;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's files are deterministic, realistic in size and spread, and every reader accepts them. */
class SyntheticInputsTest {

  static final long SEED = 7;
  static final List<WeekId> WEEKS = List.of(WeekId.parse("2026-W47"), WeekId.parse("2026-W48"));
  static Taxonomy taxonomy;
  static List<PostingTemplate> templates;

  @BeforeAll
  static void load() throws Exception {
    taxonomy = TaxonomyFixture.taxonomy();
    templates = SampleTemplates.read(SkillgapHome.dataSamples().resolve("postings"));
  }

  static SyntheticInputs generator(long seed) {
    return new SyntheticInputs(seed, templates, taxonomy, new RoleResolver(taxonomy));
  }

  static Map<String, byte[]> files(Path root) throws Exception {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherPostings(@TempDir Path tmp) throws Exception {
    SyntheticWriter.write(generator(SEED), tmp.resolve("a"), WEEKS, 300, 40, 30);
    SyntheticWriter.write(generator(SEED), tmp.resolve("b"), WEEKS, 300, 40, 30);
    Map<String, byte[]> a = files(tmp.resolve("a"));
    Map<String, byte[]> b = files(tmp.resolve("b"));
    assertEquals(a.keySet(), b.keySet(), "seed " + SEED);
    a.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, b.get(k)), k + " differs for seed " + SEED));
    assertNotEquals(generator(SEED).posting(5, WEEKS).plainText(), generator(SEED + 1).posting(5, WEEKS).plainText());
    // an item does not depend on the ones made before it
    assertEquals(generator(SEED).posting(123, WEEKS), generator(SEED).posting(123, WEEKS));
  }

  @Test
  void postingsAreAbout3KbSpreadOverOccupationsRegionsAndWeeksAndEveryFormatParses(@TempDir Path tmp) throws Exception {
    int n = 1000;
    SyntheticWriter.Written w = SyntheticWriter.write(generator(SEED), tmp, WEEKS, n, 0, 10);
    assertEquals(n, w.postingsByWeek().values().stream().mapToLong(Long::longValue).sum());
    w.postingsByWeek().values().forEach(c -> assertTrue(c > n / 3, "weeks evenly spread, seed " + SEED + ": " + w));
    List<Posting> all = new ArrayList<>();
    Set<String> formats = new HashSet<>();
    PostingParser parser = new PostingParser(dev.skillgap.ingest.IngestOptions.of(java.time.LocalDate.of(2026, 11, 29)));
    try (Stream<Path> s = Files.walk(tmp.resolve("postings"))) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        IngestResult r = parser.parse(f.toString(), Files.readAllBytes(f));
        assertEquals(List.of(), r.rejects(), f + ", seed " + SEED);
        all.addAll(r.accepted());
        formats.add(r.accepted().get(0).format());
      }
    }
    assertEquals(Set.of("jsonl", "csv", "jsonld"), formats);
    assertEquals(n, all.size());
    SyntheticInputs gen = generator(SEED);
    double meanChars = all.stream().mapToInt(p -> gen.posting(Long.parseLong(p.postingId().substring(4)),
        WEEKS).plainText().length()).average().orElse(0);
    assertTrue(meanChars >= 3000 && meanChars < 4000, "mean plain-text length " + meanChars + ", seed " + SEED);
    long titles = all.stream().map(Posting::title).distinct().count();
    long regions = all.stream().map(Posting::region).distinct().count();
    assertTrue(titles >= 40, titles + " titles, seed " + SEED);
    assertTrue(regions >= 10, regions + " regions, seed " + SEED);
    long reposts = all.size() - all.stream().map(p -> ContentHash.of(p.title(), p.description())).distinct().count();
    assertTrue(reposts > 0 && reposts < n * 0.03, reposts + " reposts, seed " + SEED);
    for (Posting p : all) {
      assertTrue(WEEKS.contains(WeekId.of(java.time.LocalDate.parse(p.datePosted()))), p.datePosted());
    }
  }

  @Test
  void byDefaultAboutThirtyPercentOfSentencesRepeatAndTheRestNameTheirPosting() {
    List<String> defaults = new ArrayList<>();
    List<String> verbatim = new ArrayList<>();
    SyntheticInputs own = generator(SEED);
    SyntheticInputs samples = new SyntheticInputs(SEED, templates, taxonomy, new RoleResolver(taxonomy), 1.0);
    for (int i = 0; i < 400; i++) {
      defaults.add(own.posting(i, WEEKS).plainText());
      verbatim.add(samples.posting(i, WEEKS).plainText());
    }
    double d = SentenceRepetition.of(defaults).share();
    double v = SentenceRepetition.of(verbatim).share();
    assertTrue(d > 0.25 && d < 0.35, "default repeated share " + d + " (verbatim " + v + "), seed " + SEED);
    assertTrue(v > 0.75, "samples verbatim " + v + ", seed " + SEED);
    System.out.printf("repeated sentences over 400 postings: %.3f by default, %.3f verbatim (seed %d)%n", d, v, SEED);
  }

  @Test
  void anOwnSentenceNamesItsEmployerOrTownBeforeItsFinalStop() {
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 50; i++) {
      String s = SyntheticInputs.ownSentence("Proven ability to use SQL.", r, "Kestrel Digital", "Leeds");
      assertTrue(s.startsWith("Proven ability to use SQL") && s.endsWith(".") && !s.endsWith(".."), s);
      assertTrue(s.contains("Kestrel Digital") || s.contains("Leeds"), s);
    }
    assertEquals("Pension scheme for Kestrel Digital", ownWith(" for {company}", "Pension scheme"));
  }

  /** {@code ownSentence} with the clause drawn by a generator that picks {@code clause}. */
  private static String ownWith(String clause, String sentence) {
    for (long seed = 0; seed < 1000; seed++) {
      String s = SyntheticInputs.ownSentence(sentence, new java.util.Random(seed), "Kestrel Digital", "Leeds");
      if (s.equals(sentence + clause.replace("{company}", "Kestrel Digital").replace("{city}", "Leeds"))) {
        return s;
      }
    }
    return "no seed below 1000 draws " + clause;
  }

  @Test
  void learnersAndTheCatalogueReadWithoutRejects(@TempDir Path tmp) throws Exception {
    SyntheticWriter.write(generator(SEED), tmp, WEEKS, 0, 150, 60);
    LearnerReader.Result l = new LearnerReader().read(tmp.resolve("learners/learners.jsonl"));
    assertEquals(150, l.learners().size(), "seed " + SEED);
    assertEquals(List.of(), l.rejects());
    assertTrue(l.learners().stream().filter(x -> !x.declaredSkills().isEmpty()).count() > 120, "seed " + SEED);
    long withCv = Files.list(tmp.resolve("learners/cv")).count();
    assertTrue(withCv > 80 && withCv < 130, withCv + " CVs, seed " + SEED);

    PipelineSkillExtractor x = new PipelineSkillExtractor(ExtractionModels.load(taxonomy),
        ExtractorConfig.defaults().lexicalOnly());
    Catalog c = new CatalogReader(taxonomy, x).read(List.of(tmp.resolve("catalog")));
    assertEquals(List.of(), c.rejects(), "seed " + SEED);
    assertEquals(60, c.credentials().size());
    assertEquals(6, Files.list(tmp.resolve("catalog/openbadges")).count());
    assertTrue(c.credentials().stream().allMatch(cr -> !cr.skills().isEmpty() || cr.description().startsWith("Learn to")));
    assertFalse(c.credentials().stream().filter(cr -> cr.sourceFormat().equals("ob3")).toList().isEmpty());
  }
}
