package dev.skillgap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesTextAndAttributes() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape(ReportFixtures.SCRIPT));
    assertEquals("a &amp; b &quot;c&quot; &#39;d&#39;", Html.escape("a & b \"c\" 'd'"));
    assertEquals("", Html.escape(null));
  }

  @Test
  void jsonInAScriptCannotCloseItAndStaysTheSameValue() throws Exception {
    String value = "</script><!-- & \u2028\u2029 " + ReportFixtures.SCRIPT;
    String json = new ObjectMapper().writeValueAsString(value);
    String safe = Html.scriptJson(json);
    assertEquals("\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003cscript\\u003ealert(1)"
        + "\\u003c/script\\u003e\"", safe);
    assertEquals(value, new ObjectMapper().readValue(safe, String.class));
  }
}
