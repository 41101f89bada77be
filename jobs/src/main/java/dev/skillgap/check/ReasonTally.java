package dev.skillgap.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Counts reasons by their shape, so that one reason with many values ({@code date_posted "x" is not
 * a date}, {@code date_posted "y" ...}) counts once, and keeps the first record of each as its
 * example. Not thread-safe.
 */
final class ReasonTally {

  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern HASH_ID = Pattern.compile("sha256:[0-9a-f]+");

  private final Map<String, ReasonCount> byShape = new LinkedHashMap<>();

  /** Counts {@code reason}, found at {@code entry}. */
  void add(String reason, String entry) {
    String shape = NUMBER.matcher(QUOTED.matcher(HASH_ID.matcher(reason).replaceAll("#")).replaceAll("\"…\""))
        .replaceAll("N");
    byShape.merge(shape, new ReasonCount(reason, 1, entry),
        (a, b) -> new ReasonCount(a.reason(), a.count() + 1, a.exampleEntry()));
  }

  /** The {@code n} commonest reasons, most frequent first, ties in the order first met. */
  List<ReasonCount> top(int n) {
    List<ReasonCount> all = new ArrayList<>(byShape.values());
    all.sort(Comparator.comparingInt(ReasonCount::count).reversed());
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }
}
