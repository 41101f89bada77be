package dev.skillgap.extract;

import dev.skillgap.taxonomy.ConceptKind;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.TermNormalizer;
import dev.skillgap.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds taxonomy surface forms in a sentence: every window that starts and ends on a content word,
 * does not cross clause punctuation, and whose content terms equal a form's. Overlapping windows
 * are resolved longest first, so "SQL Server" wins over "SQL". Ambiguous short forms are passed
 * through {@link AmbiguityPolicy}. Thread-safe.
 */
public final class LexicalMatcher {

  private static final Set<String> BREAKS = Set.of(",", ";", ":", "(", ")", "[", "]", "!", "?", "\"", ".", "|", "...",
      "\u201c", "\u201d");
  private static final int MAX_STOPS_IN_WINDOW = 3;
  private static final Set<String> NOUNS = Set.of("NOUN", "PROPN", "X");

  private final SurfaceFormIndex index;
  private final AmbiguityPolicy ambiguity;

  public LexicalMatcher(SurfaceFormIndex index, AmbiguityPolicy ambiguity) {
    this.index = index;
    this.ambiguity = ambiguity;
  }

  /** Returns the non-overlapping matches of {@code sentence}, in text order. */
  public List<LexicalMatch> match(Sentence sentence) {
    List<LexicalMatch> all = windows(sentence);
    List<LexicalMatch> accepted = new ArrayList<>(all.size());
    for (LexicalMatch m : all) {
      LexicalMatch kept = ambiguity.filter(m, sentence, all);
      if (kept != null) {
        accepted.add(kept);
      }
    }
    accepted.sort(Comparator.comparingInt(LexicalMatch::length).reversed()
        .thenComparing(m -> !m.exactOrder())
        .thenComparingInt(LexicalMatch::startToken));
    List<LexicalMatch> chosen = new ArrayList<>();
    for (LexicalMatch m : accepted) {
      if (chosen.stream().noneMatch(m::overlaps)) {
        chosen.add(m);
      }
    }
    chosen.sort(Comparator.comparingInt(LexicalMatch::startToken));
    return chosen;
  }

  /**
   * The match that spans every content word of {@code sentence} (a short tag such as "Process
   * Mapping" or "managing projects"), or null when no form covers them all. Ambiguous short forms
   * are not judged here: a tag has no sentence around it, so the caller decides by the tag's case.
   */
  public LexicalMatch matchWhole(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (isContent(tokens.get(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    for (LexicalMatch m : windows(sentence)) {
      if (m.startToken() == first && m.endToken() == last + 1) {
        return m;
      }
    }
    return null;
  }

  /** Every window whose content terms equal some forms', before the ambiguity policy and overlaps. */
  private List<LexicalMatch> windows(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<LexicalMatch> all = new ArrayList<>();
    int maxTerms = index.maxTerms();
    List<String> terms = new ArrayList<>(maxTerms + 1);
    for (int i = 0; i < tokens.size(); i++) {
      if (!isContent(tokens.get(i))) {
        continue;
      }
      terms.clear();
      int stops = 0;
      boolean conjunction = false;
      for (int j = i; j < tokens.size(); j++) {
        Token t = tokens.get(j);
        if (t.isPunct() && BREAKS.contains(t.text())) {
          break;
        }
        if (!isContent(t)) {
          if (++stops > MAX_STOPS_IN_WINDOW) {
            break;
          }
          conjunction |= "CCONJ".equals(t.pos());
          continue;
        }
        terms.add(t.term());
        if (terms.size() > maxTerms) {
          break;
        }
        List<SurfaceForm> forms = index.lookup(SurfaceFormIndex.bagKey(terms));
        if (terms.size() == 1 && !forms.isEmpty()) {
          forms = sameWord(forms, t);
        }
        if (conjunction && !forms.isEmpty()) {
          forms = withConjunction(forms);
        }
        if (terms.size() > 1 && !forms.isEmpty()) {
          forms = wholeNames(forms, stops > 0);
          forms = noAgentNouns(forms, tokens.subList(i, j + 1));
          forms = acronymsSpelt(forms, tokens.subList(i, j + 1));
        }
        if (!forms.isEmpty()) {
          all.add(new LexicalMatch(i, j + 1, forms, sameOrder(terms, forms)));
        }
      }
    }
    return all;
  }

  /**
   * One-word forms match only the same word or its inflections ({@link #isFormOf}): Porter's
   * "experi" must not join experience and experiment, nor "innov" make "innovative" the skill
   * innovate. A plural whose singular has a sense of its own ({@link SurfaceForm#pluralOnly()})
   * matches only itself: "medium security" is not securities. An acronym matches only its own
   * letters ({@link #spells}), and one derived from a product name ("APPS" of "Automated Package
   * Processing System APPS") only when written in capitals: "the care app" is not it.
   */
  private List<SurfaceForm> sameWord(List<SurfaceForm> forms, Token t) {
    String word = t.text();
    String light = index.normalizer().lightTerm(word);
    List<SurfaceForm> out = null;
    for (int k = 0; k < forms.size(); k++) {
      SurfaceForm f = forms.get(k);
      boolean ok = (f.lightTerm() == null || f.lightTerm().equals(light))
          && (!f.pluralOnly() || plain(word).equals(plain(SurfaceFormIndex.contentWord(f.text()))))
          && !(f.kind() == FormKind.SHORTENED && isAcronym(f.text()) && !word.equals(word.toUpperCase(java.util.Locale.ROOT)))
          && spells(SurfaceFormIndex.contentWord(f.text()), t)
          && isFormOf(word, SurfaceFormIndex.contentWord(f.text()),
              index.taxonomy().concept(f.concept()).kind() == ConceptKind.SKILL);
      if (!ok && out == null) {
        out = new ArrayList<>(forms.subList(0, k));
      } else if (ok && out != null) {
        out.add(f);
      }
    }
    return oncePerConcept(out == null ? forms : out);
  }

  /** The first of several forms of one concept that a word matches ("skill" and "skills"): one mention each. */
  private static List<SurfaceForm> oncePerConcept(List<SurfaceForm> forms) {
    for (int k = 1; k < forms.size(); k++) {
      int c = forms.get(k).concept();
      if (forms.subList(0, k).stream().anyMatch(f -> f.concept() == c)) {
        List<SurfaceForm> out = new ArrayList<>(forms.size());
        for (SurfaceForm f : forms) {
          if (out.stream().noneMatch(o -> o.concept() == f.concept())) {
            out.add(f);
          }
        }
        return out;
      }
    }
    return forms;
  }

  /** A window of several words matches a form with an acronym only where the window spells it ({@link #spells}). */
  private static List<SurfaceForm> acronymsSpelt(List<SurfaceForm> forms, List<Token> window) {
    List<SurfaceForm> out = null;
    for (int k = 0; k < forms.size(); k++) {
      SurfaceForm f = forms.get(k);
      boolean ok = true;
      for (String w : f.text().split(SurfaceFormIndex.LABEL_SPLIT)) {
        if (acronym(w) != null && !TermNormalizer.isStopWord(w)) {
          ok &= window.stream().anyMatch(t -> isContent(t) && spells(w, t));
        }
      }
      if (!ok && out == null) {
        out = new ArrayList<>(forms.subList(0, k));
      } else if (ok && out != null) {
        out.add(f);
      }
    }
    return out == null ? forms : out;
  }

  static boolean isAcronym(String form) {
    return form.length() >= 2 && form.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && form.chars().anyMatch(Character::isLetter);
  }

  /** The letters of an acronym as a label writes it ("HCPCS"; "LED" of the plural "LEDs"), or null when it is none. */
  static String acronym(String word) {
    if (isAcronym(word)) {
      return word;
    }
    String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    return isAcronym(singular) ? singular : null;
  }

  /**
   * True unless {@code formWord} is an acronym that token {@code t} does not spell. The text must
   * have the same letters, with or without a plural or possessive "s" in lower case: Porter makes
   * "HCPC" (a UK register) and "HCPCS" (a US coding system) one term, but they are different
   * acronyms. Written in lower case (or capitalised, "Led") it must be a noun: "she led the team" is
   * not about LEDs. Written with capitals after its first letter it must have the acronym's own
   * capitals: "GPs" is the plural of GP, not GPS.
   */
  static boolean spells(String formWord, Token t) {
    String a = formWord == null ? null : acronym(formWord);
    if (a == null) {
      return true;
    }
    String w = t.text();
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() == a.length() + 1 && w.endsWith("s")) {
      w = w.substring(0, w.length() - 1);
    }
    if (isAcronym(w)) {
      return w.equals(a);
    }
    boolean capitalsInside = w.length() > 1 && w.substring(1).chars().anyMatch(Character::isUpperCase);
    return !capitalsInside && w.equalsIgnoreCase(a) && NOUNS.contains(t.pos());
  }

  /**
   * True when {@code text} is the word {@code form} or another form of that word: an inflection
   * ("skills" of "skill", "abilities" of "ability", "LED" of the plural "LEDs"); for an adjective,
   * its adverb or the noun of its quality, which name the same trait ("proactively" and
   * "flexibility" of "proactive" and "flexible"); and, when the form is a skill's verb ({@code
   * verbal}: ESCO skill labels are verb phrases), the verb's other inflections ("organise" of
   * "organised"). Derivations into other words are not: "innovative" is not the skill "innovate",
   * "accountable" and "accounts" are not "accounting", "independent" is not "independently",
   * however a stemmer conflates them. Case and a possessive "'s" do not count; acronyms are left
   * to {@link #spells}.
   */
  static boolean isFormOf(String text, String form, boolean verbal) {
    if (form == null || acronym(form) != null) {
      return true;
    }
    String t = plain(text);
    String f = plain(form);
    if (t.equals(f)) {
      return true;
    }
    List<String> bases = singulars(f);
    if (verbal) {
      bases.addAll(verbBases(f));
    }
    for (String base : bases) {
      if (t.equals(base) || inflectionsOf(base).contains(t) || qualityForms(base).contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** The bases an inflected verb may have: "organised", "organising": organis, organise; "planned": plan. */
  private static List<String> verbBases(String w) {
    List<String> out = new ArrayList<>(4);
    int n = w.length();
    String stem = n > 4 && w.endsWith("ing") ? w.substring(0, n - 3)
        : n > 3 && w.endsWith("ied") ? w.substring(0, n - 3) + "y"
        : n > 3 && w.endsWith("ed") ? w.substring(0, n - 2) : null;
    if (stem != null) {
      out.add(stem);
      out.add(stem + "e");
      int k = stem.length();
      if (k > 2 && stem.charAt(k - 1) == stem.charAt(k - 2)) {
        out.add(stem.substring(0, k - 1));
      }
    }
    return out;
  }

  /** An adjective's adverb and quality nouns: "flexibly", "flexibility" of "flexible"; "proactively" of "proactive". */
  private static Set<String> qualityForms(String b) {
    Set<String> out = new java.util.HashSet<>();
    int n = b.length();
    if (n > 4 && b.endsWith("ble")) {
      out.add(b.substring(0, n - 1) + "y");
      out.add(b.substring(0, n - 2) + "ility");
    } else if (n > 4 && (b.endsWith("ive") || b.endsWith("ous") || b.endsWith("ent") || b.endsWith("ant")
        || b.endsWith("al") || b.endsWith("ful") || b.endsWith("ic"))) {
      out.add(b.endsWith("ic") ? b + "ally" : b + "ly");
      out.add(b + "ness");
      if (b.endsWith("ive")) {
        out.add(b.substring(0, n - 1) + "ity");
      } else if (b.endsWith("ent") || b.endsWith("ant")) {
        out.add(b.substring(0, n - 1) + "ce");
      }
    }
    return out;
  }

  private static String plain(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("'s")) {
      return w.substring(0, w.length() - 2);
    }
    return w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
  }

  /** The word and, when it looks like a regular plural, its singulars ("studies": study; "analyses": analysis). */
  static List<String> singulars(String w) {
    List<String> out = new ArrayList<>(6);
    out.add(w);
    int n = w.length();
    if (n > 3 && w.endsWith("ies")) {
      out.add(w.substring(0, n - 3) + "y");
    } else if (n > 3 && w.endsWith("es")) {
      out.add(w.substring(0, n - 2));
      out.add(w.substring(0, n - 1));
      out.add(w.substring(0, n - 2) + "is");
    } else if (n > 2 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      out.add(w.substring(0, n - 1));
    }
    return out;
  }

  /** The regular inflections of a base word: plural or third person, past, participle, with the usual spelling changes. */
  private static Set<String> inflectionsOf(String b) {
    int n = b.length();
    Set<String> out = new java.util.HashSet<>();
    out.add(b + "s");
    out.add(b + "es");
    out.add(b + "ed");
    out.add(b + "ing");
    if (n > 1 && b.endsWith("e")) {
      out.add(b + "d");
      out.add(b.substring(0, n - 1) + "ing");
    }
    if (n > 1 && b.endsWith("y")) {
      out.add(b.substring(0, n - 1) + "ies");
      out.add(b.substring(0, n - 1) + "ied");
    }
    if (n > 2 && b.endsWith("is")) {
      out.add(b.substring(0, n - 2) + "es");
    }
    if (n > 1) {
      char last = b.charAt(n - 1);
      out.add(b + last + "ed"); // "planned", "programmed"
      out.add(b + last + "ing");
    }
    return out;
  }

  /** A window that spans "and"/"or" matches only forms that have one ("research and development"), not "projects and managing". */
  private static List<SurfaceForm> withConjunction(List<SurfaceForm> forms) {
    List<SurfaceForm> out = new ArrayList<>(forms.size());
    for (SurfaceForm f : forms) {
      String lower = f.text().toLowerCase(java.util.Locale.ROOT);
      if (lower.contains(" and ") || lower.contains(" or ") || lower.contains("&") || lower.contains(" nor ")) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * A technology is a name: a window that skipped a stop word ("adaptable when plans") matches no
   * technology whose own name has none ("Adaptive Planning").
   */
  private List<SurfaceForm> wholeNames(List<SurfaceForm> forms, boolean skippedStops) {
    if (!skippedStops) {
      return forms;
    }
    List<SurfaceForm> out = new ArrayList<>(forms.size());
    for (SurfaceForm f : forms) {
      boolean name = index.taxonomy().concept(f.concept()).kind() == ConceptKind.TECHNOLOGY;
      if (!name || f.text().trim().split("\\s+").length > f.terms().size()) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Porter gives "managers" and "manage" one stem; an agent noun in the text ("managers work"),
   * unless tagged as a verb ("monitors traffic"), matches no form that has the verb ("manage
   * work") in its place.
   */
  private List<SurfaceForm> noAgentNouns(List<SurfaceForm> forms, List<Token> window) {
    List<Token> agents = null;
    for (Token t : window) {
      if (isContent(t) && !"VERB".equals(t.pos()) && isAgentNoun(t.text())) {
        if (agents == null) {
          agents = new ArrayList<>(2);
        }
        agents.add(t);
      }
    }
    if (agents == null) {
      return forms;
    }
    List<SurfaceForm> out = new ArrayList<>(forms.size());
    for (SurfaceForm f : forms) {
      if (!verbInPlaceOfAgent(f, agents)) {
        out.add(f);
      }
    }
    return out;
  }

  /** True when a word of {@code f} shares the term of one of the {@code agents} but is not itself an agent noun. */
  private boolean verbInPlaceOfAgent(SurfaceForm f, List<Token> agents) {
    for (String w : f.text().split("[\\s/]+")) {
      if (isAgentNoun(w)) {
        continue;
      }
      String term = index.normalizer().term(w);
      for (Token a : agents) {
        if (term.equals(a.term())) {
          return true;
        }
      }
    }
    return false;
  }

  /** "manager", "developers", "Operators": a word of four or more letters before -er(s)/-or(s). */
  static boolean isAgentNoun(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (w.endsWith("s")) {
      w = w.substring(0, w.length() - 1);
    }
    return w.length() >= 6 && (w.endsWith("er") || w.endsWith("or")) && w.chars().allMatch(Character::isLetter);
  }

  static boolean isContent(Token t) {
    return !t.isPunct() && !t.stop();
  }

  private static boolean sameOrder(List<String> terms, List<SurfaceForm> forms) {
    for (SurfaceForm f : forms) {
      if (f.terms().equals(terms)) {
        return true;
      }
    }
    return false;
  }
}
