package dev.skillgap.taxonomy;

import java.util.List;

/**
 * One skill concept of the unified taxonomy.
 *
 * @param id the ESCO skill URI, or {@code onet-tech:<slug>} for a technology with no ESCO twin
 * @param preferredLabel the label shown to people
 * @param altLabels alternative labels (ESCO) and merged O*NET technology names
 * @param hiddenLabels ESCO hidden labels: misspellings and outdated terms, matched but never shown
 * @param kind knowledge, skill or technology
 * @param type hard or soft, by {@link HardSoftRule}
 * @param reuseLevel ESCO reuse level ({@link ReuseLevel#UNKNOWN} for O*NET technologies)
 * @param description ESCO description, or the O*NET commodity title for technologies
 * @param hotTechnology O*NET's hot-technology flag, for technologies
 * @param onetNames the O*NET technology names merged into this concept (the crosswalk)
 * @param onetOccupations O*NET-SOC codes of the occupations that use the technology
 */
public record Concept(
    String id,
    String preferredLabel,
    List<String> altLabels,
    List<String> hiddenLabels,
    ConceptKind kind,
    SkillType type,
    ReuseLevel reuseLevel,
    String description,
    boolean hotTechnology,
    List<String> onetNames,
    List<String> onetOccupations) {

  /** Prefix of the ids of O*NET technologies that have no ESCO concept of the same meaning. */
  public static final String ONET_TECH_PREFIX = "onet-tech:";

  public Concept {
    altLabels = List.copyOf(altLabels);
    hiddenLabels = List.copyOf(hiddenLabels);
    onetNames = List.copyOf(onetNames);
    onetOccupations = List.copyOf(onetOccupations);
  }

  /** Every surface form: the preferred label, then alternative and hidden labels, without duplicates. */
  public List<String> surfaceForms() {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    all.add(preferredLabel);
    all.addAll(altLabels);
    all.addAll(hiddenLabels);
    return List.copyOf(all);
  }

  public boolean isEsco() {
    return !id.startsWith(ONET_TECH_PREFIX);
  }
}
