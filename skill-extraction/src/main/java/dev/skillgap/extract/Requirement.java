package dev.skillgap.extract;

import java.util.Locale;

/** How strongly a text asks for a skill. */
public enum Requirement {
  REQUIRED,
  PREFERRED,
  UNSPECIFIED;

  /** {@code required}, {@code preferred} or {@code unspecified}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name; unknown text is an error. */
  public static Requirement parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
