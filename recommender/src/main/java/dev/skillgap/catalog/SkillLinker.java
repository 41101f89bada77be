package dev.skillgap.catalog;

import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Links the skills a catalogue entry claims to taxonomy concepts, and infers skills for an entry
 * that claims none. A skill URI must be a concept id (ESCO URIs are compared with {@code http}, as
 * ESCO mints them); a name is looked up among the O*NET names merged into concepts, then among
 * preferred labels, ignoring case. Thread-safe.
 */
final class SkillLinker {

  private static final String ESCO_HTTPS = "https://data.europa.eu/esco/";
  private static final String ESCO_HTTP = "http://data.europa.eu/esco/";

  private final Taxonomy taxonomy;
  private final SkillExtractor extractor;
  private final Map<String, Concept> byName = new HashMap<>();

  SkillLinker(Taxonomy taxonomy, SkillExtractor extractor) {
    this.taxonomy = taxonomy;
    this.extractor = extractor;
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

  /**
   * The skills of {@code d}: its claims linked, or when it claims none, skills inferred from its
   * title and description. Claims that link to nothing become warnings on {@code d}.
   *
   * @throws EntryRejected when nothing gives a skill
   */
  List<TaughtSkill> skills(EntryDraft d) throws EntryRejected {
    Map<String, TaughtSkill> skills = new LinkedHashMap<>();
    if (!d.claims.isEmpty()) {
      List<String> unknown = new ArrayList<>();
      for (EntryDraft.Claim a : d.claims) {
        Optional<Concept> c = a.uri() == null ? byName(a.name()) : byUri(a.uri());
        if (c.isPresent()) {
          skills.putIfAbsent(c.get().id(), new TaughtSkill(c.get().id(), c.get().preferredLabel(),
              TaughtSkill.Source.ALIGNED, 1.0, a.name()));
        } else {
          unknown.add(a.uri() == null ? "O*NET technology '" + a.name() + "'" : a.uri());
        }
      }
      if (skills.isEmpty()) {
        throw new EntryRejected(CatalogReject.Kind.NO_USABLE_SKILL, "none of its " + d.claims.size() + " alignment(s) is a"
            + " skill of the taxonomy (" + String.join(", ", unknown) + ")");
      }
      for (String u : unknown) {
        d.warn(CatalogWarning.Kind.ALIGNMENT_DROPPED, u + " is not a skill of the taxonomy");
      }
    } else {
      for (TaughtSkill s : infer(d.title, d.description)) {
        skills.putIfAbsent(s.conceptId(), s);
      }
      if (skills.isEmpty()) {
        throw new EntryRejected(CatalogReject.Kind.NO_USABLE_SKILL, "no alignment, and no skill could be inferred from"
            + " the title and description");
      }
    }
    return List.copyOf(skills.values());
  }

  private List<TaughtSkill> infer(String title, String description) {
    String text = description.isBlank() ? title : title + ".\n" + description;
    List<TaughtSkill> out = new ArrayList<>();
    for (ExtractedSkill s : extractor.extract(text).skills()) {
      if (s.score() >= CatalogReader.INFERRED_MIN_SCORE && out.size() < CatalogReader.MAX_INFERRED) {
        out.add(new TaughtSkill(s.concept().id(), s.concept().preferredLabel(), TaughtSkill.Source.INFERRED, s.score(),
            ""));
      }
    }
    return out;
  }
}
