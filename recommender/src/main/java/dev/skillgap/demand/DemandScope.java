package dev.skillgap.demand;

import java.util.List;

/**
 * A slice of the week's postings that demand and trends are computed over: one occupation (or all
 * of them, {@link #ALL_OCCUPATIONS}) in one region (or all of them, {@link #ALL_REGIONS}).
 *
 * @param occupation an occupation's URI, {@link #ALL_OCCUPATIONS}, or {@link #NO_OCCUPATION} for
 *     postings no occupation was found for
 * @param region a region as the posting gives it, or {@link #ALL_REGIONS}
 */
public record DemandScope(String occupation, String region) {

  /** The region of a scope over all regions. */
  public static final String ALL_REGIONS = "";
  /** The occupation of a scope over all occupations. */
  public static final String ALL_OCCUPATIONS = "*";
  /** How {@link #ALL_OCCUPATIONS} is labelled. */
  public static final String ALL_OCCUPATIONS_LABEL = "all occupations";
  /** The occupation of postings no occupation was found for. */
  public static final String NO_OCCUPATION = "";

  public DemandScope {
    if (occupation == null || region == null) {
      throw new IllegalArgumentException("a scope needs an occupation and a region (blank for none): "
          + occupation + ", " + region);
    }
  }

  /**
   * The scopes a posting (or one of its skills) counts in: its occupation in its own region, when
   * it has a region; its occupation over all regions; and all occupations over all regions. A
   * posting without an occupation counts under {@link #NO_OCCUPATION}, so that the share of
   * postings no occupation was found for is reported, and still counts in all occupations.
   *
   * @param occupation the posting's occupation URI, or null or blank for none
   * @param region the posting's region, or null or blank for none
   */
  public static List<DemandScope> of(String occupation, String region) {
    String occ = occupation == null || occupation.isBlank() ? NO_OCCUPATION : occupation;
    DemandScope everyRegion = new DemandScope(occ, ALL_REGIONS);
    DemandScope all = new DemandScope(ALL_OCCUPATIONS, ALL_REGIONS);
    return region == null || region.isEmpty() ? List.of(everyRegion, all)
        : List.of(new DemandScope(occ, region), everyRegion, all);
  }

  /** Whether this scope is over all occupations. */
  public boolean allOccupations() {
    return ALL_OCCUPATIONS.equals(occupation);
  }
}
