package dev.skillgap.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Removes HTML tags, decodes character entities, drops bullet markers and collapses whitespace,
 * keeping for each output character the range of the original it came from. Block-level tags and
 * bullets become line breaks, so list items and paragraphs stay separate sentences. Stateless and
 * thread-safe.
 */
public final class TextCleaner {

  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
      "h5", "h6", "tr", "td", "th", "table", "section", "article", "header", "footer", "blockquote", "dd", "dt",
      "dl", "hr", "pre", "main", "nav", "aside", "title", "body", "html");
  private static final Set<String> SKIP_CONTENT_TAGS = Set.of("script", "style", "head", "noscript", "template");
  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "-"), Map.entry("mdash", "-"),
      Map.entry("bull", "\u2022"), Map.entry("middot", "\u00b7"), Map.entry("rsquo", "'"), Map.entry("lsquo", "'"),
      Map.entry("ldquo", "\""), Map.entry("rdquo", "\""), Map.entry("hellip", "..."), Map.entry("euro", "\u20ac"),
      Map.entry("pound", "\u00a3"), Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"),
      Map.entry("eacute", "\u00e9"), Map.entry("egrave", "\u00e8"), Map.entry("auml", "\u00e4"), Map.entry("ouml", "\u00f6"),
      Map.entry("uuml", "\u00fc"), Map.entry("szlig", "\u00df"), Map.entry("times", "\u00d7"), Map.entry("shy", ""),
      Map.entry("zwj", ""), Map.entry("zwnj", ""), Map.entry("ensp", " "), Map.entry("emsp", " "), Map.entry("thinsp", " "));
  private static final String BULLETS = "\u2022\u25cf\u25aa\u25e6\u2023\u00b7\u2043\u25a0\u25a1\u2219\u27a2\u2713\u2714*-\u2013\u2014>";

  /** Cleans {@code original}. */
  public CleanText clean(String original) {
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[] from = new int[n + 16];
    int[] to = new int[n + 16];
    int[] len = {0};
    boolean atLineStart = true;
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      if (c == '<') {
        int close = tagEnd(original, i);
        if (close > 0) {
          String name = tagName(original, i, close);
          if (original.startsWith("<!--", i)) {
            // comment: nothing
          } else if (name != null && SKIP_CONTENT_TAGS.contains(name) && original.charAt(i + 1) != '/') {
            int endTag = original.toLowerCase(Locale.ROOT).indexOf("</" + name, close);
            close = endTag < 0 ? n : Math.max(close, tagEnd(original, endTag) > 0 ? tagEnd(original, endTag) : n);
          } else if (name != null && BLOCK_TAGS.contains(name)) {
            from = grow(from, len[0]);
            to = grow(to, len[0]);
            atLineStart = newline(out, from, to, len, i, close);
          }
          i = close;
          continue;
        }
      }
      String emit;
      int next;
      if (c == '&') {
        int semi = original.indexOf(';', i);
        String decoded = semi > i && semi - i <= 10 ? decodeEntity(original.substring(i + 1, semi)) : null;
        if (decoded != null) {
          emit = decoded;
          next = semi + 1;
        } else {
          emit = "&";
          next = i + 1;
        }
      } else {
        emit = String.valueOf(c);
        next = i + 1;
        if (Character.isHighSurrogate(c) && next < n && Character.isLowSurrogate(original.charAt(next))) {
          emit = original.substring(i, next + 1);
          next++;
        }
      }
      for (int k = 0; k < emit.length(); k++) {
        char e = emit.charAt(k);
        from = grow(from, len[0]);
        to = grow(to, len[0]);
        if (e == '\n' || e == '\r' || e == '\u2028' || e == '\u2029') {
          atLineStart = newline(out, from, to, len, i, next);
        } else if (Character.isWhitespace(e) || e == '\u00a0' || e == '\t') {
          if (!atLineStart && len[0] > 0 && out.charAt(len[0] - 1) != ' ') {
            put(out, from, to, len, ' ', i, next);
          }
        } else if (Character.getType(e) == Character.FORMAT || (e < 0x20)) {
          // zero-width and control characters carry no text
        } else if (atLineStart && BULLETS.indexOf(e) >= 0 && isBulletMarker(original, next)) {
          // a bullet marker at the start of a line: the line break before it already separates the item
        } else {
          put(out, from, to, len, e, i, next);
          atLineStart = false;
        }
      }
      i = next;
    }
    int end = len[0];
    while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
    return new CleanText(original, out.toString(), java.util.Arrays.copyOf(from, end), java.util.Arrays.copyOf(to, end));
  }

  private static boolean isBulletMarker(String s, int next) {
    return next >= s.length() || s.charAt(next) == ' ' || s.charAt(next) == '\t' || s.charAt(next) == '\u00a0';
  }

  private static boolean newline(StringBuilder out, int[] from, int[] to, int[] len, int start, int end) {
    while (len[0] > 0 && out.charAt(len[0] - 1) == ' ') {
      len[0]--;
      out.setLength(len[0]);
    }
    if (len[0] > 0 && out.charAt(len[0] - 1) != '\n') {
      put(out, from, to, len, '\n', start, end);
    }
    return true;
  }

  private static void put(StringBuilder out, int[] from, int[] to, int[] len, char c, int start, int end) {
    out.append(c);
    from[len[0]] = start;
    to[len[0]] = end;
    len[0]++;
  }

  private static int[] grow(int[] a, int need) {
    return need < a.length ? a : java.util.Arrays.copyOf(a, Math.max(need + 16, a.length * 2));
  }

  /** Index just past the '>' of a tag starting at {@code i}, or -1 when this '<' does not open a tag. */
  private static int tagEnd(String s, int i) {
    if (s.startsWith("<!--", i)) {
      int e = s.indexOf("-->", i + 4);
      return e < 0 ? s.length() : e + 3;
    }
    if (i + 1 >= s.length()) {
      return -1;
    }
    char c = s.charAt(i + 1);
    if (!(Character.isLetter(c) || c == '/' || c == '!')) {
      return -1;
    }
    int j = i + 1;
    while (j < s.length() && s.charAt(j) != '>' && s.charAt(j) != '<' && j - i < 2000) {
      j++;
    }
    return j < s.length() && s.charAt(j) == '>' ? j + 1 : -1;
  }

  private static String tagName(String s, int start, int end) {
    int i = start + 1;
    if (i < end && s.charAt(i) == '/') {
      i++;
    }
    int j = i;
    while (j < end && Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    return j > i ? s.substring(i, j).toLowerCase(Locale.ROOT) : null;
  }

  private static String decodeEntity(String name) {
    if (name.startsWith("#")) {
      try {
        int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
        if (cp == 0xa0) {
          return " ";
        }
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return ENTITIES.get(name);
  }
}
