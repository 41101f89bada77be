package dev.skillgap.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * A record that was not accepted, kept with the file, the place in it and the reason, so that
 * nothing read is lost.
 *
 * @param source the file, as the caller named it
 * @param entry where in the file, in the same form as {@link Posting#entry()}; {@code file} when
 *     the whole file is rejected
 * @param format the format the file was read as
 * @param reason why, in one line naming the field and the value when there is one
 * @param excerpt the first 200 characters of the raw record (empty when it cannot be decoded)
 */
public record IngestReject(String source, String entry, String format, String reason, String excerpt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest {@link #excerpt()}. */
  public static final int EXCERPT_CHARS = 200;

  public IngestReject {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(reason, "reason");
    excerpt = excerpt == null ? "" : excerpt.length() > EXCERPT_CHARS ? excerpt.substring(0, EXCERPT_CHARS) : excerpt;
  }

  /** Returns one line for people: {@code source entry: reason}. */
  public String message() {
    return source + " " + entry + ": " + reason;
  }
}
