package dev.skillgap.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds HTML that a feed escaped as text ({@code &lt;p&gt;Patient list size&lt;/p&gt;}, as job
 * boards export it) and decodes it one level, so that the tags are tags again and the text
 * cleaner can remove them. Text with real tags, or with entities but no escaped tags, is left as
 * it is. Pure functions.
 */
final class HtmlEscapes {

  /** An escaped opening or closing tag: {@code &lt;p&gt;}, {@code &lt;/li&gt;}, {@code &lt;br /&gt;}. */
  private static final Pattern ESCAPED_TAG = Pattern.compile("&lt;/?[A-Za-z][A-Za-z0-9]*(?:\\s[^&]*?)?/?&gt;");
  private static final Pattern REAL_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|apos|nbsp|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");

  private HtmlEscapes() {}

  /** Whether {@code s} holds escaped tags and more of them than real ones. */
  static boolean isEscapedHtml(String s) {
    if (s == null || s.indexOf("&lt;") < 0) {
      return false;
    }
    int escaped = count(ESCAPED_TAG.matcher(s));
    return escaped > 0 && escaped > count(REAL_TAG.matcher(s));
  }

  /** {@code s} decoded one level when it {@linkplain #isEscapedHtml is escaped HTML}, else {@code s} itself. */
  static String decodeIfEscaped(String s) {
    return isEscapedHtml(s) ? decodeOnce(s) : s;
  }

  /** Replaces each basic and numeric entity by its character once: {@code &amp;lt;} becomes {@code &lt;}. */
  static String decodeOnce(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String r = switch (e) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        case "apos" -> "'";
        case "nbsp" -> "\u00a0";
        default -> numeric(e);
      };
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String numeric(String e) {
    int cp;
    try {
      cp = e.charAt(1) == 'x' || e.charAt(1) == 'X' ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
    } catch (NumberFormatException ex) {
      return "&" + e + ";";
    }
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
