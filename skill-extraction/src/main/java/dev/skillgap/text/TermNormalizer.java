package dev.skillgap.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalises single words with a Lucene analysis chain: ASCII folding, lower case, English
 * possessive removal and Porter stemming, so "Managing", "management" and "manages" share the term
 * {@code manag}. Words with other punctuation (C#, Node.js, CI/CD) are only lower-cased. Stop words are Lucene's English set plus a few job-ad function words. Results are
 * cached; thread-safe.
 */
public final class TermNormalizer {

  private static final CharArraySet STOP = stopWords();

  private final Analyzer analyzer = chain(false);
  private final Analyzer light = chain(true);
  private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> lightCache = new ConcurrentHashMap<>();

  private static CharArraySet stopWords() {
    CharArraySet s = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    for (String w : new String[] {"our", "we", "you", "your", "i", "my", "me", "us", "from", "have", "has", "had",
        "can", "could", "would", "should", "will", "shall", "may", "might", "must", "do", "does", "did", "am",
        "been", "being", "its", "it's", "so", "than", "too", "very", "also", "well", "all", "any", "both", "each",
        "more", "most", "other", "some", "such", "own", "same", "just", "about", "etc", "e.g", "i.e", "via", "per",
        "within", "across", "including", "who", "whom", "which", "what", "when", "where", "while", "how", "he",
        "she", "him", "her", "his", "hers", "them", "whose", "up", "out", "over", "under", "again", "further"}) {
      s.add(w);
    }
    return s;
  }

  /** Keyword tokenizer, ASCII folding, lower case, possessives, then Porter (or, light, KStem) stemming. */
  private static Analyzer chain(boolean lightStemming) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new KeywordTokenizer();
        TokenStream ts = new ASCIIFoldingFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new EnglishPossessiveFilter(ts);
        ts = lightStemming ? new KStemFilter(ts) : new PorterStemFilter(ts);
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  /**
   * A name compared loosely: accents, case, punctuation and spacing ignored, but {@code +} and
   * {@code #} kept ("Rust (Programming Language)" is {@code rust programming language}; "C++" and
   * "C#" stay apart). Two names with the same key are the same name written differently.
   */
  public static String nameKey(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return n.replaceAll("[^\\p{L}\\p{N}+#]+", " ").strip();
  }

  /** True for English stop words (case-insensitive). */
  public static boolean isStopWord(String word) {
    return STOP.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The normalised term of one word; empty when the word has no letter or digit. */
  public String term(String word) {
    String cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    String t = compute(word);
    if (cache.size() < 500_000) {
      cache.put(word, t);
    }
    return t;
  }

  /**
   * The light (dictionary-based, KStem) normal form of one word: inflection only, so "skills" is
   * {@code skill} but "experience" and "experiment" stay apart. Used where Porter's conflation is
   * too eager: single-word forms.
   */
  public String lightTerm(String word) {
    String cached = lightCache.get(word);
    if (cached != null) {
      return cached;
    }
    String t = term(word).isEmpty() ? "" : run(light, word);
    if (lightCache.size() < 500_000) {
      lightCache.put(word, t);
    }
    return t;
  }

  private static String run(Analyzer a, String word) {
    try (TokenStream ts = a.tokenStream("t", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? term.toString() : word.toLowerCase(Locale.ROOT);
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String compute(String word) {
    boolean alnum = false;
    for (int i = 0; i < word.length() && !alnum; i++) {
      alnum = Character.isLetterOrDigit(word.charAt(i));
    }
    if (!alnum) {
      return "";
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019')) {
        return word.toLowerCase(Locale.ROOT); // names such as C#, Node.js, CI/CD are not stemmed
      }
    }
    return run(analyzer, word);
  }
}
