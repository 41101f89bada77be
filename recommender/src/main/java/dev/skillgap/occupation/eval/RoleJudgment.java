package dev.skillgap.occupation.eval;

import java.util.List;

/**
 * The occupation a judge gave one distinct title of a real feed.
 *
 * @param source the feed, e.g. {@code nhs} or {@code google}
 * @param hash the {@link TitleKey#hash(String) title key}
 * @param occupations the ESCO occupation URIs that fit, best first; empty when no ESCO occupation fits
 * @param reason why, in a few words
 */
public record RoleJudgment(String source, String hash, List<String> occupations, String reason) {

  public RoleJudgment {
    occupations = List.copyOf(occupations);
  }

  /** Whether the judge found that no ESCO occupation fits, so the title is best left unresolved. */
  public boolean none() {
    return occupations.isEmpty();
  }
}
