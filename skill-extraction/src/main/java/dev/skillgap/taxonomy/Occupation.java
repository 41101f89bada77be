package dev.skillgap.taxonomy;

import java.util.List;

/**
 * An ESCO occupation or an O*NET occupation.
 *
 * @param id the ESCO occupation URI, or {@code onet:<SOC code>} for an O*NET occupation
 * @param code the ESCO code (e.g. {@code 2512.4}) or the O*NET-SOC code (e.g. {@code 15-1252.00})
 * @param preferredLabel the occupation title
 * @param altLabels alternative titles (ESCO alternative labels, O*NET alternate and reported titles)
 * @param hiddenLabels ESCO hidden labels: titles for search, not display (ESCO keeps "psychiatrist" and
 *     "cardiologist" there for specialised doctor, and misspellings); empty for O*NET
 * @param description the ESCO or O*NET description
 * @param onetCodes O*NET-SOC codes this ESCO occupation maps to (crosswalk); for O*NET, its own code
 * @param crosswalkConfidence the crosswalk's confidence in that mapping: 2 high, 1 medium, 0.5 low;
 *     0 for an ESCO occupation the crosswalk does not map, and for O*NET occupations
 * @param essentialSkills concept indices of the essential skills (ESCO) or the technologies used (O*NET)
 * @param optionalSkills concept indices of the optional skills (ESCO)
 */
public record Occupation(
    String id,
    String code,
    String preferredLabel,
    List<String> altLabels,
    List<String> hiddenLabels,
    String description,
    List<String> onetCodes,
    double crosswalkConfidence,
    int[] essentialSkills,
    int[] optionalSkills) {

  public static final String ONET_PREFIX = "onet:";

  public Occupation {
    altLabels = List.copyOf(altLabels);
    hiddenLabels = List.copyOf(hiddenLabels);
    onetCodes = List.copyOf(onetCodes);
  }

  public boolean isEsco() {
    return !id.startsWith(ONET_PREFIX);
  }
}
