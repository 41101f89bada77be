package dev.skillgap.spans;

import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.TermNormalizer;
import dev.skillgap.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the tokens of a sentence into the string features the span detector weighs: words, terms,
 * part-of-speech tags and shapes in a window of two tokens each side, affixes, wider bag-of-terms
 * context and, when a lexicon is given, where taxonomy labels match. Immutable and thread-safe.
 */
public final class SpanFeatures {

  /** Lexicon entries longer than this many terms are ignored. */
  public static final int MAX_LEXICON_TERMS = 6;

  private static final String BOS = "<s>";
  private static final String EOS = "</s>";

  private final Set<String> lexicon;

  /**
   * Makes a feature extractor; {@code lexicon} holds label term sequences (normalised terms joined
   * by single spaces, see {@link #lexiconOf}), and may be empty for none.
   */
  public SpanFeatures(Set<String> lexicon) {
    this.lexicon = Set.copyOf(lexicon);
  }

  /** The lexicon this extractor matches (empty when it uses none). */
  public Set<String> lexicon() {
    return lexicon;
  }

  /**
   * The term sequences of every surface form of every taxonomy concept, without parenthetical
   * qualifiers, as {@link SpanFeatures} matches them; sorted so that models built from it are
   * reproducible.
   */
  public static Set<String> lexiconOf(Taxonomy taxonomy, TermNormalizer normalizer) {
    Set<String> out = new TreeSet<>();
    for (Concept c : taxonomy.concepts()) {
      for (String form : c.surfaceForms()) {
        String key = lexiconKey(form.replaceAll("\\([^)]*\\)", " "), normalizer);
        if (!key.isEmpty()) {
          out.add(key);
        }
      }
    }
    return out;
  }

  /** The lexicon key of a label: the terms of its whitespace-separated words, without edge punctuation. */
  static String lexiconKey(String label, TermNormalizer normalizer) {
    List<String> terms = new ArrayList<>();
    for (String w : label.trim().split("\\s+")) {
      String t = normalizer.term(core(w));
      if (!t.isEmpty()) {
        terms.add(t);
      }
    }
    return terms.size() > MAX_LEXICON_TERMS ? "" : String.join(" ", terms);
  }

  /** The word without leading or trailing punctuation that tokenisers usually split off. */
  static String core(String word) {
    int s = 0;
    int e = word.length();
    while (s < e && isEdgePunct(word.charAt(s))) {
      s++;
    }
    while (e > s && isEdgePunct(word.charAt(e - 1))) {
      e--;
    }
    return s == e ? word : word.substring(s, e);
  }

  private static boolean isEdgePunct(char c) {
    return ",;:.!?()[]{}\"'*\u2022\u201c\u201d\u2018\u2019".indexOf(c) >= 0;
  }

  /** The features of every token of {@code sentence}, in token order. */
  public List<List<String>> features(Sentence sentence) {
    List<Token> toks = sentence.tokens();
    int n = toks.size();
    String[] w = new String[n];
    String[] t = new String[n];
    String[] p = new String[n];
    String[] sh = new String[n];
    for (int i = 0; i < n; i++) {
      Token tok = toks.get(i);
      w[i] = core(tok.text()).toLowerCase(Locale.ROOT);
      t[i] = tok.term().isEmpty() ? w[i] : tok.term();
      p[i] = tok.pos();
      sh[i] = shape(tok.text());
    }
    String[] lex = lexicon.isEmpty() ? null : lexiconTags(t, toks);
    String first = n == 0 ? BOS : t[firstContent(toks)];
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> f = new ArrayList<>(64);
      f.add("b");
      for (int d = -2; d <= 2; d++) {
        f.add("w" + d + "=" + at(w, i + d));
        f.add("p" + d + "=" + at(p, i + d));
        if (d != 0) {
          f.add("t" + d + "=" + at(t, i + d));
        }
      }
      f.add("t0=" + t[i]);
      f.add("tt-1=" + at(t, i - 1) + "|" + t[i]);
      f.add("tt+1=" + t[i] + "|" + at(t, i + 1));
      f.add("pp-1=" + at(p, i - 1) + "|" + p[i]);
      f.add("pp+1=" + p[i] + "|" + at(p, i + 1));
      f.add("pp-2=" + at(p, i - 2) + "|" + at(p, i - 1));
      f.add("pp+2=" + at(p, i + 1) + "|" + at(p, i + 2));
      f.add("ppp=" + at(p, i - 1) + "|" + p[i] + "|" + at(p, i + 1));
      f.add("pt-1=" + at(p, i - 1) + "|" + t[i]);
      f.add("pt+1=" + t[i] + "|" + at(p, i + 1));
      f.add("tp-1=" + at(t, i - 1) + "|" + p[i]);
      f.add("tp+1=" + p[i] + "|" + at(t, i + 1));
      f.add("s0=" + sh[i]);
      f.add("s-1=" + at(sh, i - 1));
      f.add("s+1=" + at(sh, i + 1));
      String word = w[i];
      for (int k = 1; k <= 4 && k < word.length(); k++) {
        f.add("pre" + k + "=" + word.substring(0, k));
        f.add("suf" + k + "=" + word.substring(word.length() - k));
      }
      if (toks.get(i).stop()) {
        f.add("stop");
      }
      if (toks.get(i).isPunct()) {
        f.add("punct");
      }
      if (i == 0) {
        f.add("first");
      }
      if (i == n - 1) {
        f.add("last");
      }
      f.add("pos=" + Math.min(i, 10));
      f.add("rpos=" + Math.min(n - 1 - i, 10));
      f.add("len=" + lengthBucket(n));
      f.add("st=" + first);
      for (int d = 3; d <= 5; d++) {
        f.add("L=" + at(t, i - d));
        f.add("R=" + at(t, i + d));
      }
      if (lex != null) {
        String l = lex[i];
        f.add("lx=" + l);
        f.add("lxp=" + l + "|" + p[i]);
        f.add("lx-1=" + at(lex, i - 1) + "|" + l);
        f.add("lx+1=" + l + "|" + at(lex, i + 1));
      }
      out.add(f);
    }
    return out;
  }

  private static int firstContent(List<Token> toks) {
    for (int i = 0; i < toks.size(); i++) {
      if (!toks.get(i).isPunct()) {
        return i;
      }
    }
    return 0;
  }

  /** BIO tags of the longest lexicon matches, left to right, with the match length (B3, I3) or O. */
  private String[] lexiconTags(String[] terms, List<Token> toks) {
    int n = terms.length;
    String[] tags = new String[n];
    java.util.Arrays.fill(tags, "O");
    int i = 0;
    while (i < n) {
      int best = 0;
      if (!toks.get(i).isPunct() && !toks.get(i).stop()) {
        StringBuilder key = new StringBuilder();
        for (int len = 1; len <= MAX_LEXICON_TERMS && i + len <= n; len++) {
          if (toks.get(i + len - 1).isPunct()) {
            break;
          }
          if (len > 1) {
            key.append(' ');
          }
          key.append(terms[i + len - 1]);
          if (lexicon.contains(key.toString()) && !toks.get(i + len - 1).stop()) {
            best = len;
          }
        }
      }
      if (best == 0) {
        i++;
        continue;
      }
      String size = Integer.toString(Math.min(best, 4));
      tags[i] = "B" + size;
      for (int k = 1; k < best; k++) {
        tags[i + k] = "I" + size;
      }
      i += best;
    }
    return tags;
  }

  private static String at(String[] a, int i) {
    return i < 0 ? BOS : i >= a.length ? EOS : a[i];
  }

  private static String lengthBucket(int n) {
    return n <= 3 ? "s" : n <= 8 ? "m" : n <= 20 ? "l" : "xl";
  }

  /** Character classes with runs collapsed: "Java" is Xx, "CI/CD" is X/X, "2021-04" is d-d. */
  static String shape(String word) {
    StringBuilder b = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < word.length() && b.length() < 8; i++) {
      char c = word.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        b.append(k);
        last = k;
      }
    }
    return b.toString();
  }
}
