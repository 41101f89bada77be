package dev.skillgap.extract;

import java.util.Locale;

/** What found a mention. */
public enum Evidence {
  /** A taxonomy surface form, matched in the text. */
  LEXICAL,
  /** A phrase the trained span detector found, linked to its nearest concept by meaning. */
  SPAN,
  /** A phrase linked by sentence-embedding similarity only. */
  SEMANTIC;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
