package dev.skillgap.extract;

import dev.skillgap.taxonomy.Occupation;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.TermNormalizer;
import dev.skillgap.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a mention or a sentence is about: the person the text asks for, or someone else (the
 * employer, its team, its services). A posting describes its employer as much as the job ("a
 * dedicated recruitment team", "The radiology department provides nuclear medicine, CT and MRI",
 * "We are investing in cognitive computing"), and what it says of them is not asked of the
 * candidate. Two grammatical rules, over the tagger's parts of speech, with no list of skills:
 *
 * <ul>
 *   <li><b>A trait describes what it modifies</b> ({@link #describesOther}): a mention made of
 *       adjectives ("dedicated", "caring and compassionate") names a trait of the noun it
 *       premodifies, or, said predicatively ("Our service is innovative"), of the clause's subject.
 *       It is the organisation's when that noun is one of {@link #ORGANISATIONS} ("a dedicated
 *       team", "a confident workforce", "an English county"). Other nouns say nothing either way:
 *       "organisational skills" and "a motivated nature" are the candidate's.
 *   <li><b>A sentence whose subject is the organisation</b> ({@link #aboutOrganisation}): its words
 *       before the first verb hold "we" or "our", or end in one of {@link #ORGANISATIONS}, and the
 *       sentence neither addresses the reader ("you") nor names a person or the job as in a
 *       requirement.
 * </ul>
 *
 * Both are for postings only ({@link TextKind#POSTING}): a course says "we" of its teachers and
 * learners, and its title's "Financial Accounting Standards Board" names what it teaches.
 *
 * Pure and thread-safe.
 */
public final class HolderRule {

  /** Nouns for people that no occupation label ends in. */
  static final Set<String> PEOPLE = Set.of("person", "people", "individual", "individuals", "candidate", "candidates",
      "applicant", "applicants", "professional", "professionals", "you", "yourself", "someone", "somebody", "i", "me",
      "holder", "postholder", "jobholder", "player", "starter", "communicator", "thinker", "learner", "graduate",
      "graduates", "worker", "workers", "staff", "member", "members", "colleague", "colleagues", "leader", "leaders",
      "hire", "recruit", "recruits", "he", "she", "they", "who");
  /** Nouns that name the job rather than a party: a sentence about them is about what the candidate does. */
  static final Set<String> JOB = Set.of("role", "roles", "post", "posts", "job", "jobs", "position", "positions",
      "vacancy", "duties", "responsibilities", "tasks", "work", "opportunity");
  /** Nouns that name an organisation or a part of one. */
  static final Set<String> ORGANISATIONS = Set.of("trust", "trusts", "hospital", "hospitals", "organisation",
      "organization", "company", "companies", "department", "departments", "service", "services", "team", "teams",
      "unit", "units", "ward", "wards", "practice", "practices", "centre", "center", "clinic", "clinics", "board",
      "group", "business", "firm", "charity", "agency", "school", "university", "college", "hospice", "site", "sites",
      "network", "partnership", "directorate", "division", "authority", "council", "employer", "workforce",
      "programme", "program", "county", "city", "region", "area", "community", "foundation", "institute", "office",
      "offices", "facility", "facilities", "lab", "laboratory", "studio", "brand", "store", "stores", "restaurant");

  private final Set<String> personTerms;
  private final TermNormalizer normalizer;

  /**
   * A rule whose people are {@link #PEOPLE} and the head words of {@code taxonomy}'s occupations'
   * preferred labels. Alternative labels are left out: some name the field ("nuclear medicine",
   * "healthcare") rather than the person.
   */
  public static HolderRule of(Taxonomy taxonomy, TermNormalizer normalizer) {
    Set<String> heads = new HashSet<>();
    for (Occupation o : taxonomy.occupations()) {
      addHead(heads, o.preferredLabel());
    }
    return new HolderRule(heads, normalizer);
  }

  /** A rule whose people are {@link #PEOPLE} and {@code personWords} (lower-case words). */
  public HolderRule(Set<String> personWords, TermNormalizer normalizer) {
    this.normalizer = normalizer;
    Set<String> terms = new HashSet<>();
    for (String w : personWords) {
      terms.add(normalizer.lightTerm(w));
    }
    for (String w : PEOPLE) {
      terms.add(normalizer.lightTerm(w));
    }
    // a label whose head is an organisation's word ("care home" in some alternative labels) never
    // makes that word a person
    for (String w : ORGANISATIONS) {
      terms.remove(normalizer.lightTerm(w));
    }
    this.personTerms = Set.copyOf(terms);
  }

  /** Words after which a label's head has been said ("specialist in radiology", "head of department"). */
  private static final java.util.regex.Pattern AFTER_HEAD = java.util.regex.Pattern.compile(
      "\\s(in|of|for|on|at|with|to|/|-)\\s.*$|\\(.*?\\)|,.*$");

  /**
   * A label's head word: its last word before any preposition, bracket or comma ("nurse (general
   * care)" and "nurse in surgery" give nurse).
   */
  private static void addHead(Set<String> heads, String label) {
    String l = AFTER_HEAD.matcher(label.toLowerCase(Locale.ROOT)).replaceAll("").trim();
    String[] words = l.split("[^\\p{L}]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty()) {
        heads.add(words[i]);
        return;
      }
    }
  }

  /**
   * Whether {@code t} is a noun or pronoun for a person. Compared by dictionary stem (KStem), not
   * Porter's, which makes "provider" of "provides".
   */
  boolean isPerson(Token t) {
    String pos = t.pos();
    if (!pos.equals("NOUN") && !pos.equals("PROPN") && !pos.equals("PRON")) {
      return false;
    }
    String w = t.text().toLowerCase(Locale.ROOT);
    return PEOPLE.contains(w) || personTerms.contains(normalizer.lightTerm(w));
  }

  private static boolean isAdjectival(Token t) {
    return t.pos().equals("ADJ") || (t.pos().equals("VERB") && t.text().toLowerCase(Locale.ROOT).endsWith("ed"));
  }

  private static boolean isNoun(Token t) {
    return t.pos().equals("NOUN") || t.pos().equals("PROPN");
  }

  private static boolean isFiller(Token t) {
    return t.isPunct() && !t.text().equals(".") || t.pos().equals("CCONJ") || t.pos().equals("ADV")
        || t.pos().equals("PART");
  }

  /**
   * Whether tokens {@code [from, to)} of {@code s} name a trait of an organisation: the mention is
   * adjectives (with commas, "and" and adverbs between them) and the noun phrase they premodify ends
   * in an organisation noun ("a dedicated recruitment team"), or, said predicatively, its clause's
   * subject is "we", "our ..." or an organisation ("the service is innovative"). False when the
   * mention is not made of adjectives, or nothing says it is the organisation's.
   */
  public boolean describesOther(Sentence s, int from, int to) {
    List<Token> t = s.tokens();
    boolean adjective = false;
    for (int i = from; i < to; i++) {
      if (isAdjectival(t.get(i))) {
        adjective = true;
      } else if (!isFiller(t.get(i))) {
        return false;
      }
    }
    if (!adjective) {
      return false;
    }
    // the noun phrase it premodifies: skip the rest of the adjective run, then take the compound's last noun
    int i = to;
    while (i < t.size() && (isAdjectival(t.get(i)) || isFiller(t.get(i)) && !t.get(i).text().equals(","))) {
      i++;
    }
    if (i < t.size() && isNoun(t.get(i))) {
      while (i + 1 < t.size() && isNoun(t.get(i + 1))) {
        i++;
      }
      return ORGANISATIONS.contains(t.get(i).text().toLowerCase(Locale.ROOT));
    }
    // predicative ("Our service is innovative", "Are you caring?"): whose it is, by the clause's subject
    return subjectIsOrganisation(t, 0, from);
  }

  /** Whether words {@code [from, to)} hold "we"/"our"/"us" or end in an organisation noun, and hold no person or job word. */
  private boolean subjectIsOrganisation(List<Token> t, int from, int to) {
    boolean organisation = false;
    for (int i = from; i < to; i++) {
      Token k = t.get(i);
      String w = k.text().toLowerCase(Locale.ROOT);
      if (isPerson(k) || JOB.contains(w) || w.equals("your")) {
        return false;
      }
      if (w.equals("we") || w.equals("our") || w.equals("us")) {
        organisation = true;
      } else if (isNoun(k)) {
        organisation = ORGANISATIONS.contains(w);
      }
    }
    return organisation;
  }

  /**
   * Whether sentence {@code s} says what the organisation is or does rather than what the job asks:
   * its words before the first verb name the organisation ({@link #subjectIsOrganisation}) and no
   * word of it addresses the reader or names a person or the job. {@code asks} tells whether the
   * sentence asks for something ("We require ...", "we are looking for"), which keeps it.
   */
  public boolean aboutOrganisation(Sentence s, boolean asks) {
    if (asks) {
      return false;
    }
    List<Token> t = s.tokens();
    int verb = -1;
    for (int i = 0; i < t.size(); i++) {
      String pos = t.get(i).pos();
      if (pos.equals("VERB") || pos.equals("AUX")) {
        verb = i;
        break;
      }
    }
    if (verb <= 0 || !subjectIsOrganisation(t, 0, verb)) {
      return false;
    }
    for (Token k : t) {
      String w = k.text().toLowerCase(Locale.ROOT);
      if (w.equals("you") || w.equals("your") || w.equals("yourself") || isPerson(k) || JOB.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
