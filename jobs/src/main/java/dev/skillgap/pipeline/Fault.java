package dev.skillgap.pipeline;

/**
 * Crash injection for the atomicity tests: when the system property {@code skillgap.crashAt} names
 * a point ({@code stage:extract}, {@code commit:journal-written}, {@code commit:moved-demand}), the
 * JVM halts there at once, as a killed process would, without running shutdown hooks.
 */
final class Fault {

  private Fault() {}

  static void at(String point) {
    if (point.equals(System.getProperty("skillgap.crashAt"))) {
      System.err.println("skillgap: injected crash at " + point);
      System.err.flush();
      Runtime.getRuntime().halt(137);
    }
  }
}
