package dev.skillgap.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * One {@link IngestFlag} raised on an accepted record, with what it is about in words.
 *
 * @param flag what happened
 * @param detail the field and value concerned and what was done: {@code datePosted "not-a-date" is
 *     not a date: dated 2026-12-06, the run's week}
 */
public record IngestWarning(IngestFlag flag, String detail) implements Serializable {

  private static final long serialVersionUID = 1L;

  public IngestWarning {
    Objects.requireNonNull(flag, "flag");
    Objects.requireNonNull(detail, "detail");
  }
}
