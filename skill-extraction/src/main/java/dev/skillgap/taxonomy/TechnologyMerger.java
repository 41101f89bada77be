package dev.skillgap.taxonomy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the ESCO knowledge concept that means the same as an O*NET technology name, so that the
 * two are merged rather than duplicated ("Python" is "Python (computer programming)").
 *
 * <p>Keys are tried strongest first: an exact preferred label; a preferred label without its
 * parenthetical qualifier; an alternative label. Each is tried on the O*NET name as given, without
 * a vendor prefix ("Oracle Java", "Microsoft SQL Server"), and as its trailing acronym when the words
 * spell it ("Structured query language SQL"). A key that points at more than one concept is dropped, so merges are never
 * guesses between two candidates.
 */
public final class TechnologyMerger {

  private static final Pattern QUALIFIED = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)$");
  private static final Pattern TRAILING_ACRONYM = Pattern.compile("^((?:[A-Za-z][a-z-]*\\s+){2,6})([A-Z]{2,9})$");
  private static final Set<String> VENDORS = Set.of(
      "microsoft", "oracle", "apache", "ibm", "google", "adobe", "amazon", "atlassian", "autodesk", "apple",
      "sap", "the", "salesforce", "red hat", "cisco", "vmware", "sas");

  private final List<Map<String, Integer>> tiers;

  /** Builds the key tiers over the ESCO knowledge concepts among {@code concepts} (by list index). */
  public TechnologyMerger(List<String> preferredLabels, List<List<String>> altLabels, List<Boolean> eligible) {
    Map<String, Integer> exact = new HashMap<>();
    Map<String, Integer> stripped = new HashMap<>();
    Map<String, Integer> alt = new HashMap<>();
    Set<String> ambiguousExact = new HashSet<>();
    Set<String> ambiguousStripped = new HashSet<>();
    Set<String> ambiguousAlt = new HashSet<>();
    for (int i = 0; i < preferredLabels.size(); i++) {
      if (!eligible.get(i)) {
        continue;
      }
      String pref = preferredLabels.get(i);
      put(exact, ambiguousExact, norm(pref), i);
      Matcher m = QUALIFIED.matcher(pref);
      if (m.matches()) {
        put(stripped, ambiguousStripped, norm(m.group(1)), i);
      }
      for (String a : altLabels.get(i)) {
        put(alt, ambiguousAlt, norm(a), i);
      }
    }
    ambiguousExact.forEach(exact::remove);
    ambiguousStripped.forEach(stripped::remove);
    ambiguousAlt.forEach(alt::remove);
    this.tiers = List.of(exact, stripped, alt);
  }

  private static void put(Map<String, Integer> map, Set<String> ambiguous, String key, int i) {
    if (key.length() < 1) {
      return;
    }
    Integer prev = map.putIfAbsent(key, i);
    if (prev != null && prev != i) {
      ambiguous.add(key);
    }
  }

  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }

  private static String initials(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : words.trim().split("[\\s-]+")) {
      b.append(w.charAt(0));
    }
    return b.toString();
  }

  /** Returns the list index of the ESCO twin of O*NET technology {@code name}, if there is exactly one. */
  public Optional<Integer> twinOf(String name) {
    List<String> keys = new java.util.ArrayList<>(3);
    keys.add(norm(name));
    String n = norm(name);
    for (String v : VENDORS) {
      if (n.startsWith(v + " ") && n.length() > v.length() + 2) {
        keys.add(n.substring(v.length() + 1));
      }
    }
    Matcher m = TRAILING_ACRONYM.matcher(name.trim());
    if (m.matches() && initials(m.group(1)).equalsIgnoreCase(m.group(2))) {
      keys.add(norm(m.group(2)));
    }
    for (Map<String, Integer> tier : tiers) {
      for (String k : keys) {
        Integer hit = tier.get(k);
        if (hit != null) {
          return Optional.of(hit);
        }
      }
    }
    return Optional.empty();
  }
}
