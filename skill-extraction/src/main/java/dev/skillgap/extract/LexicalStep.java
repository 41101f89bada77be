package dev.skillgap.extract;

import dev.skillgap.link.SemanticLinker;
import dev.skillgap.taxonomy.ConceptKind;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.Token;
import java.util.List;

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
    int first = 0;
    while (first < tokens.size() && tokens.get(first).isPunct()) {
      first++;
    }
    if (m.startToken() == first) {
      return false;
    }
    Token token = tokens.get(m.startToken());
    String pos = token.pos();
    boolean nominal = pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ");
    if (!token.text().toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
      return nominal;
    }
    // an -ing form after a noun is a compound's head ("care planning", "account planning"): a
    // domain's activity, not the bare skill
    String before = tokens.get(m.startToken() - 1).pos();
    return before.equals("NOUN") || before.equals("PROPN");
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
          if (context.kind() != TextKind.COURSE
              && nounForVerb(m, f, taxonomy.concept(f.concept()).kind() == ConceptKind.SKILL, sentences.get(s))) {
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
