package dev.skillgap.extract;

import dev.skillgap.text.Sentence;
import dev.skillgap.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads how a posting asks for what a sentence mentions: required, preferred (nice to have) or
 * unspecified, and which token ranges are negated ("no experience with SAP needed", "a degree is
 * not required"). Cues count within their clause ("SQL is essential; Python is a plus"); a
 * preference cue wins over the section a sentence sits in ("Nice to have:", "Requirements"), which
 * carries over to the following lines until the next heading. Also reads which sentences say what
 * the employer offers or is rather than what it asks ({@link #offered()}): those under a benefits or
 * about-us heading, up to the next heading, and those that open with an offer ("We offer a lease car
 * scheme"). Create one per text: it keeps the current section. Not thread-safe.
 */
public final class RequirementTagger {

  private static final List<String> PREFERRED_PHRASES = List.of(
      "nice to have", "nice-to-have", "desirable", "preferred", "preferably", "a plus", "an advantage", "advantageous",
      "bonus", "ideally", "would be great", "would be nice", "would be a", "beneficial", "is welcome", "are welcome",
      "welcomed", "optional", "not essential", "good to have", "helpful", "an asset", "a big plus", "not mandatory");
  private static final List<String> REQUIRED_PHRASES = List.of(
      "must", "required", "requirement", "essential", "mandatory", "you need", "you will need", "you'll need",
      "need to", "needs to", "you have", "you will have", "you'll have", "you bring", "we expect", "minimum",
      "at least", "proven", "demonstrable", "necessary", "qualifications", "we are looking for", "we're looking for",
      "we need", "we require", "we are seeking", "we're seeking", "we seek", "we want", "we are recruiting",
      "we're recruiting", "we would like",
      "you are", "you're", "should have", "strong", "solid", "experience in", "experience with", "knowledge of",
      "ability to", "able to", "proficient", "proficiency", "expertise");
  private static final List<String> PREFERRED_HEADINGS = List.of(
      "nice to have", "desirable", "preferred", "bonus", "pluses", "nice-to-have", "good to have", "extra credit",
      "would be great", "optional");
  private static final List<String> REQUIRED_HEADINGS = List.of(
      "requirements", "required", "must have", "must-have", "essential", "what you'll need", "what you need",
      "what you will need", "what we're looking for", "what we are looking for", "qualifications", "skills",
      "you have", "about you", "who you are", "your profile", "the ideal candidate", "you will bring", "what you bring",
      "minimum", "key skills", "experience", "person specification");
  private static final List<String> NEUTRAL_HEADINGS = List.of(
      "responsibilities", "what you'll do", "what you will do", "the role", "your role", "duties", "key responsibilities",
      "how to apply", "location", "about the role", "about the job", "about the post", "the post", "job description",
      "job overview", "job purpose", "job summary", "role summary", "main duties", "main responsibilities");
  /** Headings of what the employer gives or is: what a section under them names is not asked for. */
  private static final List<String> OFFER_HEADINGS = List.of(
      "benefits", "what we offer", "we offer", "we can offer", "we also offer", "perks", "rewards",
      "about us", "about the company", "about the trust", "about the organisation", "about the organization",
      "about our", "about your next employer", "about the employer", "who we are", "the company", "our company", "our benefits", "the benefits", "staff benefits", "employee benefits", "why join us",
      "why work for us", "why work with us", "why choose us", "what's in it for you", "what you will get",
      "what you'll get", "what you get", "in return", "working for our organisation", "working for us");
  /** How a sentence that offers opens ("We offer a lease car scheme", "In return you will receive ..."). */
  private static final List<String> OFFER_OPENINGS = List.of(
      "we offer", "we can offer", "we also offer", "we will offer", "we'll offer", "we provide", "in return",
      "benefits include", "our benefits", "you will receive", "you'll receive", "you will enjoy", "you'll enjoy",
      "you will benefit from", "you'll benefit from");
  private static final Set<String> NEGATORS = Set.of("no", "not", "n't", "without", "never", "none", "nor");
  private static final Set<String> NEED_WORDS = Set.of("needed", "required", "necessary", "essential", "expected",
      "mandatory", "need", "needs", "requirement", "prerequisite", "compulsory");

  private Requirement section = Requirement.UNSPECIFIED;
  private boolean offerSection;
  private boolean offered;

  /** Words that start a new clause with its own requirement ("SQL is essential; Python is a plus"). */
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", "but", "however", "whereas", "while", "although");

  /**
   * The requirement level of each token of {@code sentence} (of {@code text}, the clean text),
   * decided clause by clause, and updates the section state when the sentence is a heading.
   */
  public Requirement[] tag(Sentence sentence, String text) {
    List<Token> tokens = sentence.tokens();
    Requirement[] out = new Requirement[tokens.size()];
    String s = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT).trim()
        .replace('\u2019', '\'');
    Requirement heading = heading(s, tokens.size());
    boolean opensWithOffer = startsWithAny(s, OFFER_OPENINGS);
    if (isOfferHeading(s, tokens.size())) {
      offerSection = true;
      heading = Requirement.UNSPECIFIED;
    } else if (heading != null || isHeadingShaped(s, tokens.size())
        || (!opensWithOffer && (containsAny(s, REQUIRED_PHRASES) || containsAny(s, PREFERRED_PHRASES)))) {
      offerSection = false; // a new section, or a sentence that asks for something
    }
    offered = offerSection || opensWithOffer;
    if (heading != null) {
      section = heading;
      String after = s.contains(":") ? s.substring(s.indexOf(':') + 1).trim() : "";
      if (after.isEmpty()) {
        java.util.Arrays.fill(out, heading);
        return out;
      }
    }
    Requirement whole = containsAny(s, REQUIRED_PHRASES) ? Requirement.REQUIRED : Requirement.UNSPECIFIED;
    int from = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      boolean end = i == tokens.size() || (i > from && CLAUSE_BREAKS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)));
      if (!end) {
        continue;
      }
      String clause = text.substring(tokens.get(from).start(), tokens.get(i - 1).end()).toLowerCase(Locale.ROOT);
      Requirement r;
      if (containsAny(clause, PREFERRED_PHRASES)) {
        r = Requirement.PREFERRED;
      } else if (section != Requirement.UNSPECIFIED) {
        r = section;
      } else if (containsAny(clause, REQUIRED_PHRASES)) {
        r = Requirement.REQUIRED;
      } else {
        r = whole;
      }
      java.util.Arrays.fill(out, from, i, r);
      from = i;
    }
    return out;
  }

  /**
   * Whether the sentence last {@linkplain #tag tagged} says what the employer offers or is, not what
   * it asks for: under a benefits or about-us heading ("Benefits:", "Why join us?", "What can we
   * offer you?") up to the next heading or the next sentence that asks for something ("You must
   * ..."), or opening with an offer ("We offer ...").
   */
  public boolean offered() {
    return offered;
  }

  /**
   * A heading of what the employer offers or is: one of {@link #OFFER_HEADINGS} alone ("Benefits",
   * "About us"), or, marked as a heading by a colon, a question mark or an ellipsis, one that starts
   * like them ("Benefits include:"), asks why ("Why Acme?") or offers ("What can we offer you?").
   * Unmarked lines that only start like one ("Company car provided") are list items.
   */
  private static boolean isOfferHeading(String s, int tokens) {
    if (tokens > 10) {
      return false;
    }
    int colon = s.indexOf(':');
    String h = (colon > 0 ? s.substring(0, colon) : s).replaceAll("^[#*\\s]+|[#*\\s.!?\u2026]+$", "");
    boolean marked = colon > 0 || s.endsWith("?") || s.endsWith("\u2026") || s.endsWith("...");
    return OFFER_HEADINGS.contains(h)
        || (marked && (startsWithAny(h, OFFER_HEADINGS) || h.startsWith("why ") || h.endsWith("offer you")));
  }

  /** A line that reads like a heading: short and ending in a colon or question mark ("Interested?"), or led by one ("The job: ..."). */
  private static boolean isHeadingShaped(String s, int tokens) {
    int colon = s.indexOf(':');
    return (tokens <= 8 && (s.endsWith(":") || s.endsWith("?"))) || (colon > 0 && colon < 40);
  }

  private static Requirement heading(String s, int tokens) {
    String h = s.endsWith(":") ? s.substring(0, s.length() - 1).trim() : s;
    int colon = s.indexOf(':');
    if (colon > 0 && colon < 40) {
      h = s.substring(0, colon).trim();
    } else if (tokens > 7 || !(s.endsWith(":") || tokens <= 5)) {
      return null;
    }
    h = h.replaceAll("^[#*\\s]+|[#*\\s]+$", "");
    if (startsWithAny(h, PREFERRED_HEADINGS)) {
      return Requirement.PREFERRED;
    }
    if (startsWithAny(h, NEUTRAL_HEADINGS)) {
      return Requirement.UNSPECIFIED;
    }
    if (startsWithAny(h, REQUIRED_HEADINGS)) {
      return Requirement.REQUIRED;
    }
    return null;
  }

  private static boolean startsWithAny(String s, List<String> prefixes) {
    for (String p : prefixes) {
      if (s.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String s, List<String> phrases) {
    for (String p : phrases) {
      int i = s.indexOf(p);
      while (i >= 0) {
        boolean startOk = i == 0 || !Character.isLetter(s.charAt(i - 1));
        int e = i + p.length();
        boolean endOk = e >= s.length() || !Character.isLetter(s.charAt(e));
        if (startOk && endOk) {
          return true;
        }
        i = s.indexOf(p, i + 1);
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, to)} of {@code sentence} are negated: "no/without ... X ...
   * needed/required" covers what lies between the negator and the need word, and "X is not
   * required/needed" covers what precedes the negator in its clause.
   */
  public static boolean negated(Sentence sentence, int from, int to) {
    List<Token> t = sentence.tokens();
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).text().toLowerCase(Locale.ROOT);
      if (!NEGATORS.contains(w)) {
        continue;
      }
      // "no ... X ... needed" or "without (prior) X experience"
      if (i < from) {
        int need = -1;
        for (int j = to; j < Math.min(t.size(), to + 8); j++) {
          String v = t.get(j).text().toLowerCase(Locale.ROOT);
          if (NEED_WORDS.contains(v)) {
            need = j;
            break;
          }
          if (isClauseBreak(t.get(j))) {
            break;
          }
        }
        boolean noBreakBetween = true;
        for (int j = i + 1; j < from; j++) {
          noBreakBetween &= !isClauseBreak(t.get(j));
        }
        if (need >= 0 && noBreakBetween && from - i <= 6) {
          return true;
        }
        if ((w.equals("without") || w.equals("no")) && noBreakBetween && from - i <= 3 && followedByExperience(t, to)) {
          return true;
        }
      }
      // "X is not required"
      if (i >= to && i - to <= 4 && i + 1 < t.size()) {
        boolean noBreak = true;
        for (int j = to; j < i; j++) {
          noBreak &= !isClauseBreak(t.get(j));
        }
        for (int j = i + 1; j < Math.min(t.size(), i + 3); j++) {
          if (noBreak && NEED_WORDS.contains(t.get(j).text().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean followedByExperience(List<Token> t, int to) {
    for (int j = to; j < Math.min(t.size(), to + 2); j++) {
      String v = t.get(j).text().toLowerCase(Locale.ROOT);
      if (v.startsWith("experience") || v.equals("knowledge") || v.equals("skills")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClauseBreak(Token t) {
    String x = t.text();
    return x.equals(",") || x.equals(";") || x.equals(".") || x.equals(":") || x.equalsIgnoreCase("but")
        || x.equalsIgnoreCase("however") || x.equals("(") || x.equals(")");
  }
}
