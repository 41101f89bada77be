package dev.skillgap.catalog;

import java.util.Objects;

/**
 * A skill a credential teaches, and how the catalogue said so.
 *
 * @param conceptId the taxonomy concept id (ESCO URI or {@code onet-tech:} id)
 * @param label the concept's preferred label
 * @param source whether the catalogue aligned it, tagged it or left it to be inferred
 * @param confidence 1 for an alignment or a tag that names the concept exactly; the extractor's
 *     calibrated score for a tag linked by extraction or an inferred skill
 * @param tag the name the catalogue wrote for it (a tag, or an alignment's target name), empty when
 *     it wrote none (a bare URI, an inferred skill)
 */
public record TaughtSkill(String conceptId, String label, Source source, double confidence, String tag)
    implements java.io.Serializable {

  /** How a credential's catalogue entry gave a skill. */
  public enum Source {
    /** An alignment to a framework: a skill URI, or a name in a named framework such as O*NET. */
    ALIGNED,
    /** A free-text skill tag ("Process Mapping"), linked by exact name or by the extractor. */
    TAG,
    /** Extracted from the title and description, as the entry aligned and tagged nothing usable. */
    INFERRED
  }

  public TaughtSkill {
    Objects.requireNonNull(conceptId, "conceptId");
    Objects.requireNonNull(source, "source");
    tag = tag == null ? "" : tag;
  }
}
