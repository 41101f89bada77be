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
 * programming)"), technology names without the vendor ("Excel" for "Microsoft Excel", but not "Cloud" for "IBM
 * Cloud": an ordinary word) and trailing acronyms ("AWS" for "Amazon Web Services AWS"). A vendor's
 * name alone ("Google") is the company, so it stands for no concept but one of that very name.
 * Immutable and thread-safe.
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

  /** One-word alternative labels used in ESCO's prose at least this often are too generic to match ("equipment", "data", "design"). */
  static final int GENERIC_WORD_COUNT = 20;
  /**
   * A plural one-word form's singular has a sense of its own when ESCO's prose uses it at least
   * {@link #GENERIC_WORD_COUNT} times and this many times as often as the plural ("security" 290
   * times, "securities" 32).
   */
  static final int OWN_SENSE_RATIO = 2;

  private final Taxonomy taxonomy;
  private final TermNormalizer normalizer;
  private final Map<String, List<SurfaceForm>> byBag;
  private final int maxTerms;
  private final int formCount;
  /** The concept whose form {@link #withheldKey} this view hides (leave-one-out evaluation), or -1. */
  private final int withheldConcept;
  private final String withheldKey;

  private SurfaceFormIndex(Taxonomy taxonomy, TermNormalizer normalizer, Map<String, List<SurfaceForm>> byBag,
      int maxTerms, int formCount, int withheldConcept, String withheldKey) {
    this.taxonomy = taxonomy;
    this.normalizer = normalizer;
    this.byBag = byBag;
    this.maxTerms = maxTerms;
    this.formCount = formCount;
    this.withheldConcept = withheldConcept;
    this.withheldKey = withheldKey;
  }

  /**
   * This index without concept {@code concept}'s forms written as {@code label} ({@link
   * TermNormalizer#nameKey}): what it would be had the taxonomy never listed that label. A view
   * sharing this index's tables, for leave-one-out evaluation; its other forms stay, so a label
   * with the same words in another order still matches.
   */
  public SurfaceFormIndex withholding(int concept, String label) {
    return new SurfaceFormIndex(taxonomy, normalizer, byBag, maxTerms, formCount, concept, TermNormalizer.nameKey(label));
  }

  /** A curated extra surface form for one concept. */
  public record ExtraForm(String form, String conceptId) {}

  /** Builds the index of every surface form of {@code taxonomy}. */
  public static SurfaceFormIndex build(Taxonomy taxonomy, TermNormalizer normalizer) {
    return build(taxonomy, normalizer, List.of());
  }

  /**
   * Builds the index of every surface form of {@code taxonomy} plus {@code extra} curated forms.
   *
   * @throws IllegalArgumentException when an extra form names a concept the taxonomy lacks
   */
  public static SurfaceFormIndex build(Taxonomy taxonomy, TermNormalizer normalizer, List<ExtraForm> extra) {
    Map<Integer, List<String>> curated = new HashMap<>();
    for (ExtraForm x : extra) {
      int c = taxonomy.indexOf(x.conceptId());
      if (c < 0) {
        throw new IllegalArgumentException("curated form '" + x.form() + "' names unknown concept " + x.conceptId());
      }
      curated.computeIfAbsent(c, k -> new ArrayList<>()).add(x.form());
    }
    Map<String, Integer> wordCounts = lowerCaseWordCounts(taxonomy);
    // Ordinary words by their light term, so that a name written with other punctuation or
    // inflection ("Act!", "LEDs") is still known for the ordinary word it spells ("act", "led").
    Set<String> commonWords = new HashSet<>();
    wordCounts.forEach((w, n) -> {
      if (n >= 3) {
        commonWords.add(normalizer.lightTerm(w));
      }
    });
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
      for (String cur : curated.getOrDefault(i, List.of())) {
        forms.putIfAbsent(cur, FormKind.CURATED);
      }
      for (String derived : derivedForms(c)) {
        if (!isOrdinaryWord(derived, normalizer, commonWords)) {
          forms.putIfAbsent(derived, FormKind.SHORTENED);
        }
      }
      Set<String> seenBags = new HashSet<>();
      for (Map.Entry<String, FormKind> f : forms.entrySet()) {
        List<String> terms = contentTerms(f.getKey(), normalizer);
        if (terms.isEmpty() || terms.size() > 8) {
          continue;
        }
        String bag = bagKey(terms);
        boolean single = terms.size() == 1;
        if (single && isGenericWord(f.getKey(), f.getValue(), c, wordCounts)) {
          continue;
        }
        if (single && isVendorName(f.getKey()) && !f.getKey().equalsIgnoreCase(c.preferredLabel())) {
          continue; // "Google" alone is the company (often the employer), not search engines
        }
        if (single && c.kind() != ConceptKind.TECHNOLOGY && f.getKey().trim().split("\\s+").length > 1) {
          continue; // "work on your own" is one content word, "work": too loose to stand for the concept
        }
        String light = single ? lightTermOf(f.getKey(), normalizer) : null;
        // One-word forms are told apart by their word ("confidence" and "confident", or
        // "collaborate" and "collaborative", share a stem but are different words), so both are kept.
        if (!seenBags.add(single ? bag + '\u0000' + contentWord(f.getKey()).toLowerCase(Locale.ROOT) : bag)) {
          continue; // a stronger form of this concept already has this bag
        }
        boolean ambiguous = single && isAmbiguous(f.getKey(), light, c, commonWords);
        boolean pluralOnly = single && singularHasOwnSense(contentWord(f.getKey()), wordCounts);
        byBag.computeIfAbsent(bag, k -> new ArrayList<>(2))
            .add(new SurfaceForm(i, f.getKey(), f.getValue(), terms, ambiguous, light, pluralOnly));
        max = Math.max(max, terms.size());
        count++;
      }
    }
    // Where several concepts share a wording, only the strongest kind of form speaks for it:
    // "SQL" is the preferred label of SQL, not the acronym of some product named "... SQL".
    for (Map.Entry<String, List<SurfaceForm>> e : byBag.entrySet()) {
      List<SurfaceForm> forms = e.getValue();
      if (forms.size() > 1) {
        // One-word forms compete only with forms of the same word (same light term).
        Map<String, Double> best = new HashMap<>();
        for (SurfaceForm f : forms) {
          best.merge(String.valueOf(f.lightTerm()), f.kind().prior(), Math::max);
        }
        // Curated forms were reviewed by hand for this wording, so they always stay.
        List<SurfaceForm> kept = forms.stream()
            .filter(f -> f.kind() == FormKind.CURATED || f.kind().prior() >= best.get(String.valueOf(f.lightTerm())))
            .toList();
        count -= forms.size() - kept.size();
        e.setValue(kept);
      } else {
        e.setValue(List.copyOf(forms));
      }
    }
    return new SurfaceFormIndex(taxonomy, normalizer, byBag, max, count, -1, null);
  }

  /** How labels are split into words, as the text tokenizer would split them. */
  static final String LABEL_SPLIT = "[\\s,;:()\\[\\]\"!?]+";

  /** The light normal form of a one-word label, ignoring surrounding punctuation and stop words. */
  private static String lightTermOf(String label, TermNormalizer normalizer) {
    String w = contentWord(label);
    return w == null ? null : normalizer.lightTerm(w);
  }

  /**
   * The first content word of a label as written, without surrounding punctuation ("Act" of
   * "Act!"): the word of a one-word form. Null when the label has none.
   */
  static String contentWord(String label) {
    for (String raw : label.split(LABEL_SPLIT)) {
      if (!raw.isEmpty() && !TermNormalizer.isStopWord(raw) && raw.chars().anyMatch(Character::isLetterOrDigit)) {
        String w = raw;
        while (w.length() > 1 && (w.endsWith(".") || w.endsWith("'")) && !w.startsWith(".")) {
          w = w.substring(0, w.length() - 1);
        }
        return w;
      }
    }
    return null;
  }

  /**
   * One-word hidden labels, and one-word alternative labels that ESCO's prose uses as ordinary
   * words, name a concept too loosely to match on their own ("care" is a hidden label of "attend
   * to detail"). Technology names and capitalised forms are kept: the ambiguity policy handles those.
   */
  static boolean isGenericWord(String form, FormKind kind, Concept c, Map<String, Integer> counts) {
    if (kind == FormKind.PREFERRED || kind == FormKind.TECHNOLOGY_NAME || kind == FormKind.CURATED) {
      return false;
    }
    String lower = form.trim().toLowerCase(Locale.ROOT);
    if (!form.trim().equals(lower)) {
      return false;
    }
    if (kind == FormKind.HIDDEN) {
      return true;
    }
    return c.kind() != ConceptKind.TECHNOLOGY && counts.getOrDefault(lower, 0) >= GENERIC_WORD_COUNT;
  }

  /**
   * Whether the word of a one-word form is a plural whose singular means something else, so that
   * the singular in a text is not the form: ESCO's prose ({@code counts}, {@link
   * #lowerCaseWordCounts}) uses the singular at least {@link #GENERIC_WORD_COUNT} times and at
   * least {@link #OWN_SENSE_RATIO} times as often as the plural. "Securities" (stocks and bonds) is
   * not "security", "medicines" (drugs) not "medicine", "financials" (accounts) not the adjective
   * "financial", nor "economics" "economic"; "cameras" (31 against 28) is "camera". A word written
   * with a capital, or not a regular plural, is never such a form.
   */
  static boolean singularHasOwnSense(String word, Map<String, Integer> counts) {
    if (word == null || !word.equals(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    int plural = counts.getOrDefault(word, 0);
    for (String singular : LexicalMatcher.singulars(word)) {
      int n = counts.getOrDefault(singular, 0);
      if (!singular.equals(word) && n >= GENERIC_WORD_COUNT && n >= OWN_SENSE_RATIO * plural) {
        return true;
      }
    }
    return false;
  }

  /**
   * A one-word name that is also a short or ordinary word: judged by its light term, so that the
   * name's own punctuation or inflection ("Act!", "LEDs") does not hide the word ("act", "led").
   */
  private static boolean isAmbiguous(String form, String light, Concept c, Set<String> commonWords) {
    String lower = form.toLowerCase(Locale.ROOT).trim();
    if (CURATED_AMBIGUOUS.contains(lower) || CURATED_AMBIGUOUS.contains(light)) {
      return true;
    }
    if (c.kind() == ConceptKind.TECHNOLOGY || (c.kind() == ConceptKind.KNOWLEDGE && !form.equals(lower))) {
      return lower.length() <= 2 || light.length() <= 2 || commonWords.contains(light);
    }
    return false;
  }

  /**
   * A derived one-word name that is an ordinary word: "Cloud" of "IBM Cloud", "Publisher" of
   * "Microsoft Publisher". Derived acronyms match only in capitals, and the curated ambiguous names
   * ("Excel", "Teams") were reviewed by hand, so neither counts.
   */
  private static boolean isOrdinaryWord(String derived, TermNormalizer normalizer, Set<String> commonWords) {
    String w = derived.trim();
    if (w.contains(" ") || LexicalMatcher.isAcronym(w) || CURATED_AMBIGUOUS.contains(w.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return commonWords.contains(normalizer.lightTerm(w));
  }

  /** A company's name alone ("Google", "Oracle"): a vendor of {@link #VENDORS}. */
  static boolean isVendorName(String form) {
    return VENDORS.contains(form.trim().toLowerCase(Locale.ROOT));
  }

  /** How often ESCO's own prose uses each word in lower case: a technology named by a common one is ambiguous. */
  static Map<String, Integer> lowerCaseWordCounts(Taxonomy t) {
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
    return counts;
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
          String rest = name.substring(Math.min(name.length(), v.length() + 1)).trim();
          // "SAP software" without its vendor is just "software": the rest must still look like a name.
          if (lower.startsWith(v + " ") && name.length() > v.length() + 2 && !rest.equals(rest.toLowerCase(Locale.ROOT))) {
            out.add(rest);
          }
        }
        Matcher a = TRAILING_ACRONYM.matcher(name.trim());
        if (a.matches() && initials(a.group(1)).equalsIgnoreCase(a.group(2))) {
          out.add(a.group(2));
          out.add(a.group(1).trim());
        }
      }
    }
    out.remove(c.preferredLabel());
    out.removeAll(c.altLabels());
    return new ArrayList<>(out);
  }

  private static String initials(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : words.trim().split("[\\s-]+")) {
      if (!w.isEmpty()) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  /** Splits a label like the text tokenizer would and returns its normalised content terms. */
  public static List<String> contentTerms(String label, TermNormalizer normalizer) {
    List<String> terms = new ArrayList<>();
    for (String raw : label.split(LABEL_SPLIT)) {
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
    List<SurfaceForm> forms = byBag.getOrDefault(bag, List.of());
    if (withheldConcept < 0 || forms.stream().noneMatch(this::withheld)) {
      return forms;
    }
    return forms.stream().filter(f -> !withheld(f)).toList();
  }

  private boolean withheld(SurfaceForm f) {
    return f.concept() == withheldConcept && TermNormalizer.nameKey(f.text()).equals(withheldKey);
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

  public TermNormalizer normalizer() {
    return normalizer;
  }
}
