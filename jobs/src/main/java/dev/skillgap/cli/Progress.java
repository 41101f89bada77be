package dev.skillgap.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Where commands report slow steps: one line per message on the error stream, prefixed {@code skillgap:}, flushed at once. */
final class Progress {

  private Progress() {}

  /** A listener that prints each message to {@code err}. */
  static Consumer<String> to(PrintWriter err) {
    return msg -> {
      err.println("skillgap: " + msg);
      err.flush();
    };
  }
}
