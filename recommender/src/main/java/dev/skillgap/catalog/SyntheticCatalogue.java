package dev.skillgap.catalog;

import dev.skillgap.taxonomy.Concept;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded synthetic credentials for benchmarks: titles, descriptions, 1 to 6 aligned skills drawn
 * with a skewed popularity from a pool (the pool's first concepts are drawn most often, as real
 * catalogues favour popular skills), about 10% inferred skills, 5% missing hours, 5% missing cost
 * and 20% free. The same pool, size and seed always give the same catalogue.
 */
public final class SyntheticCatalogue {

  private static final String[] OPENERS = {"Introduction to", "Foundations of", "Practical", "Advanced", "Mastering",
      "Essentials of", "Applied", "Professional Certificate in"};
  private static final String[] FILLERS = {"Hands-on exercises with real workplace examples.",
      "Includes a final assessment and a digital badge.", "Taught by industry practitioners in small groups.",
      "Self-paced modules with weekly live sessions.", "Suitable for people returning to work."};
  private static final String[] CURRENCIES = {"GBP", "EUR", "USD"};
  private static final String[] FORMATS = {"online", "in-person", "blended"};
  private static final Level[] LEVELS = {Level.FOUNDATION, Level.INTERMEDIATE, Level.ADVANCED};

  private final List<Concept> pool;

  /** A generator drawing skills from {@code pool}, most popular first; the pool must not be empty. */
  public SyntheticCatalogue(List<Concept> pool) {
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("the skill pool is empty");
    }
    this.pool = List.copyOf(pool);
  }

  /** One concept of the pool, the first ones far more often than the last. */
  public Concept draw(Random r) {
    return pool.get((int) (pool.size() * Math.pow(r.nextDouble(), 3)));
  }

  /** {@code n} credentials with ids {@code SYN-00000} upwards. */
  public List<Credential> credentials(int n, long seed) {
    Random r = new Random(seed);
    List<Credential> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int k = Math.min(pool.size(), 1 + r.nextInt(6));
      LinkedHashSet<Concept> skills = new LinkedHashSet<>();
      while (skills.size() < k) {
        skills.add(draw(r));
      }
      boolean inferred = r.nextDouble() < 0.1;
      List<TaughtSkill> taught = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (Concept c : skills) {
        taught.add(new TaughtSkill(c.id(), c.preferredLabel(), inferred ? TaughtSkill.Source.INFERRED : TaughtSkill.Source.ALIGNED,
            inferred ? 0.6 + 0.39 * r.nextDouble() : 1.0, ""));
        labels.add(c.preferredLabel());
      }
      String title = OPENERS[r.nextInt(OPENERS.length)] + " " + labels.get(0) + (k > 1 ? " and " + labels.get(1) : "");
      String description = "Learn to " + String.join(", ", labels) + ". " + FILLERS[r.nextInt(FILLERS.length)];
      Double hours = r.nextDouble() < 0.05 ? null : (double) (2 + r.nextInt(119));
      Double cost = r.nextDouble() < 0.05 ? null : r.nextDouble() < 0.2 ? 0.0 : (double) Math.round(r.nextDouble() * 1500);
      out.add(new Credential(String.format(Locale.ROOT, "SYN-%05d", i), title, "Provider " + r.nextInt(50), description,
          hours, cost, CURRENCIES[r.nextInt(3)], LEVELS[r.nextInt(3)], FORMATS[r.nextInt(3)],
          "https://provider.example/c/" + i, taught, "synthetic", "csv", "en"));
    }
    return out;
  }
}
