package dev.skillgap.pipeline.eval;

import dev.skillgap.extract.SkillMention;
import dev.skillgap.text.TextCleaner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a judge reads of a posting for one skill: the sentences that mention it, as the reader sees
 * them (tags removed, entities decoded), with each mention marked {@code [[like this]]}, and the
 * heading of the section the first of them sits under, so that a judge can tell "About us" or "What
 * we offer" from "Person specification". Pure functions.
 */
public final class EvidenceText {

  /** Sentences shown per skill; more are counted, as {@code (+2 more)}. */
  public static final int MAX_SENTENCES = 3;
  /** Characters shown of one sentence: a longer one is cut around its first mark. */
  public static final int MAX_SENTENCE_CHARS = 400;
  /** Words of the longest line taken for a heading. */
  static final int MAX_HEADING_WORDS = 12;

  private static final char SENTENCE_START = '\uE000';
  private static final char SENTENCE_END = '\uE001';
  private static final char BOLD_START = '\uE002';
  private static final char BOLD_END = '\uE003';
  private static final String SENTINELS = "[\uE000-\uE003]";
  private static final Pattern BOLD_TAG = Pattern.compile("<(/?)(?:h[1-6]|strong|b)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern WS = Pattern.compile("\\s+");
  private static final TextCleaner CLEANER = new TextCleaner();

  /**
   * What the judge reads.
   *
   * @param sentences the sentences, in text order, joined by {@code " || "}
   * @param section the heading above the first sentence, empty when none is found
   */
  public record Rendered(String sentences, String section) {}

  private EvidenceText() {}

  private record Insert(int at, int order, String text) {}

  /** The evidence of a skill whose {@code mentions} are in {@code text} (the text the extractor read). */
  public static Rendered render(String text, List<SkillMention> mentions) {
    List<int[]> sentences = new ArrayList<>();
    for (SkillMention m : mentions) {
      int[] s = {m.sentenceStart(), m.sentenceEnd()};
      if (sentences.stream().noneMatch(x -> x[0] == s[0] && x[1] == s[1])) {
        sentences.add(s);
      }
    }
    sentences.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> s[1]));
    int more = Math.max(0, sentences.size() - MAX_SENTENCES);
    List<int[]> shown = sentences.subList(0, sentences.size() - more);
    // the order of inserts at one place: what ends before what starts, the outer start first
    List<Insert> inserts = new ArrayList<>();
    for (int[] s : shown) {
      inserts.add(new Insert(s[0], 3, String.valueOf(SENTENCE_START)));
      inserts.add(new Insert(s[1], 2, String.valueOf(SENTENCE_END)));
      for (int[] m : merged(mentions, s)) {
        inserts.add(new Insert(m[0], 5, "[["));
        inserts.add(new Insert(m[1], 0, "]]"));
      }
    }
    Matcher tag = BOLD_TAG.matcher(text);
    while (tag.find()) {
      boolean close = !tag.group(1).isEmpty();
      inserts.add(close ? new Insert(tag.start(), 1, String.valueOf(BOLD_END))
          : new Insert(tag.end(), 4, String.valueOf(BOLD_START)));
    }
    inserts.sort(Comparator.comparingInt(Insert::at).thenComparingInt(Insert::order));
    StringBuilder marked = new StringBuilder(text.length() + 16 * inserts.size());
    int at = 0;
    for (Insert i : inserts) {
      marked.append(text, at, i.at()).append(i.text());
      at = i.at();
    }
    marked.append(text, at, text.length());
    String clean = CLEANER.clean(marked.toString()).text();

    List<String> out = new ArrayList<>();
    int from = 0;
    for (int k = 0; k < shown.size(); k++) {
      int s = clean.indexOf(SENTENCE_START, from);
      int e = s < 0 ? -1 : clean.indexOf(SENTENCE_END, s);
      if (e < 0) {
        break;
      }
      out.add(cut(plain(clean.substring(s + 1, e)), MAX_SENTENCE_CHARS));
      from = e;
    }
    String joined = String.join(" || ", out) + (more > 0 ? " || (+" + more + " more)" : "");
    int first = clean.indexOf(SENTENCE_START);
    return new Rendered(joined, first < 0 ? "" : heading(clean.substring(0, first)));
  }

  /** The mention ranges of {@code mentions} inside sentence {@code s}, overlapping ones merged, in text order. */
  private static List<int[]> merged(List<SkillMention> mentions, int[] s) {
    List<int[]> in = new ArrayList<>();
    for (SkillMention m : mentions) {
      if (m.sentenceStart() == s[0] && m.sentenceEnd() == s[1] && m.start() < m.end()) {
        in.add(new int[] {Math.max(m.start(), s[0]), Math.min(m.end(), s[1])});
      }
    }
    in.sort(Comparator.comparingInt((int[] r) -> r[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] r : in) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        out.add(r.clone());
      }
    }
    return out;
  }

  /**
   * The nearest heading in {@code before} (the cleaned text up to the sentence), looking at whole
   * lines only: a line that is bold or a heading element as a whole, or one that ends with a colon,
   * of at most {@value #MAX_HEADING_WORDS} words. Empty when there is none.
   */
  static String heading(String before) {
    String[] lines = before.split("\n", -1);
    // the last line holds what precedes the sentence on its own line: part of its paragraph
    for (int i = lines.length - 2; i >= 0; i--) {
      String t = lines[i].strip();
      String p = plain(t);
      if (p.isEmpty() || p.split(" ").length > MAX_HEADING_WORDS) {
        continue;
      }
      String untrailed = t.replaceAll("[\\s:]+$", "");
      boolean bold = t.charAt(0) == BOLD_START && untrailed.endsWith(String.valueOf(BOLD_END));
      if (bold || p.endsWith(":")) {
        return p;
      }
    }
    return "";
  }

  /** {@code s} without the markers, whitespace collapsed, tabs and line breaks included. */
  private static String plain(String s) {
    return WS.matcher(s.replaceAll(SENTINELS, " ")).replaceAll(" ").strip();
  }

  /** {@code s} cut to about {@code max} characters around its first mark, with {@code …} where cut. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int mark = Math.max(0, s.indexOf("[["));
    int start = Math.max(0, Math.min(mark - max / 3, s.length() - max));
    int end = Math.min(s.length(), start + max);
    return (start > 0 ? "…" : "") + s.substring(start, end).strip() + (end < s.length() ? "…" : "");
  }

  /** {@code s} cut at a word boundary to at most {@code max} characters, with {@code …} where cut. */
  static String truncate(String s, int max) {
    String t = WS.matcher(s).replaceAll(" ").strip();
    if (t.length() <= max) {
      return t;
    }
    int space = t.lastIndexOf(' ', max - 1);
    return t.substring(0, space > max / 2 ? space : max - 1).strip() + "…";
  }
}
