package dev.skillgap.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.taxonomy.TaxonomyFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dry run against a full read, on data-samples and the hand-written fixtures. */
class CatalogDryRunTest {

  static List<Path> paths;
  static Catalog full;
  static Catalog dry;

  @BeforeAll
  static void read() throws IOException {
    paths = List.of(CatalogFixture.sampleDir(), CatalogReaderEdgeTest.resource("catalog-edge"),
        CatalogReaderEdgeTest.resource("catalog-csv"));
    full = CatalogFixture.reader().read(paths);
    dry = CatalogReader.dryRun(TaxonomyFixture.taxonomy()).read(paths);
  }

  @Test
  void theCatalogueSaysHowFarSkillsWereLinked() {
    assertEquals(Catalog.SkillLinking.LINKED, full.linking());
    assertEquals(Catalog.SkillLinking.EXACT_ONLY, dry.linking());
  }

  @Test
  void countsAreAFullReadsButForEntriesRejectedForWantOfSkills() {
    assertTrue(dry.reconciles());
    Map<String, Long> noSkill = full.rejects().stream().filter(r -> r.kind() == CatalogReject.Kind.NO_USABLE_SKILL)
        .collect(Collectors.groupingBy(CatalogReject::file, Collectors.counting()));
    assertEquals(5, noSkill.values().stream().mapToLong(Long::longValue).sum(), noSkill.toString());
    assertEquals(full.countsByFile().keySet(), dry.countsByFile().keySet());
    full.countsByFile().forEach((file, f) -> {
      Catalog.FileCounts d = dry.countsByFile().get(file);
      int n = noSkill.getOrDefault(file, 0L).intValue();
      assertEquals(List.of(f.read(), f.loaded() + n, f.duplicates(), f.rejected() - n),
          List.of(d.read(), d.loaded(), d.duplicates(), d.rejected()), file);
    });
    List<String> rejected = new ArrayList<>();
    full.rejects().stream().filter(r -> r.kind() != CatalogReject.Kind.NO_USABLE_SKILL)
        .forEach(r -> rejected.add(r.file() + " " + r.entry() + " " + r.reason()));
    assertEquals(rejected, dry.rejects().stream().map(r -> r.file() + " " + r.entry() + " " + r.reason()).toList());
  }

  @Test
  void onlyUrisAndExactNamesAreLinkedAndNothingIsInferred() {
    assertTrue(dry.credentials().stream().flatMap(c -> c.skills().stream())
        .allMatch(s -> s.source() != TaughtSkill.Source.INFERRED && s.confidence() == 1.0));
    assertEquals(List.of(), dry.find("CRS-005").orElseThrow().skills(), "its skills are inferred in a full read");
    assertEquals(List.of(), dry.find("E-007").orElseThrow().skills(), "a full read rejects it");
    assertEquals(full.find("CRS-008").orElseThrow().skills(), dry.find("CRS-008").orElseThrow().skills(),
        "URIs and O*NET names link as in a full read");
    Set<CatalogWarning.Kind> extractionOnly = EnumSet.of(CatalogWarning.Kind.TAG_WEAK, CatalogWarning.Kind.TAG_UNLINKED,
        CatalogWarning.Kind.SKILLS_INFERRED, CatalogWarning.Kind.SKILLS_FROM_SUBJECT);
    assertTrue(dry.warnings().stream().noneMatch(w -> extractionOnly.contains(w.kind())));
    List<CatalogWarning> kept = full.warnings().stream().filter(w -> !extractionOnly.contains(w.kind())).toList();
    assertTrue(dry.warnings().containsAll(kept), "every other warning of a full read is given");
  }
}
