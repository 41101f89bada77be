package dev.skillgap.report;

/** Escaping of text for HTML and for JSON inside an inline {@code <script>}. */
public final class Html {

  private Html() {}

  /** {@code s} safe as HTML text or a quoted attribute value: {@code & < > " '} as character references. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * JSON text made safe inside an inline {@code <script>} element: {@code <}, {@code >}, {@code &},
   * U+2028 and U+2029 become {@code \}{@code uXXXX} escapes, which leaves the JSON value the same
   * (these characters only occur inside JSON strings) and means no {@code </script>} or {@code <!--}
   * can end or change the element.
   */
  public static String scriptJson(String json) {
    StringBuilder b = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
