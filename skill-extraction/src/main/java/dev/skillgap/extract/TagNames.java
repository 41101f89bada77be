package dev.skillgap.extract;

import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.TermNormalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exact names of a taxonomy's concepts, compared loosely ({@link TermNormalizer#nameKey}: case,
 * accents, punctuation and spacing ignored): O*NET names merged into concepts, then preferred
 * labels, then alternative labels that belong to one concept only. O*NET names win over preferred
 * labels, which win over alternative labels; among equals the first concept of the taxonomy wins;
 * an alternative label of several concepts names none, and neither does a one-word lower-case one
 * that ESCO's own prose uses as an ordinary word ("engineering" for packaging engineering, "language"
 * for terminology), as the surface forms leave it out too. Needs no model, so a dry run can use it.
 * Immutable and thread-safe.
 */
public final class TagNames {

  /** The concept a name names, and how. */
  public record Match(int concept, TagEvidence evidence) {}

  private final Map<String, Match> byKey;

  private TagNames(Map<String, Match> byKey) {
    this.byKey = byKey;
  }

  /** The exact names of {@code taxonomy}. */
  public static TagNames of(Taxonomy taxonomy) {
    Map<String, Match> byKey = new HashMap<>();
    for (int i = 0; i < taxonomy.size(); i++) {
      for (String n : taxonomy.concept(i).onetNames()) {
        byKey.putIfAbsent(TermNormalizer.nameKey(n), new Match(i, TagEvidence.EXACT_ONET_NAME));
      }
    }
    for (int i = 0; i < taxonomy.size(); i++) {
      byKey.putIfAbsent(TermNormalizer.nameKey(taxonomy.concept(i).preferredLabel()),
          new Match(i, TagEvidence.EXACT_PREFERRED));
    }
    Map<String, Integer> alt = new HashMap<>();
    Set<String> shared = new HashSet<>();
    Map<String, Integer> wordCounts = SurfaceFormIndex.lowerCaseWordCounts(taxonomy);
    for (int i = 0; i < taxonomy.size(); i++) {
      Concept c = taxonomy.concept(i);
      for (String a : c.altLabels()) {
        if (!a.strip().contains(" ") && SurfaceFormIndex.isGenericWord(a, FormKind.ALTERNATIVE, c, wordCounts)) {
          continue;
        }
        String k = TermNormalizer.nameKey(a);
        Integer before = alt.putIfAbsent(k, i);
        if (before != null && before != i) {
          shared.add(k);
        }
      }
    }
    alt.forEach((k, i) -> {
      if (!shared.contains(k)) {
        byKey.putIfAbsent(k, new Match(i, TagEvidence.EXACT_ALTERNATIVE));
      }
    });
    byKey.remove("");
    return new TagNames(Map.copyOf(byKey));
  }

  /** The concept {@code name} names exactly, loosely compared; empty when none does. */
  public Optional<Match> find(String name) {
    return Optional.ofNullable(byKey.get(TermNormalizer.nameKey(name)));
  }
}
