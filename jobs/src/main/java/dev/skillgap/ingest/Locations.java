package dev.skillgap.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a location written in one field ({@code "Mountain View, CA, United States"}, {@code
 * "Dublin, Ireland"}, {@code "Singapore"}) into city, region and country: the last part is the
 * country when it names one, the first is the city and a middle one the region. Pure functions.
 */
final class Locations {

  /** The parts of a location; null where the text does not give one. */
  record Place(String city, String region, String country) {
    static final Place NONE = new Place(null, null, null);
  }

  /**
   * US state codes, many of which are also country codes ({@code CA}, {@code GA}, {@code IN}): as the
   * second of two parts ({@code "Boston, MA"}) they are a region, not a country.
   */
  private static final java.util.Set<String> US_STATES = java.util.Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT",
      "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO",
      "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
      "VT", "VA", "WA", "WV", "WI", "WY", "PR");

  private Locations() {}

  static Place parse(String location) {
    if (location == null || location.isBlank()) {
      return Place.NONE;
    }
    List<String> parts = new ArrayList<>();
    for (String p : location.split("[,;]")) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    if (parts.isEmpty()) {
      return Place.NONE;
    }
    String country = null;
    String last = parts.get(parts.size() - 1);
    boolean state = parts.size() == 2 && US_STATES.contains(last);
    if (!state && !Normalize.country(last).isEmpty()) {
      country = parts.remove(parts.size() - 1);
    }
    String city = parts.isEmpty() ? null : parts.get(0);
    String region = parts.size() >= 2 ? parts.get(parts.size() - 1) : null;
    return new Place(city, region, country);
  }
}
