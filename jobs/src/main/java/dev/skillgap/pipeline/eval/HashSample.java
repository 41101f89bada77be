package dev.skillgap.pipeline.eval;

import dev.skillgap.io.Sha256;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Seeded orders and samples that depend on nothing but each item's key: an item's place is the
 * SHA-256 of the salt, a tab and its key, so the same keys and salt give the same order on any
 * platform and in any input order, a larger sample extends a smaller one, and an item keeps its
 * place whichever other items are present. Pure functions.
 */
public final class HashSample {

  private HashSample() {}

  /** The rank of {@code key} under {@code salt}: the 64 hex digits of the SHA-256 of {@code salt + "\t" + key}. */
  public static String rank(String salt, String key) {
    return Sha256.hex(salt + "\t" + key);
  }

  /** {@code items} in the order of their {@link #rank rank} under {@code salt} (ties, equal keys, in input order). */
  public static <T> List<T> order(Collection<T> items, Function<T, String> key, String salt) {
    record Ranked<T>(String rank, T item) {}
    List<Ranked<T>> ranked = new ArrayList<>(items.size());
    for (T t : items) {
      ranked.add(new Ranked<>(rank(salt, key.apply(t)), t));
    }
    ranked.sort(Comparator.comparing(Ranked::rank));
    List<T> out = new ArrayList<>(ranked.size());
    ranked.forEach(r -> out.add(r.item()));
    return out;
  }

  /** The first {@code n} of {@code items} in the {@link #order order} of {@code salt} (all of them when fewer). */
  public static <T> List<T> draw(Collection<T> items, Function<T, String> key, int n, String salt) {
    List<T> all = order(items, key, salt);
    return List.copyOf(all.subList(0, Math.min(Math.max(n, 0), all.size())));
  }
}
