package dev.skillgap.report;

import java.io.IOException;

/**
 * Where the report's files go as they are made, each by its path relative to the report folder, so
 * that a week's thousands of learner pages need not all be held in memory at once.
 */
@FunctionalInterface
public interface ReportSink {

  /** Takes the file at {@code path} (relative, {@code /}-separated) with content {@code bytes}. */
  void put(String path, byte[] bytes) throws IOException;
}
