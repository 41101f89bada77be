package dev.skillgap.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.rank.LearnerView;
import dev.skillgap.rank.RecommendationJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every file of one week's report folder ({@code lake/reports/<week>/}), by path relative to it:
 * {@code index.html}; {@code csv/<table>.csv} for each table of the page; and per learner
 * {@code learners/<id>.json} (the recommend document), {@code learners/<id>.html} and
 * {@code learners/<id>.ob3.json}, where {@code <id>} is {@link FileNames#safe} of the learner id.
 * A pure function of its input: the same rows in any order give the same bytes. {@link #write}
 * hands the files to a sink one at a time, so a week of many learners is never held whole.
 */
public final class WeeklyReport {

  /** Learners' documents as compact JSON, as {@code recommend} writes them. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private WeeklyReport() {}

  /** The report's tables, in page order. */
  public static List<Table> tables(ReportInput in) {
    return List.of(ReportTables.skillDemand(in.demand(), ReportTables.TOP_DEMAND),
        ReportTables.skillTrends(in.trends()), ReportTables.cohortGaps(in.gaps()),
        ReportTables.recommendedCredentials(in.recommendations(), ReportTables.roles(in.learners())),
        ReportTables.learnerCoverage(in.learners()), ReportTables.taxonomyCandidates(in.unlinked()),
        ReportTables.unrecognisedTitles(in.unrecognised()));
  }

  /** The files of the report folder, sorted by path; throws if two learner ids share a file name. */
  public static Map<String, byte[]> files(ReportInput in) {
    Map<String, byte[]> out = new TreeMap<>();
    try {
      write(in, out::put);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a map takes every file
    }
    return out;
  }

  /**
   * Gives {@code sink} the files of the report folder one at a time, each learner's as soon as it is
   * made, and returns what was written; throws if two learner ids share a file name.
   */
  public static Written write(ReportInput in, ReportSink sink) throws IOException {
    Written written = new Written();
    ReportSink counted = (path, bytes) -> {
      sink.put(path, bytes);
      written.add(path, bytes);
    };
    List<Table> tables = tables(in);
    Table gaps = tables.stream().filter(t -> t.name().equals("cohort_gaps")).findFirst().orElseThrow();
    counted.put(INDEX, bytes(ReportPage.html(in.week(), in.comparedWeeks(), in.postings(), tables,
        ReportTables.heatmap(gaps, ReportTables.HEATMAP_SKILLS))));
    for (Table t : tables) {
      counted.put("csv/" + t.name() + ".csv", bytes(Csv.write(t)));
    }
    List<LearnerView> learners = ReportTables.sorted(in.learners());
    // every file name is checked before any learner's file is written
    Map<String, String> owner = new HashMap<>();
    for (LearnerView d : learners) {
      String stem = FileNames.safe(d.learnerId());
      String before = owner.putIfAbsent(stem, d.learnerId());
      if (before != null) {
        throw new IllegalArgumentException("learners " + before + " and " + d.learnerId()
            + " would share the report file name " + stem);
      }
    }
    for (LearnerView d : learners) {
      String stem = FileNames.safe(d.learnerId());
      counted.put("learners/" + stem + ".json", bytes(RecommendationJson.render(JSON, d) + "\n"));
      counted.put("learners/" + stem + ".html", bytes(LearnerPages.html(in.week(), d)));
      counted.put("learners/" + stem + ".ob3.json", bytes(LearnerPages.openBadges(in.week(), d, in.credentials()::get)));
    }
    return written;
  }

  /** The report's front page. */
  public static final String INDEX = "index.html";

  /** How many files and bytes a report wrote, and the size of its front page. */
  public static final class Written {
    private long files;
    private long bytes;
    private long indexBytes;

    void add(String path, byte[] content) {
      files++;
      bytes += content.length;
      if (path.equals(INDEX)) {
        indexBytes = content.length;
      }
    }

    public long files() {
      return files;
    }

    public long bytes() {
      return bytes;
    }

    public long indexBytes() {
      return indexBytes;
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
