package dev.skillgap.occupation.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A seeded random sample of a feed's distinct titles, for judging: titles that normalise alike
 * count once (under their first spelling), and the order is that of the SHA-256 of the seed and
 * the normalised title, so the same file and seed always give the same sample on any platform,
 * and a larger sample extends a smaller one.
 */
public final class TitleSample {

  private TitleSample() {}

  /** The first {@code n} distinct titles of {@code titles} in the seed's order (fewer when there are fewer). */
  public static List<String> draw(List<String> titles, int n, long seed) {
    Map<String, String> first = new LinkedHashMap<>();
    for (String t : titles) {
      first.putIfAbsent(TitleKey.normalise(t), t);
    }
    List<Map.Entry<String, String>> order = new ArrayList<>();
    for (Map.Entry<String, String> e : first.entrySet()) {
      order.add(Map.entry(TitleKey.sha256(seed + "\t" + e.getKey()), e.getValue()));
    }
    order.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(n, order.size()); i++) {
      out.add(order.get(i).getValue());
    }
    return out;
  }
}
