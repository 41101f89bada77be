package dev.skillgap.extract;

import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.ConceptKind;
import dev.skillgap.taxonomy.Occupation;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.TermNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every surface form of every concept, keyed by its bag of normalised content terms, so that a
 * window of text matches a form regardless of inflection and small reorderings ("management of
 * projects" and "manage projects" share the bag {@code manag project}). Also derives forms that
 * postings really use: labels without their parenthetical qualifier ("Swift" for "Swift (computer
 * programming)"), technology names without the vendor ("Excel" for "Microsoft Excel") and trailing
 * acronyms ("AWS" for "Amazon Web Services AWS"). Immutable and thread-safe.
 */
public final class SurfaceFormIndex {

  /** Short forms that are ordinary words too; they need supporting context (see {@link AmbiguityPolicy}). */
  static final Set<String> CURATED_AMBIGUOUS = Set.of(
      "r", "go", "c", "d", "excel", "spring", "swift", "rust", "chef", "word", "access", "shell", "puppet", "salt",
      "julia", "dart", "crystal", "ada", "pascal", "basic", "logo", "make", "ant", "unity", "express", "react",
      "angular", "ember", "backbone", "meteor", "spark", "storm", "hive", "pig", "outlook", "teams", "project",
      "office", "windows", "sketch", "slack", "zoom", "box", "prism", "dynamics", "sage", "oracle", "flow",
      "bamboo", "jenkins", "git", "mercury", "ruby", "perl", "elixir", "lotus", "notes", "paint", "photos",
      "maps", "drive", "sheets", "docs", "forms", "keynote", "pages", "numbers", "mail", "calendar", "chrome",
      "edge", "safari", "opera", "firefox", "alpine", "arch", "gem", "nuget", "npm", "yarn", "grunt", "gulp",
      "bower", "jest", "mocha", "chai", "karma", "jasmine", "cucumber", "selenium", "nagios", "icinga", "cacti",
      "splunk", "spss", "stata", "sas", "matlab", "maple", "mathematica", "minitab", "eviews", "gauss", "s", "j",
      "k", "q", "m", "e", "f", "x", "ml", "ai", "bi", "ui", "ux", "qa", "pm", "hr", "it", "io", "os", "cad",
      "gis", "erp", "crm", "seo", "sem", "ppc", "kpi", "api", "apis", "sdk");
  private static final Set<String> VENDORS = Set.of(
      "microsoft", "oracle", "apache", "ibm", "google", "adobe", "amazon", "atlassian", "autodesk", "apple", "sap",
      "salesforce", "cisco", "vmware", "red hat", "intuit", "sas", "the", "ms");
  private static final Pattern QUALIFIED = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)$");
  private static final Pattern TRAILING_ACRONYM = Pattern.compile("^((?:[A-Za-z][A-Za-z-]*\\s+){1,6})([A-Z][A-Z0-9]{1,8})$");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][a-z]+");

  private final Taxonomy taxonomy;
  private final Map<String, List<SurfaceForm>> byBag;
  private final int maxTerms;
  private final int formCount;

  private SurfaceFormIndex(Taxonomy taxonomy, Map<String, List<SurfaceForm>> byBag, int maxTerms, int formCount) {
    this.taxonomy = taxonomy;
    this.byBag = byBag;
    this.maxTerms = maxTerms;
    this.formCount = formCount;
  }

  /** Builds the index of every surface form of {@code taxonomy}. */
  public static SurfaceFormIndex build(Taxonomy taxonomy, TermNormalizer normalizer) {
    Set<String> commonWords = commonWords(taxonomy);
    Map<String, List<SurfaceForm>> byBag = new HashMap<>();
    int max = 0;
    int count = 0;
    for (int i = 0; i < taxonomy.size(); i++) {
      Concept c = taxonomy.concept(i);
      Map<String, FormKind> forms = new java.util.LinkedHashMap<>();
      forms.put(c.preferredLabel(), FormKind.PREFERRED);
      for (String a : c.altLabels()) {
        forms.putIfAbsent(a, c.onetNames().contains(a) ? FormKind.TECHNOLOGY_NAME : FormKind.ALTERNATIVE);
      }
      for (String h : c.hiddenLabels()) {
        forms.putIfAbsent(h, FormKind.HIDDEN);
      }
      if (!c.isEsco()) {
        forms.put(c.preferredLabel(), FormKind.TECHNOLOGY_NAME);
      }
      for (String derived : derivedForms(c)) {
        forms.putIfAbsent(derived, FormKind.SHORTENED);
      }
      Set<String> seenBags = new HashSet<>();
      for (Map.Entry<String, FormKind> f : forms.entrySet()) {
        List<String> terms = contentTerms(f.getKey(), normalizer);
        if (terms.isEmpty() || terms.size() > 8) {
          continue;
        }
        String bag = bagKey(terms);
        if (!seenBags.add(bag)) {
          continue; // a stronger form of this concept already has this bag
        }
        boolean ambiguous = terms.size() == 1 && isAmbiguous(f.getKey(), c, commonWords);
        byBag.computeIfAbsent(bag, k -> new ArrayList<>(2)).add(new SurfaceForm(i, f.getKey(), f.getValue(), terms, ambiguous));
        max = Math.max(max, terms.size());
        count++;
      }
    }
    return new SurfaceFormIndex(taxonomy, byBag, max, count);
  }

  private static boolean isAmbiguous(String form, Concept c, Set<String> commonWords) {
    String lower = form.toLowerCase(Locale.ROOT).trim();
    if (CURATED_AMBIGUOUS.contains(lower)) {
      return true;
    }
    if (c.kind() == ConceptKind.TECHNOLOGY || (c.kind() == ConceptKind.KNOWLEDGE && !form.equals(lower))) {
      return lower.length() <= 2 || commonWords.contains(lower);
    }
    return false;
  }

  /** Words that ESCO's own prose uses in lower case: a technology named by one of them is ambiguous. */
  private static Set<String> commonWords(Taxonomy t) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> prose = new ArrayList<>();
    for (Concept c : t.concepts()) {
      if (c.isEsco()) {
        prose.add(c.description());
      }
    }
    for (Occupation o : t.occupations()) {
      prose.add(o.description());
    }
    for (String p : prose) {
      Matcher m = WORD.matcher(p);
      while (m.find()) {
        String w = m.group();
        if (Character.isLowerCase(w.charAt(0))) {
          counts.merge(w, 1, Integer::sum);
        }
      }
    }
    Set<String> out = new HashSet<>();
    counts.forEach((w, n) -> {
      if (n >= 3) {
        out.add(w);
      }
    });
    return out;
  }

  /** Forms postings use that the taxonomy does not list: without qualifier, without vendor, the acronym alone. */
  static List<String> derivedForms(Concept c) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    names.add(c.preferredLabel());
    names.addAll(c.onetNames());
    for (String name : names) {
      Matcher q = QUALIFIED.matcher(name);
      if (q.matches() && c.kind() != ConceptKind.SKILL && !q.group(1).isBlank()) {
        out.add(q.group(1).trim());
      }
      if (c.kind() == ConceptKind.TECHNOLOGY) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String v : VENDORS) {
          if (lower.startsWith(v + " ") && name.length() > v.length() + 2) {
            out.add(name.substring(v.length() + 1).trim());
          }
        }
        Matcher a = TRAILING_ACRONYM.matcher(name.trim());
        if (a.matches()) {
          out.add(a.group(2));
          out.add(a.group(1).trim());
        }
      }
    }
    out.remove(c.preferredLabel());
    out.removeAll(c.altLabels());
    return new ArrayList<>(out);
  }

  /** Splits a label like the text tokenizer would and returns its normalised content terms. */
  public static List<String> contentTerms(String label, TermNormalizer normalizer) {
    List<String> terms = new ArrayList<>();
    for (String raw : label.split("[\\s,;:()\\[\\]\"!?]+")) {
      String w = raw;
      while (w.length() > 1 && (w.endsWith(".") || w.endsWith("'")) && !w.startsWith(".")) {
        w = w.substring(0, w.length() - 1);
      }
      if (w.isEmpty() || TermNormalizer.isStopWord(w)) {
        continue;
      }
      String t = normalizer.term(w);
      if (!t.isEmpty()) {
        terms.add(t);
      }
    }
    return terms;
  }

  /** The order-free key of a list of terms. */
  public static String bagKey(List<String> terms) {
    String[] a = terms.toArray(String[]::new);
    Arrays.sort(a);
    return String.join(" ", a);
  }

  /** Forms whose content terms are exactly this bag (any order); empty when none. */
  public List<SurfaceForm> lookup(String bag) {
    return byBag.getOrDefault(bag, List.of());
  }

  /** The largest number of content terms in any form. */
  public int maxTerms() {
    return maxTerms;
  }

  public int formCount() {
    return formCount;
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }
}
