package dev.skillgap.occupation;

import dev.skillgap.io.CuratedTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a job title or occupation label, normalised the same way on both sides so that a
 * title and a label compare word for word: accents folded, lower case, British spellings folded to
 * American ("paediatric", "programme"), plurals made singular, initialisms joined ("g.p." is
 * {@code gp}) and spelled out where they stand for an occupation ("RMN", "HCA", "UX"), and the
 * little words that join a title ("and", "of", "in") left out. Pure functions.
 */
final class TitleWords {

  /** Words that join a title's parts; the head noun is the last word before the first of these that is a preposition. */
  static final Set<String> JOINERS = Set.of("a", "an", "and", "of", "in", "for", "the", "to", "with", "at", "on", "by",
      "or", "from", "as", "within", "into", "per");
  private static final Set<String> PREPOSITIONS = Set.of("of", "in", "for", "to", "with", "at", "on", "by", "from",
      "within", "into", "per");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPLIT = Pattern.compile("[^a-z0-9+#]+");
  /** ".NET" as people write it without the dot ("DotNet Developer"); the dot itself is dropped like any mark. */
  private static final Pattern DOTNET = Pattern.compile("\\bdot\\s?net\\b");
  /** British spellings as American (ESCO mixes both), and the words for a medical specialty as ESCO's "specialized". */
  private static final Map<String, String> SPELLING = Map.ofEntries(Map.entry("programme", "program"),
      Map.entry("centre", "center"), Map.entry("labour", "labor"), Map.entry("behaviour", "behavior"),
      Map.entry("colour", "color"), Map.entry("organisation", "organization"), Map.entry("specialised", "specialized"),
      Map.entry("specialty", "specialized"), Map.entry("speciality", "specialized"), Map.entry("licence", "license"),
      Map.entry("catalogue", "catalog"));

  /** Initialisms that stand for an occupation or its field, on both sides ({@code occupation/title-abbreviations.tsv}). */
  private static final Map<String, List<String>> INITIALISMS = initialisms();

  private TitleWords() {}

  /**
   * A title's words with joiners kept (they mark where the head noun ends), normalised but not
   * made singular: "Consultant in Old Age Psychiatry" gives {@code [consultant, in, old, age,
   * psychiatry]}.
   */
  static List<String> raw(String text) {
    return spelledOut(words(text));
  }

  private static List<String> words(String text) {
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    s = s.replace("\u2019", "'").replaceAll("'s\\b", "").replace("'", "").replace(" & ", " and ");
    s = DOTNET.matcher(s).replaceAll("net");
    List<String> out = new ArrayList<>();
    StringBuilder letters = new StringBuilder();
    for (String w : SPLIT.split(s)) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() == 1 && Character.isLetter(w.charAt(0)) && !JOINERS.contains(w)) {
        letters.append(w); // initialisms: "g.p." and "r.g.n." are gp and rgn
        continue;
      }
      flush(letters, out);
      out.add(spelling(w));
    }
    flush(letters, out);
    return out;
  }

  /**
   * {@code raw} with initialisms spelled out ("rmn" is registered mental health nurse, "ux" user
   * experience) and "health care" written as one word, as ESCO mostly writes it: a "Health Care
   * Support Worker" is a healthcare support worker.
   */
  private static List<String> spelledOut(List<String> raw) {
    List<String> out = new ArrayList<>(raw.size());
    for (String w : raw) {
      out.addAll(INITIALISMS.getOrDefault(w, List.of(w)));
    }
    for (int i = out.size() - 1; i > 0; i--) {
      if (out.get(i).equals("care") && out.get(i - 1).equals("health")) {
        out.set(i - 1, "healthcare");
        out.remove(i);
      }
    }
    return out;
  }

  private static Map<String, List<String>> initialisms() {
    Map<String, List<String>> m = new HashMap<>();
    try {
      for (CuratedTable.Line l : CuratedTable.read(TitleWords.class, "/occupation/title-abbreviations.tsv", 2,
          "initialism<TAB>what it stands for<TAB>where used")) {
        m.put(l.columns()[0], words(l.columns()[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }

  private static void flush(StringBuilder letters, List<String> out) {
    if (letters.length() > 0) {
      out.add(letters.toString());
      letters.setLength(0);
    }
  }

  private static String spelling(String w) {
    String s = SPELLING.get(w);
    if (s != null) {
      return s;
    }
    // British "ae" of medical words: paediatric, anaesthetist, haematologist, gynaecology
    return w.length() > 4 ? w.replace("ae", "e") : w;
  }

  /** The content words of {@code raw} words, singular, without joiners. */
  static List<String> content(List<String> raw) {
    List<String> out = new ArrayList<>(raw.size());
    for (String w : raw) {
      if (!JOINERS.contains(w)) {
        out.add(singular(w));
      }
    }
    return out;
  }

  /** The content words of {@code text}: {@code content(raw(text))}. */
  static List<String> of(String text) {
    return content(raw(text));
  }

  /**
   * The head noun of a label or title, singular: the last word before its first preposition
   * ("head of nursing" is headed by {@code head}, "specialist dietitian" by {@code dietitian});
   * empty when there is none.
   */
  static String head(List<String> raw) {
    String head = "";
    for (String w : raw) {
      if (PREPOSITIONS.contains(w)) {
        if (!head.isEmpty()) {
          break;
        }
      } else if (!JOINERS.contains(w)) {
        head = singular(w);
      }
    }
    return head;
  }

  /** {@code w} singular: nurses, vacancies and classes become nurse, vacancy and class; analysis stays. */
  static String singular(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /**
   * {@link #agent} for a word that modifies another: the same, but a gerund stays whole, since as a
   * modifier it names a field, not a thing ("marketing manager" is not a market manager, "accounting
   * manager" not an account manager).
   */
  static String modifier(String w) {
    return w.endsWith("ing") ? w : agent(w);
  }

  /**
   * The stem a word shares with the other words for the same work: a field and the person who
   * works in it ({@code cardiology} and {@code cardiologist}, {@code paediatrics} and {@code
   * paediatrician}, {@code pharmacy} and {@code pharmacist}, {@code nursing} and {@code nurse}).
   * Used where titles and labels are compared word by word, never for exact matches. The lengths
   * keep short words whole ("analyst", "dentist", "designer", "manager").
   */
  static String agent(String w) {
    int n = w.length();
    if (w.endsWith("ologist")) {
      return w.substring(0, n - 3);
    }
    if (w.endsWith("ology")) {
      return w.substring(0, n - 1);
    }
    if (w.endsWith("iatrist")) {
      return w.substring(0, n - 3);
    }
    if (w.endsWith("iatry")) {
      return w.substring(0, n - 1);
    }
    if (n >= 10 && w.endsWith("ician")) { // paediatrician, obstetrician, electrician; not physician
      return w.substring(0, n - 5);
    }
    if (n > 7 && w.endsWith("ial")) { // financial, industrial, commercial, editorial
      return w.substring(0, n - 3);
    }
    if (n > 6 && w.endsWith("ing")) { // nursing, engineering
      return w.substring(0, n - 3);
    }
    if (n >= 9 && w.endsWith("er")) { // radiographer, researcher, programmer, interpreter
      return w.substring(0, n - 2);
    }
    if (n > 7 && w.endsWith("ist")) { // therapist, pharmacist, anaesthetist
      return w.substring(0, n - 3);
    }
    if (n >= 8 && w.endsWith("ic")) { // paediatric, obstetric, anaesthetic, psychiatric
      return w.substring(0, n - 2);
    }
    if (n > 6 && w.endsWith("y")) { // therapy, pharmacy, radiography
      return w.substring(0, n - 1);
    }
    if (n > 4 && w.endsWith("e")) { // nurse, practice, service
      return w.substring(0, n - 1);
    }
    return w;
  }
}
