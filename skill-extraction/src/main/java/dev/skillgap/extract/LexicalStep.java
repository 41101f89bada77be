package dev.skillgap.extract;

import dev.skillgap.link.SemanticLinker;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.ConceptKind;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Proposes every taxonomy surface form found in the text ({@link LexicalMatcher}); weak one-word
 * forms ({@link #needsContext}) only when the rest of their sentence is close enough in meaning to
 * the concept.
 */
public final class LexicalStep implements ExtractionStep {

  /** Factor for a match whose words are reordered ("management of projects" for "manage projects"). */
  static final double REORDERED = 0.9;
  /** Factor for an ambiguous short form that passed the context check. */
  static final double AMBIGUOUS = 0.85;

  private final LexicalMatcher matcher;
  private final Taxonomy taxonomy;
  private final SemanticLinker linker;
  private final double minContext;
  /** {@link #skillVerbs} of the taxonomy. */
  private final Set<String> verbs;

  /** Matching without the context check. */
  public LexicalStep(LexicalMatcher matcher, Taxonomy taxonomy) {
    this(matcher, taxonomy, null, 0);
  }

  /**
   * Matching where weak one-word forms need a sentence similar in meaning to their concept.
   *
   * @param taxonomy the concepts the forms name
   * @param linker embeds sentences; null turns the check off
   * @param minContext the least cosine of sentence and concept label (0 turns the check off)
   */
  public LexicalStep(LexicalMatcher matcher, Taxonomy taxonomy, SemanticLinker linker, double minContext) {
    this.matcher = matcher;
    this.verbs = skillVerbs(taxonomy);
    this.taxonomy = taxonomy;
    this.linker = linker;
    this.minContext = minContext;
  }

  /**
   * One-word forms that are ordinary lower-case words standing for a concept by way of an alternative
   * or derived label ("paper" for hang wallpaper, "calculations" for geometry). Preferred labels,
   * technology names, curated forms and capitalised forms are trusted as they are.
   */
  static boolean needsContext(LexicalMatch m, SurfaceForm f) {
    return m.length() == 1 && f.kind() != FormKind.PREFERRED && f.kind() != FormKind.TECHNOLOGY_NAME
        && f.kind() != FormKind.CURATED && !f.caseMatters();
  }

  /**
   * Whether a one-word preferred label of a skill, which ESCO words as a bare verb ("plan",
   * "teach"), was matched by a noun or adjective that is not its -ing form: "care plans" and "an
   * annual hiring plan" are not the skill of planning, while "Plan and prioritise", "planning" and
   * "teaching" are, unless a noun makes the -ing form a compound's head ("care planning"). Knowledge labels ("surgery"), other forms ("teamwork") and capitalised labels
   * (the languages, "Chinese") are nouns or names by nature.
   * A sentence's first word is exempt: the tagger reads imperatives opening a bullet ("Plan and
   * prioritise your workload") as nouns. Not applied to course texts, whose nouns name what the
   * course has you make: "Build your own retirement plan" teaches planning.
   */
  static boolean nounForVerb(LexicalMatch m, SurfaceForm f, boolean skill, Sentence sentence) {
    if (!skill || m.length() != 1 || f.kind() != FormKind.PREFERRED || f.terms().size() != 1 || f.caseMatters()) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    if (opensSentence(tokens, m.startToken())) {
      return false;
    }
    Token token = tokens.get(m.startToken());
    if (!token.text().toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
      return nominal(token);
    }
    // an -ing form after a noun is a compound's head ("care planning", "account planning"): a
    // domain's activity, not the bare skill
    String before = tokens.get(m.startToken() - 1).pos();
    return before.equals("NOUN") || before.equals("PROPN");
  }

  /**
   * How many skill labels a word must open to count as a skill verb ({@link #skillVerbs}). One is
   * not enough: "staff game shifts" and "food ..." open one label each, and "staff" and "food"
   * are nouns nearly everywhere else; "support" opens 49 and "guide" 15.
   */
  static final int MIN_VERB_LABELS = 3;

  /**
   * The words that open at least {@link #MIN_VERB_LABELS} of ESCO's skill labels of two words or
   * more ("support", "manage", "plan"): ESCO words a skill as a verb phrase, so these are its verbs.
   */
  static Set<String> skillVerbs(Taxonomy taxonomy) {
    java.util.Map<String, Integer> labels = new java.util.HashMap<>();
    for (int i = 0; i < taxonomy.size(); i++) {
      Concept c = taxonomy.concept(i);
      String label = c.preferredLabel().strip();
      if (c.kind() == ConceptKind.SKILL && label.indexOf(' ') > 0) {
        labels.merge(firstWord(label), 1, Integer::sum);
      }
    }
    Set<String> out = new HashSet<>();
    labels.forEach((w, n) -> {
      if (n >= MIN_VERB_LABELS) {
        out.add(w);
      }
    });
    return Set.copyOf(out);
  }

  /**
   * Whether a skill's form of several words was matched in a word order or use that names
   * something else: {@link #verbPhraseAsNoun} when the form opens with one of ESCO's skill verbs
   * ({@link #skillVerbs}), else {@link #swappedCompound}. Curated, technology and capitalised
   * forms are trusted as they are.
   */
  static boolean wrongWordOrder(LexicalMatch m, SurfaceForm f, boolean skill, Set<String> verbs, Sentence sentence) {
    if (!skill || f.terms().size() < 2 || f.caseMatters() || f.kind() == FormKind.CURATED
        || f.kind() == FormKind.TECHNOLOGY_NAME) {
      return false;
    }
    return verbs.contains(firstWord(f.text())) ? verbPhraseAsNoun(m, f, sentence) : swappedCompound(m, f, sentence);
  }

  /**
   * Whether a form that opens with a skill verb ("support staff", "plan discharge"), in its own
   * word order, was matched where that word is a noun or adjective: "administration support staff"
   * are workers, not the skill of supporting staff. As in {@link #nounForVerb}, a sentence's first
   * word is exempt (opening imperatives are tagged as nouns), and so is an -ing form ("supporting
   * staff"). A form some of whose words are not matched ("have organisational skills": "have" is a
   * stop word) is left alone, since its verb is not among the matched words.
   */
  private static boolean verbPhraseAsNoun(LexicalMatch m, SurfaceForm f, Sentence sentence) {
    if (words(f.text()) != f.terms().size() || !inFormOrder(m, f, sentence)) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    Token token = tokens.get(m.startToken());
    return !opensSentence(tokens, m.startToken()) && !token.text().toLowerCase(java.util.Locale.ROOT).endsWith("ing")
        && nominal(token);
  }

  /**
   * Whether a two-word form that does not open with a skill verb (a noun compound: "staff
   * support", an alternative label of *support ICT system users*) was matched with its two words
   * swapped and side by side: "support staff" are workers, not staff support. Swapped English
   * compounds name something else; a verb-first form may be swapped ("plan discharge" is
   * "discharge planning") and is left alone.
   */
  private static boolean swappedCompound(LexicalMatch m, SurfaceForm f, Sentence sentence) {
    if (f.terms().size() != 2 || m.length() != 2) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    return f.terms().get(0).equals(tokens.get(m.endToken() - 1).term())
        && f.terms().get(1).equals(tokens.get(m.startToken()).term())
        && !f.terms().get(0).equals(f.terms().get(1));
  }

  /** How many words {@code text} has, separated by white space. */
  private static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  /**
   * Whether token {@code i} is the sentence's first word (after any punctuation): the tagger reads
   * imperatives opening a bullet ("Plan and prioritise", "Support staff to ...") as nouns.
   */
  private static boolean opensSentence(List<Token> tokens, int i) {
    int first = 0;
    while (first < tokens.size() && tokens.get(first).isPunct()) {
      first++;
    }
    return i == first;
  }

  /** Whether the tagger reads {@code token} as a noun, a proper noun or an adjective. */
  private static boolean nominal(Token token) {
    String pos = token.pos();
    return pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ");
  }

  /** Whether the match's first and last words are the form's first and last terms, as written. */
  private static boolean inFormOrder(LexicalMatch m, SurfaceForm f, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    return f.terms().get(0).equals(tokens.get(m.startToken()).term())
        && f.terms().get(f.terms().size() - 1).equals(tokens.get(m.endToken() - 1).term());
  }

  private static String firstWord(String label) {
    String l = label.strip().toLowerCase(java.util.Locale.ROOT);
    int space = l.indexOf(' ');
    return space < 0 ? l : l.substring(0, space);
  }

  /**
   * The words of {@code sentence} around match {@code m}, without the match: the context check asks
   * whether the rest of the sentence is about the concept, so the matched word must not vote for
   * itself (in a static space "paper" alone makes any sentence near "hang wallpaper").
   */
  static String around(String text, Sentence sentence, LexicalMatch m) {
    List<Token> tokens = sentence.tokens();
    int from = tokens.get(m.startToken()).start();
    int to = tokens.get(m.endToken() - 1).end();
    return (text.substring(sentence.start(), from) + " " + text.substring(to, sentence.end())).trim();
  }

  @Override
  public void apply(ExtractionContext context) {
    List<Sentence> sentences = context.text().sentences();
    for (int s = 0; s < sentences.size(); s++) {
      for (LexicalMatch m : matcher.match(sentences.get(s))) {
        float[] contextVector = null;
        for (SurfaceForm f : m.forms()) {
          boolean skill = taxonomy.concept(f.concept()).kind() == ConceptKind.SKILL;
          if (context.kind() != TextKind.COURSE && (nounForVerb(m, f, skill, sentences.get(s))
              || wrongWordOrder(m, f, skill, verbs, sentences.get(s)))) {
            continue;
          }
          double strength = f.kind().prior() * (m.exactOrder() ? 1.0 : REORDERED) * (f.ambiguous() ? AMBIGUOUS : 1.0);
          if (linker != null && minContext > 0 && needsContext(m, f)) {
            if (contextVector == null) {
              contextVector = linker.embed(around(context.text().text(), sentences.get(s), m));
            }
            // NaN (the concept has no embedded label, e.g. an O*NET technology) passes.
            if (linker.similarity(f.concept(), contextVector) < minContext) {
              continue;
            }
          }
          context.candidates().add(new Candidate(f.concept(), s, m.startToken(), m.endToken(), Evidence.LEXICAL,
              strength, 0, 0));
        }
      }
    }
  }
}
