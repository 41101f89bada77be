package dev.skillgap.extract;

import dev.skillgap.taxonomy.ConceptKind;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an ambiguous short form ("R", "Go", "Excel", "Spring", "Word", "Access", "Act!")
 * means the technology. It must be written with the form's capitals (or all in capitals), be
 * tagged as a noun, proper noun or foreign word, and have support in its sentence: the name's own
 * punctuation written with it ("ACT!"), another technology or knowledge match that is not itself
 * ambiguous, or a technical cue word within {@link #CUE_WINDOW} tokens ("programming", "software",
 * "framework", "proficient in", "Microsoft"). "You will excel in a fast-paced team" fails all three.
 * A name written without its own punctuation ("Act" for the CRM "Act!") needs a technology or a cue:
 * in "the Mental Health Act" knowledge of mental health says nothing about software. Thread-safe.
 */
public final class AmbiguityPolicy {

  static final int CUE_WINDOW = 5;
  static final Set<String> CUES = Set.of(
      "programming", "program", "language", "languages", "software", "framework", "frameworks", "library",
      "libraries", "tool", "tools", "tooling", "stack", "proficient", "proficiency", "microsoft", "ms", "office",
      "spreadsheet", "spreadsheets", "database", "databases", "developer", "developers", "development", "code",
      "coding", "scripting", "scripts", "package", "packages", "platform", "platforms", "technologies",
      "technology", "technical", "pivot", "vlookup", "macros", "vba", "formulas", "boot", "java", "devops",
      "configuration", "automation", "compiler", "backend", "frontend", "web", "app", "apps", "ios", "cloud",
      "sql", "python", "data", "analytics", "statistical", "statistics", "ide", "version", "kotlin", "golang",
      "linux", "unix", "api", "apis", "microservices", "r-studio", "rstudio", "tidyverse", "ggplot2", "cran",
      "365", "suite", "excel", "word", "powerpoint", "outlook");
  private static final Set<String> NOUNISH = Set.of("NOUN", "PROPN", "X", "SYM", "NUM");

  private final Taxonomy taxonomy;

  public AmbiguityPolicy(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /**
   * Returns {@code m} with only the forms that are unambiguous or supported in context, or null
   * when none is left.
   */
  public LexicalMatch filter(LexicalMatch m, Sentence sentence, List<LexicalMatch> others) {
    boolean anyAmbiguous = false;
    for (SurfaceForm f : m.forms()) {
      anyAmbiguous |= f.ambiguous();
    }
    if (!anyAmbiguous) {
      return m;
    }
    List<SurfaceForm> kept = new ArrayList<>(m.forms().size());
    for (SurfaceForm f : m.forms()) {
      if (!f.ambiguous() || supported(f, m, sentence, others)) {
        kept.add(f);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    return kept.size() == m.forms().size() ? m : new LexicalMatch(m.startToken(), m.endToken(), kept, m.exactOrder());
  }

  private boolean supported(SurfaceForm f, LexicalMatch m, Sentence sentence, List<LexicalMatch> others) {
    List<Token> tokens = sentence.tokens();
    Token head = null;
    for (int i = m.startToken(); i < m.endToken(); i++) {
      if (LexicalMatcher.isContent(tokens.get(i))) {
        head = tokens.get(i);
      }
    }
    if (head == null) {
      return false;
    }
    if (f.caseMatters() && !caseAgrees(head.text(), f.text())) {
      return false;
    }
    if (!NOUNISH.contains(head.pos()) && !(head.text().length() <= 2 && f.caseMatters())) {
      return false;
    }
    String mark = mark(f.text());
    if (!mark.isEmpty() && writesMark(mark, tokens, m.endToken())) {
      return true;
    }
    for (LexicalMatch o : others) {
      if (o == m || o.overlaps(m)) {
        continue;
      }
      for (SurfaceForm of : o.forms()) {
        ConceptKind k = taxonomy.concept(of.concept()).kind();
        // a name written without its own mark ("Act" for "Act!") reads as the word unless software is near
        if (!of.ambiguous() && (k == ConceptKind.TECHNOLOGY || (k == ConceptKind.KNOWLEDGE && mark.isEmpty()))) {
          return true;
        }
      }
    }
    int from = Math.max(0, m.startToken() - CUE_WINDOW);
    int to = Math.min(tokens.size(), m.endToken() + CUE_WINDOW);
    for (int i = from; i < to; i++) {
      if (i >= m.startToken() && i < m.endToken()) {
        continue;
      }
      if (CUES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The punctuation a one-word name ends with and is part of it ("!" of "Act!"), or "". */
  static String mark(String form) {
    String name = form.trim();
    int k = name.length();
    while (k > 0 && !Character.isLetterOrDigit(name.charAt(k - 1))) {
      k--;
    }
    return k == 0 ? "" : name.substring(k);
  }

  /** True when the text writes {@code mark} right after the match, with no space ("ACT! CRM"). */
  static boolean writesMark(String mark, List<Token> tokens, int end) {
    if (end >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(end);
    return next.start() == tokens.get(end - 1).end() && next.text().startsWith(mark);
  }

  /** The text is written as the form is ("Excel"), or in capitals ("EXCEL"), but not in lower case ("excel"). */
  static boolean caseAgrees(String text, String form) {
    String formHead = form.trim();
    if (text.equals(formHead)) {
      return true;
    }
    if (text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT)) && text.equalsIgnoreCase(formHead)) {
      return true;
    }
    // inflected forms ("Excel's"): compare the leading capital pattern only
    return !text.isEmpty() && !formHead.isEmpty() && Character.isUpperCase(text.charAt(0)) == Character.isUpperCase(formHead.charAt(0))
        && text.regionMatches(true, 0, formHead, 0, Math.min(text.length(), formHead.length()))
        && !text.equals(text.toLowerCase(Locale.ROOT));
  }
}
