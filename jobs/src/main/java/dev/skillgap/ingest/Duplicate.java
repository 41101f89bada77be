package dev.skillgap.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * A posting whose content hash was already taken by an earlier one of the same week.
 *
 * @param posting the duplicate, as parsed
 * @param duplicateOfPostingId the id of the posting that was kept
 * @param duplicateOfSource the file of the posting that was kept
 */
public record Duplicate(Posting posting, String duplicateOfPostingId, String duplicateOfSource)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public Duplicate {
    Objects.requireNonNull(posting, "posting");
    Objects.requireNonNull(duplicateOfPostingId, "duplicateOfPostingId");
    Objects.requireNonNull(duplicateOfSource, "duplicateOfSource");
  }
}
