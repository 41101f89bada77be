package dev.skillgap.occupation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases a real posting title may name its occupation by, most telling first. Titles carry
 * more than the occupation: grades and bands ("Band 5"), how the post is held ("Bank", "Locum",
 * "Fixed Term"), places and teams after a dash or comma, notes in brackets, languages, years,
 * counts ("x2"), alternatives split by slashes ("Ward Sister/Charge Nurse") and seniority. The
 * noise is removed, each alternative and each part becomes a phrase, ranks are dropped one at a
 * time, and then, in a later tier, the first part's words are left off its front or its end.
 * Pure functions.
 */
final class TitleVariants {

  /**
   * One phrase of a title.
   *
   * @param words its content words ({@link TitleWords#of})
   * @param head its head noun: the last word, or the word before "of" ("head" of "head of nursing")
   * @param tier 0 for the title's first part; 1 for its last words, or its first words when the
   *     words after them only say where or in what ("Paediatric Homecare Nurse" is a homecare nurse,
   *     or a nurse; "Occupational Therapist Neuro Rehabilitation" an occupational therapist); 2 for
   *     the parts after a dash or comma and in brackets; 3 and 4 for the field after "in"
   *     ("Consultant in Cardiology") in the first part or the others. A later tier is read only when
   *     no earlier one resolves
   * @param before for tier 1, the words left off the front; for tiers 3 and 4, the post the field
   *     qualifies ("consultant physician" of "Consultant Physician in Gerontology"); else empty
   * @param after for tier 1, the words left off the end; else empty
   */
  record Phrase(List<String> words, String head, int tier, List<String> before, List<String> after) {
    String key() {
      return String.join(" ", words);
    }

    /** The words a tier-1 phrase left off, front and end. */
    List<String> dropped() {
      List<String> d = new ArrayList<>(before);
      d.addAll(after);
      return d;
    }
  }

  /** What the taxonomy's titles say about a word. */
  interface Lexicon {
    /** Whether some occupation title has the word ({@link TitleWords#of} form). */
    boolean known(String word);

    /** Whether the word heads some occupation title: it names a kind of worker ("nurse", "assistant", "manager"). */
    boolean names(String word);

    /** Whether two words are one term, as in the titles of several occupations ("human resources", "mental health"). */
    boolean compound(String first, String second);
  }

  /** Words that rank a post or say how it is held rather than name the work. */
  static final Set<String> RANKS = Set.of("senior", "snr", "sr", "junior", "jnr", "jr", "lead", "principal", "deputy",
      "associate", "trainee", "apprentice", "graduate", "qualified", "registered", "staff", "specialist", "highly",
      "advanced", "consultant", "experienced", "expert", "charge", "acting", "salaried", "employed", "preceptorship",
      "preceptee", "new", "entry", "level", "mid");
  /** Words that say where or how widely the work is done; like ranks, dropped from the front one at a time. */
  static final Set<String> SETTINGS = Set.of("community", "hospital", "clinical", "global", "regional", "national",
      "international", "strategic", "technical");
  static final Set<String> LEADING_MODIFIERS = union(RANKS, SETTINGS);
  /** Words that rank a post, dropped from the end one at a time ("Nurse Team Leader", "Data Scientist Tech Lead"). */
  static final Set<String> TRAILING_MODIFIERS = Set.of("lead", "leader", "team", "technical", "intern",
      "internship", "trainee", "apprentice");
  /**
   * How the post is held, or the programme that funds it, dropped from the front: "Bank Staff Nurse",
   * "Locum Consultant", "IAPT High Intensity Therapist" (the NHS talking-therapies programme).
   */
  private static final Set<String> LEADING_NOISE = Set.of("bank", "locum", "relief", "temp", "contract", "interim",
      "perm", "nhs", "iapt");
  /** Words that never name the work, dropped anywhere. */
  private static final Set<String> NOISE = Set.of("temporary", "permanent", "secondment", "seconded", "ftc", "vacancy",
      "vacancies", "various", "equivalent", "rotational", "hpw", "wte", "mfd", "mwd", "fmd", "urgent", "casual",
      "sessional", "bilingual");
  private static final Pattern NOISE_PHRASES = Pattern.compile(String.join("|",
      "\\bbands?\\s*\\d+[a-z]*(\\s*(/|-|to|or|&|and)\\s*\\d+[a-z]*)*\\b", // Band 5, Band 5/6, Band 8a, Band 5cc
      "\\b(afc|agenda for change)\\b",
      "\\bgrade\\s+[a-z0-9]{1,2}\\b", // Grade A, Grade 3; not "investment grade trader"
      "\\b(st|ct|fy|ht|sp)\\s?\\d+\\+?", // medical training grades: ST3+, CT1, FY2
      "\\bx\\s?\\d+\\b", // x2, x 2
      "[\u00a3$\u20ac]\\s?[\\d,.]+k?", // a salary or bonus
      "\\b\\d+([.,]\\d+)?\\s*(hpw|hrs|hours?|h|wte|pa)\\b",
      "\\b(part|full)[\\s-]*time\\b", "\\bfixed[\\s-]*term\\b", "\\b(maternity|sickness|paternity)\\s+(cover|leave)\\b",
      "\\binternal(ly)?\\s+(only|applicants)\\b", "\\bapplicants\\s+only\\b", "\\bnewly[\\s-]*qualified\\b",
      "\\b(summer|winter|spring|autumn|fall)\\s+(19|20)\\d\\d\\b", "\\blevel\\s+\\d+\\b", "\\bimmediate\\s+start\\b",
      "\\b(days|nights|weekends|evenings|twilights?)(\\s+only)?\\b", "\\b(long|short)\\s+days\\b"));
  /** A number, a band such as 8a, or an ordinal: never part of an occupation's name here. */
  private static final Pattern NUMBER = Pattern.compile("\\d+([a-d]|st|nd|rd|th)?");
  private static final Pattern NOTES = Pattern.compile("\\*+[^*]*\\*+");
  private static final Pattern BRACKETS = Pattern.compile("[(\\[{]([^)\\]}]*)[)\\]}]?");
  /** Where a title's parts meet: a dash with a space on one side at least, a comma, a colon, a bar, "at" or "@". */
  private static final Pattern PARTS = Pattern.compile(
      "\\s+[-\u2013\u2014]+\\s*|\\s*[-\u2013\u2014]+\\s+|[,;:|\u2022)\\]}]|\\s@\\s|\\sat\\s");
  private static final Pattern SLASH = Pattern.compile("\\s*[/\\\\]\\s*|\\s+or\\s+");
  private static final Pattern WITH = Pattern.compile("\\s(with|w/)\\s.*$");

  private TitleVariants() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }

  /**
   * The phrases of {@code title} in the order to try them, without repeats. The {@code lexicon}
   * tells which words no occupation title has (places, wards, team names: left out) and which words
   * name a kind of worker (never left off the end of a title: "Nurse Manager" is not a nurse).
   */
  static List<Phrase> of(String title, Lexicon lexicon) {
    String s = title.replace("&amp;", "&").replace("&#39;", "'").toLowerCase(Locale.ROOT);
    s = NOTES.matcher(s).replaceAll(" , ");
    List<String> bracketed = new ArrayList<>();
    Matcher m = BRACKETS.matcher(s);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      bracketed.add(m.group(1));
      m.appendReplacement(rest, " , ");
    }
    m.appendTail(rest);
    Map<String, Phrase> out = new LinkedHashMap<>();
    int tier = 0;
    String[] parts = PARTS.split(rest.toString());
    for (int i = 0; i < parts.length; i++) {
      if (tier == 0 && i + 1 < parts.length && loneWorker(parts[i], lexicon)) {
        // "Manager, Corporate Communications" is a corporate communications manager
        add(parts[i + 1] + " " + parts[i], 0, lexicon, out);
      }
      if (add(parts[i], tier, lexicon, out)) {
        tier = 2;
      }
    }
    for (String b : bracketed) {
      add(b, 2, lexicon, out);
    }
    List<Phrase> phrases = new ArrayList<>(out.values());
    // by tier; the parts of the first part longest first, since they say more
    phrases.sort(Comparator.comparingInt(Phrase::tier)
        .thenComparingInt(p -> p.tier() == 1 ? -p.words().size() : 0));
    return phrases;
  }

  /** Whether {@code part} is one word that names a kind of worker ("Manager", "Analyst"). */
  private static boolean loneWorker(String part, Lexicon lexicon) {
    List<String> words = TitleWords.of(part);
    return words.size() == 1 && lexicon.names(words.get(0));
  }

  /** Adds the phrases of one part of a title; whether it had any. */
  private static boolean add(String part, int tier, Lexicon lexicon, Map<String, Phrase> out) {
    boolean any = false;
    for (String alternative : alternatives(NOISE_PHRASES.matcher(part).replaceAll(" "))) {
      List<String> raw = TitleWords.raw(WITH.matcher(alternative).replaceAll(""));
      raw.removeIf(w -> NOISE.contains(w) || NUMBER.matcher(w).matches());
      if (raw.size() > 1 && raw.get(raw.size() - 1).equals("tech")) {
        raw.set(raw.size() - 1, "technician"); // "Pharmacy Tech"; a leading "Tech" is technical ("Tech Lead")
      }
      while (!raw.isEmpty() && (LEADING_NOISE.contains(raw.get(0)) || TitleWords.JOINERS.contains(raw.get(0)))) {
        raw.remove(0);
      }
      List<String> words = TitleWords.content(raw);
      if (words.isEmpty()) {
        continue;
      }
      any = true;
      int at = qualifier(raw);
      // "Specialist Dietitian in Cancer Care": the post is a dietitian; "Consultant in Cardiology": a cardiologist
      List<String> postRaw = at > 0 ? raw.subList(0, at) : raw;
      String head = TitleWords.head(postRaw);
      put(out, words, head, tier);
      List<String> post = TitleWords.content(postRaw);
      List<String> shortest = backOff(post, head, tier, lexicon, out);
      if (at > 0) {
        List<String> fieldRaw = raw.subList(at + 1, raw.size());
        Map<String, Phrase> fields = new LinkedHashMap<>();
        backOff(TitleWords.content(fieldRaw), TitleWords.head(fieldRaw), tier == 0 ? 3 : 4, lexicon, fields);
        // fields joined by "and" are each the field: "Obstetrics and Gynaecology"
        for (List<String> field : split(fieldRaw, "and")) {
          backOff(TitleWords.content(field), TitleWords.head(field), tier == 0 ? 3 : 4, lexicon, fields);
        }
        for (Phrase f : fields.values()) {
          put(out, new Phrase(f.words(), f.head(), f.tier(), List.copyOf(post), List.of()));
        }
      }
      if (tier == 0) {
        // from the post as written ("Surgical Skin Specialist Nurse" ends in a specialist nurse) and as backed off
        ends(post, head, lexicon, out);
        ends(shortest, head, lexicon, out);
      }
    }
    return any;
  }

  /**
   * The tier-1 phrases of {@code base}: its first words while the words left off name no worker
   * ("Occupational Therapist Neuro Rehabilitation": occupational therapist; but a nurse manager is
   * no nurse), and the last words of those ("Paediatric Homecare Nurse": homecare nurse, nurse).
   * Never between the two words of one term: "HR Administrator" is no resource administrator.
   */
  private static void ends(List<String> base, String head, Lexicon lexicon, Map<String, Phrase> out) {
    List<Integer> cuts = new ArrayList<>(List.of(base.size()));
    for (int i = base.size() - 1; i > 0 && !lexicon.names(base.get(i)); i--) {
      if (!lexicon.compound(base.get(i - 1), base.get(i))) {
        cuts.add(i);
      }
    }
    for (int cut : cuts) {
      for (int i = 0; i < cut; i++) {
        if (i > 0 && lexicon.compound(base.get(i - 1), base.get(i)) || i == 0 && cut == base.size()) {
          continue;
        }
        List<String> part = base.subList(i, cut);
        put(out, new Phrase(List.copyOf(part), cut == base.size() ? headOf(part, head) : part.get(part.size() - 1), 1,
            List.copyOf(base.subList(0, i)), List.copyOf(base.subList(cut, base.size()))));
      }
    }
  }

  /** Where "in", "for" or "within" first qualifies the post; -1 when it does not. */
  private static int qualifier(List<String> raw) {
    for (int i = 1; i < raw.size() - 1; i++) {
      String w = raw.get(i);
      if (w.equals("in") || w.equals("for") || w.equals("within")) {
        return i;
      }
    }
    return -1;
  }

  /** {@code raw} cut at each {@code word}, without empty pieces; nothing when it has no such word. */
  private static List<List<String>> split(List<String> raw, String word) {
    List<List<String>> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= raw.size(); i++) {
      if (i == raw.size() || raw.get(i).equals(word)) {
        if (i > from && (i < raw.size() || from > 0)) {
          out.add(raw.subList(from, i));
        }
        from = i + 1;
      }
    }
    return out;
  }

  /** {@code head} if {@code words} still has it, else their last word. */
  private static String headOf(List<String> words, String head) {
    return words.contains(head) ? head : words.get(words.size() - 1);
  }

  /**
   * The phrases of {@code words} with modifiers dropped from the front, then the end; then without
   * the words before the last that no ESCO title has (places, wards, team names);
   * then without rank words anywhere ("Occupational Therapy Senior Support Worker"). Returns the
   * shortest of them.
   */
  private static List<String> backOff(List<String> words, String head, int tier, Lexicon lexicon,
      Map<String, Phrase> out) {
    List<String> w = dropModifiers(words, head, tier, out);
    List<String> knownOnly = new ArrayList<>(w.subList(0, w.size() - 1));
    knownOnly.removeIf(x -> !lexicon.known(x));
    knownOnly.add(w.get(w.size() - 1)); // the head stays: "Pharmacy Teachnician" is no pharmacist
    if (knownOnly.size() < w.size()) {
      put(out, knownOnly, head, tier);
      w = dropModifiers(knownOnly, head, tier, out);
    }
    List<String> unranked = new ArrayList<>(w);
    unranked.removeIf(x -> LEADING_MODIFIERS.contains(x) || TRAILING_MODIFIERS.contains(x));
    if (!unranked.isEmpty() && unranked.size() < w.size()) {
      put(out, unranked, head, tier);
      w = unranked;
    }
    return w;
  }

  private static List<String> dropModifiers(List<String> words, String head, int tier, Map<String, Phrase> out) {
    List<String> w = new ArrayList<>(words);
    put(out, w, head, tier);
    while (w.size() > 1 && LEADING_MODIFIERS.contains(w.get(0))) {
      w = new ArrayList<>(w.subList(1, w.size()));
      put(out, w, head, tier);
    }
    while (w.size() > 1 && TRAILING_MODIFIERS.contains(w.get(w.size() - 1))) {
      w = new ArrayList<>(w.subList(0, w.size() - 1));
      put(out, w, head, tier);
    }
    return w;
  }

  private static void put(Map<String, Phrase> out, List<String> words, String head, int tier) {
    if (!words.isEmpty()) {
      put(out, new Phrase(List.copyOf(words), headOf(words, head), tier, List.of(), List.of()));
    }
  }

  /** Adds {@code p}, or lowers the tier of the same phrase found before by a longer way ("nurse" of "Charge Nurse"). */
  private static void put(Map<String, Phrase> out, Phrase p) {
    out.merge(p.key(), p, (was, now) -> now.tier() < was.tier() ? now : was);
  }

  /**
   * The alternatives a slash or "or" offers, each with the words they share: "Clinical/Counselling
   * Psychologist" is a clinical psychologist or a counselling psychologist, "Ward Sister/Charge
   * Nurse" a ward sister or a charge nurse, "IR/CT Radiographer" an IR or a CT radiographer.
   */
  static List<String> alternatives(String part) {
    List<String> parts = new ArrayList<>();
    for (String p : SLASH.split(part.trim())) {
      if (!p.isBlank()) {
        parts.add(p.trim());
      }
    }
    if (parts.size() <= 1) {
      return parts.isEmpty() ? List.of() : parts;
    }
    List<String> last = List.of(parts.get(parts.size() - 1).split("\\s+"));
    List<String> out = new ArrayList<>();
    for (String p : parts.subList(0, parts.size() - 1)) {
      List<String> words = List.of(p.split("\\s+"));
      if (words.size() < last.size() || !words.get(words.size() - 1).equals(last.get(last.size() - 1))) {
        // it may share the last one's head: "Clinical/Counselling Psychologist", "Senior Clinical/Counselling ..."
        int from = Math.max(1, Math.min(words.size(), last.size() - 1));
        out.add(p + " " + String.join(" ", last.subList(from, last.size())));
      }
      out.add(p);
    }
    out.add(String.join(" ", last));
    return out;
  }
}
