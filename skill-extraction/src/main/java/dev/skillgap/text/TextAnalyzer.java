package dev.skillgap.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Cleans a text and splits it into sentences and tagged tokens. Lines (list items, paragraphs)
 * are always sentence boundaries; within a line OpenNLP's sentence detector decides. Inputs
 * longer than {@link #MAX_CHARS} are cut there and flagged. Not thread-safe: the OpenNLP tools it
 * wraps are not, so make one per thread from shared {@link NlpModels}.
 */
public final class TextAnalyzer {

  /** Texts are analysed up to this many characters (about 30 pages of postings); the rest is dropped and flagged. */
  public static final int MAX_CHARS = 100_000;
  /** Sentences longer than this many tokens are cut into pieces (tables and keyword dumps). */
  static final int MAX_SENTENCE_TOKENS = 120;

  private final TextCleaner cleaner = new TextCleaner();
  private final TermNormalizer normalizer;
  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final GreedyPosTagger tagger;
  private final SentenceCache cache;

  /** An analyzer that analyses every sentence afresh. */
  public TextAnalyzer(NlpModels models, TermNormalizer normalizer) {
    this(models, normalizer, null);
  }

  /** An analyzer that takes sentences met before from {@code cache} (may be null for none), which it shares with other threads. */
  public TextAnalyzer(NlpModels models, TermNormalizer normalizer, SentenceCache cache) {
    this.normalizer = normalizer;
    this.cache = cache;
    this.sentences = new SentenceDetectorME(models.sentenceModel());
    this.tokenizer = new TokenizerME(models.tokenizerModel());
    this.tagger = new GreedyPosTagger(models);
  }

  /** Cleans and analyses {@code original}. */
  public AnalyzedText analyze(String original) {
    boolean truncated = original.length() > MAX_CHARS;
    String input = truncated ? original.substring(0, MAX_CHARS) : original;
    CleanText clean = cleaner.clean(input);
    return new AnalyzedText(clean, split(clean.text()), truncated);
  }

  /** Analyses text that is already clean (offsets are into {@code text} itself). */
  public AnalyzedText analyzePlain(String text) {
    CleanText clean = CleanText.identity(text);
    return new AnalyzedText(clean, split(text), false);
  }

  private List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      if (lineEnd > lineStart) {
        String line = text.substring(lineStart, lineEnd);
        for (Span s : sentences.sentPosDetect(line)) {
          addSentence(text, lineStart + s.getStart(), lineStart + s.getEnd(), out);
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private void addSentence(String text, int start, int end, List<Sentence> out) {
    String s = text.substring(start, end);
    List<Sentence> pieces = cache == null ? null : cache.get(s);
    if (pieces == null) {
      pieces = analyseSentence(s);
      if (cache != null) {
        pieces = cache.put(s, pieces);
      }
    }
    for (Sentence p : pieces) {
      out.add(start == 0 ? p : shifted(p, start));
    }
  }

  /** The pieces of one sentence (one unless it is longer than {@link #MAX_SENTENCE_TOKENS}), offsets from its start. */
  private List<Sentence> analyseSentence(String s) {
    Span[] spans = tokenizer.tokenizePos(s);
    List<Sentence> out = new ArrayList<>(1);
    for (int from = 0; from < spans.length; from += MAX_SENTENCE_TOKENS) {
      int to = Math.min(spans.length, from + MAX_SENTENCE_TOKENS);
      String[] words = new String[to - from];
      for (int i = from; i < to; i++) {
        words[i - from] = spans[i].getCoveredText(s).toString();
      }
      String[] tags = tagger.tag(words);
      List<Token> tokens = new ArrayList<>(words.length);
      for (int i = 0; i < words.length; i++) {
        Span sp = spans[from + i];
        tokens.add(new Token(sp.getStart(), sp.getEnd(), words[i], tags[i],
            normalizer.term(words[i]), TermNormalizer.isStopWord(words[i])));
      }
      out.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
    }
    return out;
  }

  private static Sentence shifted(Sentence p, int by) {
    List<Token> tokens = new ArrayList<>(p.tokens().size());
    for (Token t : p.tokens()) {
      tokens.add(new Token(t.start() + by, t.end() + by, t.text(), t.pos(), t.term(), t.stop()));
    }
    return new Sentence(p.start() + by, p.end() + by, tokens);
  }
}
