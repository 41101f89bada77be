package dev.skillgap.rank;

/**
 * Limits on a plan.
 *
 * @param maxCredentials at most this many credentials (K)
 * @param maxHours at most this many hours in total, or null for no limit
 * @param maxCost at most this total cost, or null for no limit; options of unknown cost are then left out
 */
public record Budget(int maxCredentials, Double maxHours, Double maxCost) implements java.io.Serializable {
  public Budget {
    if (maxCredentials < 0) {
      throw new IllegalArgumentException("maxCredentials must be >= 0");
    }
  }
}
