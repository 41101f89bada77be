package dev.skillgap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs it):
 * fails on any console error, uncaught exception, dialog or request that leaves the file, checks
 * that every chart drew marks and every table rows, that the role filter redraws, and saves
 * {@code target/report-screenshot.png}. Without Chromium it fails, unless
 * {@code SKILLGAP_SKIP_BROWSER_TEST=1} says to skip it. With {@code SKILLGAP_REPORT_DIR} set it
 * checks that report folder (e.g. a data-samples run's) instead of the hostile fixture.
 */
class ReportBrowserTest {

  @Test
  void theReportRendersEveryChartWithoutErrorsAndHostileTextStaysText(@TempDir Path tmp) throws Exception {
    String binary = Chromium.find();
    if (binary == null) {
      Assumptions.assumeFalse("1".equals(System.getenv("SKILLGAP_SKIP_BROWSER_TEST")),
          "no Chromium, and SKILLGAP_SKIP_BROWSER_TEST=1: skipped");
      fail("Chromium is needed for the browser test: apt-get install chromium (or set SKILLGAP_CHROMIUM; "
          + "SKILLGAP_SKIP_BROWSER_TEST=1 skips this test)");
    }
    String given = System.getenv("SKILLGAP_REPORT_DIR");
    Path dir;
    if (given != null && !given.isBlank()) {
      dir = Path.of(given).toAbsolutePath();
    } else {
      dir = tmp.resolve("report");
      for (Map.Entry<String, byte[]> f : WeeklyReport.files(ReportFixtures.week(true)).entrySet()) {
        Path p = dir.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
    }
    Path log = Path.of("target", "report-browser-chromium.log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    try (Chromium c = new Chromium(binary, tmp.resolve("profile"), log)) {
      for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
        c.send(domain + ".enable", null);
      }
      open(c, dir.resolve("index.html"));
      JsonNode charts = c.eval("Array.from(document.querySelectorAll('figure.chart')).map(f => "
          + "({id: f.id, svgs: f.querySelectorAll('svg').length, marks: f.querySelectorAll('svg .mark').length}))");
      List<String> ids = new ArrayList<>();
      for (JsonNode ch : charts) {
        ids.add(ch.path("id").asText());
        assertEquals(1, ch.path("svgs").asInt(), ch.toString());
        assertTrue(ch.path("marks").asInt() > 0, "chart drew no marks: " + ch);
      }
      assertEquals(List.of("chart-demand-hard", "chart-demand-soft", "chart-trends", "chart-heatmap",
          "chart-credentials", "chart-credentials-closed", "chart-unlinked"), ids);
      JsonNode tables = c.eval("Array.from(document.querySelectorAll('[data-table]')).map(t => "
          + "t.getAttribute('data-table') + ':' + t.querySelectorAll('tbody tr').length)");
      for (JsonNode t : tables) {
        assertTrue(!t.asText().endsWith(":0"), "empty table " + t);
      }
      assertEquals(7, tables.size());
      assertEquals(2, c.eval("document.scripts.length").asInt(), "no script but the page's own");
      screenshot(c, Path.of("target", "report-screenshot.png"));

      if (given == null || given.isBlank()) {
        // Hostile text is shown as text.
        assertTrue(c.eval("Array.from(document.querySelectorAll('[data-table=taxonomy_candidates] td'))"
            + ".some(td => td.textContent === '=HYPERLINK(\"http://x\",\"y\")')").asBoolean());
        assertTrue(c.eval("Array.from(document.querySelectorAll('#f-region option'))"
            + ".some(o => o.textContent === '<script>alert(1)</script>')").asBoolean());
        // The role filter redraws charts and tables: the analyst row alone in the heatmap (3 skills).
        c.eval("(() => { const s = document.getElementById('f-role'); s.value = '" + ReportFixtures.ANALYST
            + "'; s.dispatchEvent(new Event('change')); })()");
        assertEquals(3, c.eval("document.querySelectorAll('#chart-heatmap .mark').length").asInt());
        assertEquals(3, c.eval("document.querySelectorAll('[data-table=skill_demand] tbody tr').length").asInt());
        // Sorting: click 'skill' twice for descending order (SQL, Python, teamwork -> teamwork first).
        c.eval("(() => { const th = Array.from(document.querySelectorAll('[data-table=skill_demand] th'))"
            + ".find(h => h.textContent === 'skill'); th.click(); "
            + "Array.from(document.querySelectorAll('[data-table=skill_demand] th')).find(h => h.textContent === 'skill')"
            + ".click(); })()");
        assertEquals("teamwork", c.eval("document.querySelector('[data-table=skill_demand] tbody tr td:nth-child(5)')"
            + ".textContent").asText());
      }
      open(c, dir.resolve("learners").resolve(firstLearnerPage(dir)));
      assertEquals(0, c.eval("document.scripts.length").asInt());
      assertTrue(c.eval("document.querySelector('h1').textContent").asText().startsWith("Course list for "));
      problems(c);
    }
  }

  static String firstLearnerPage(Path dir) throws Exception {
    try (var s = Files.list(dir.resolve("learners"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().findFirst().orElseThrow();
    }
  }

  static void open(Chromium c, Path page) throws Exception {
    c.events.clear();
    c.send("Page.navigate", Chromium.params().put("url", page.toUri().toString()));
    c.await(e -> "Page.loadEventFired".equals(e.path("method").asText()), Duration.ofSeconds(60));
    if (page.getFileName().toString().equals("index.html")) {
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!"true".equals(c.eval("document.documentElement.getAttribute('data-rendered')").asText())) {
        problems(c);
        if (System.nanoTime() > until) {
          fail("the page never finished rendering");
        }
        Thread.sleep(100);
      }
    }
    problems(c);
  }

  /** Fails on any console error, exception, log error, dialog or request to anything but the file. */
  static void problems(Chromium c) {
    List<String> bad = new ArrayList<>();
    synchronized (c.events) {
      for (JsonNode e : c.events) {
        String m = e.path("method").asText();
        JsonNode p = e.path("params");
        switch (m) {
          case "Runtime.exceptionThrown" -> bad.add("exception: " + p.path("exceptionDetails"));
          case "Runtime.consoleAPICalled" -> {
            String type = p.path("type").asText();
            if (type.equals("error") || type.equals("assert") || type.equals("warning")) {
              bad.add("console." + type + ": " + p.path("args"));
            }
          }
          case "Log.entryAdded" -> {
            String level = p.path("entry").path("level").asText();
            if (level.equals("error") || level.equals("warning")) {
              bad.add("log " + level + ": " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url"));
            }
          }
          case "Page.javascriptDialogOpening" -> bad.add("dialog: " + p.path("message").asText());
          case "Network.requestWillBeSent" -> {
            String url = p.path("request").path("url").asText();
            if (!url.startsWith("file:") && !url.startsWith("data:")) {
              bad.add("request: " + url);
            }
          }
          case "test.badMessage" -> bad.add(e.toString());
          default -> { }
        }
      }
    }
    if (!bad.isEmpty()) {
      fail("the browser reported:\n" + String.join("\n", bad));
    }
  }

  static void screenshot(Chromium c, Path out) throws Exception {
    JsonNode size = c.send("Page.getLayoutMetrics", null).path("cssContentSize");
    int height = (int) Math.min(8000, Math.ceil(size.path("height").asDouble()));
    c.send("Emulation.setDeviceMetricsOverride", Chromium.params().put("width", 1400).put("height", height)
        .put("deviceScaleFactor", 1).put("mobile", false));
    String png = c.send("Page.captureScreenshot", Chromium.params().put("format", "png")).path("data").asText();
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, Base64.getDecoder().decode(png));
    assertTrue(Files.size(out) > 10_000, "screenshot too small to show anything");
    c.send("Emulation.clearDeviceMetricsOverride", null);
  }
}
