package dev.skillgap.gap;

import dev.skillgap.io.CuratedTable;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Partial credit between skills. Through the taxonomy, a skill gives {@link #BROADER_CREDIT} of its
 * confidence to each directly broader concept and {@link #GRANDPARENT_CREDIT} two levels up
 * ("Python (computer programming)" counts for half of "computer programming"). ESCO does not link
 * products to the languages they implement, so a curated table adds such credit with its own
 * weight ("PostgreSQL" gives 0.5 of "SQL"; {@code /gap/skill-implications.tsv}). Immutable.
 */
public final class SkillImplications {

  /** Credit a skill gives its directly broader concept. */
  public static final double BROADER_CREDIT = 0.5;
  /** Credit a skill gives the concept two levels above it. */
  public static final double GRANDPARENT_CREDIT = 0.25;

  /** One implied skill and the share of credit it gets. */
  public record Implied(int concept, double weight) {}

  private final Taxonomy taxonomy;
  private final Map<Integer, List<Implied>> curated;

  private SkillImplications(Taxonomy taxonomy, Map<Integer, List<Implied>> curated) {
    this.taxonomy = taxonomy;
    this.curated = curated;
  }

  /** Loads the curated table from the classpath; unknown concept ids fail with the line number. */
  public static SkillImplications load(Taxonomy taxonomy) throws IOException {
    Map<Integer, List<Implied>> curated = new HashMap<>();
    Map<String, Integer> byOnetName = new HashMap<>();
    for (int i = 0; i < taxonomy.size(); i++) {
      for (String name : taxonomy.concept(i).onetNames()) {
        byOnetName.putIfAbsent(name, i);
      }
    }
    for (CuratedTable.Line l : CuratedTable.read(SkillImplications.class, "/gap/skill-implications.tsv", 3,
        "from<TAB>to<TAB>weight")) {
      String[] f = l.columns();
      int from = lookup(taxonomy, byOnetName, f[0]);
      int to = lookup(taxonomy, byOnetName, f[1]);
      if (from < 0 || to < 0) {
        throw new IOException("skill-implications.tsv: line " + l.number() + ": unknown concept " + (from < 0 ? f[0] : f[1]));
      }
      curated.computeIfAbsent(from, k -> new ArrayList<>()).add(new Implied(to, Double.parseDouble(f[2])));
    }
    return new SkillImplications(taxonomy, curated);
  }

  private static int lookup(Taxonomy t, Map<String, Integer> byOnetName, String ref) {
    return ref.startsWith("onet:") ? byOnetName.getOrDefault(ref.substring(5), -1) : t.indexOf(ref);
  }

  /** The concepts that having {@code concept} gives partial credit for, with the share of credit. */
  public List<Implied> impliedBy(int concept) {
    List<Implied> out = new ArrayList<>(curated.getOrDefault(concept, List.of()));
    for (int b : taxonomy.broader(concept)) {
      out.add(new Implied(b, BROADER_CREDIT));
      for (int g : taxonomy.broader(b)) {
        out.add(new Implied(g, GRANDPARENT_CREDIT));
      }
    }
    return out;
  }
}
