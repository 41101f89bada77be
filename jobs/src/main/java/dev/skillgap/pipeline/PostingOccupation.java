package dev.skillgap.pipeline;

import dev.skillgap.occupation.ResolvedRole;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.ingest.Posting;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The occupation a posting or role is counted under. A code the record carries (an O*NET-SOC code
 * or an ESCO occupation URI) comes first, since the publisher classified the ad; then the title;
 * then an occupational category written as words, last because job families ("Healthcare",
 * "Program Management") name many occupations. An HR role's occupation is what HR wrote, so it
 * comes before the title whatever its form. Pure function over the resolver.
 */
public final class PostingOccupation {

  private static final Pattern CODE = Pattern.compile("\\d{2}-\\d{4}(\\.\\d{2})?|https?://data\\.europa\\.eu/esco/.*");

  private PostingOccupation() {}

  /** The occupation of {@code p}, or empty when neither its code, title nor category resolves. */
  public static Optional<ResolvedRole> resolve(RoleResolver roles, Posting p) {
    String occupation = p.occupationCode();
    boolean first = p.format().startsWith("role") || CODE.matcher(occupation).matches();
    if (first && !occupation.isBlank()) {
      Optional<ResolvedRole> r = roles.resolve(occupation);
      if (r.isPresent()) {
        return r;
      }
    }
    Optional<ResolvedRole> byTitle = roles.resolve(p.title());
    if (byTitle.isPresent() || first || occupation.isBlank()) {
      return byTitle;
    }
    return roles.resolve(occupation);
  }
}
