package dev.skillgap.catalog;

import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps catalogue alignments to taxonomy concepts: a skill URI must be a concept id (ESCO URIs
 * are compared with {@code http}, as ESCO mints them); a technology name is looked up among the
 * O*NET names merged into concepts, then among preferred labels, ignoring case. Thread-safe.
 */
final class SkillResolver {

  private static final String ESCO_HTTPS = "https://data.europa.eu/esco/";
  private static final String ESCO_HTTP = "http://data.europa.eu/esco/";

  private final Taxonomy taxonomy;
  private final Map<String, Concept> byName = new HashMap<>();

  SkillResolver(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    for (Concept c : taxonomy.concepts()) {
      for (String n : c.onetNames()) {
        byName.putIfAbsent(key(n), c);
      }
    }
    // O*NET names win over labels; among equal labels the first concept of the taxonomy wins.
    for (Concept c : taxonomy.concepts()) {
      byName.putIfAbsent(key(c.preferredLabel()), c);
    }
  }

  private static String key(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The concept with this id (an ESCO skill URI or an {@code onet-tech:} id). */
  Optional<Concept> byUri(String uri) {
    String u = uri.trim();
    if (u.startsWith(ESCO_HTTPS)) {
      u = ESCO_HTTP + u.substring(ESCO_HTTPS.length());
    }
    return taxonomy.byId(u);
  }

  /** The concept that has this O*NET technology name, else this preferred label. */
  Optional<Concept> byName(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  /** True when a framework name or URI denotes O*NET. */
  static boolean isOnet(String framework) {
    if (framework == null) {
      return false;
    }
    String f = framework.toLowerCase(Locale.ROOT);
    return f.contains("o*net") || f.contains("onet");
  }
}
