package dev.skillgap.extract;

import dev.skillgap.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/** The working state of one extraction, passed through the steps. Not thread-safe; one per text. */
public final class ExtractionContext {

  private final AnalyzedText text;
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<UnlinkedPhrase> unlinked = new ArrayList<>();
  private final Requirement[][] requirements;
  private final TextKind kind;
  private final Cutoff cutoff;
  private String language = "en";
  private boolean stopped;

  ExtractionContext(AnalyzedText text, TextKind kind, Cutoff cutoff) {
    this.text = text;
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
    this.cutoff = java.util.Objects.requireNonNull(cutoff, "cutoff");
    this.requirements = new Requirement[text.sentences().size()][];
  }

  public AnalyzedText text() {
    return text;
  }

  /** What the text is (a posting, a CV, a course). */
  public TextKind kind() {
    return kind;
  }

  /**
   * Whether the extraction returns its best skills whatever their score ({@link Cutoff#top}): a
   * ranking wants a guess for every sentence, a threshold only what reaches it.
   */
  public boolean ranked() {
    return cutoff.top() > 0;
  }

  public List<Candidate> candidates() {
    return candidates;
  }

  public List<UnlinkedPhrase> unlinked() {
    return unlinked;
  }

  public String language() {
    return language;
  }

  void language(String language) {
    this.language = language;
  }

  /** Ends the pipeline early: later steps do not run and no skills are returned. */
  void stop() {
    stopped = true;
  }

  boolean stopped() {
    return stopped;
  }

  /** The requirement level at token {@code token} of sentence {@code sentence}; unspecified before tagging. */
  public Requirement requirement(int sentence, int token) {
    Requirement[] r = requirements[sentence];
    return r == null ? Requirement.UNSPECIFIED : r[token];
  }

  void requirements(int sentence, Requirement[] perToken) {
    requirements[sentence] = perToken;
  }

  /** True when a lexical candidate already covers part of tokens {@code [start, end)} of {@code sentence}. */
  public boolean coveredLexically(int sentence, int start, int end) {
    for (Candidate c : candidates) {
      if (c.evidence() == Evidence.LEXICAL && c.overlaps(sentence, start, end)) {
        return true;
      }
    }
    return false;
  }
}
