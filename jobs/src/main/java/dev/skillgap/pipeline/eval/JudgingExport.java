package dev.skillgap.pipeline.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The drawn pairs not yet judged, as a tab-separated file for judges, blind to scores and in a
 * seeded shuffle so that no order hints at one. A row's first six columns are those of {@code
 * demand-judgments.tsv}, the last three left for the judge to fill in; the rest is what the judge
 * reads. The file holds the feeds' text, so it is written outside the repository, and a filled-in
 * file is committed only as its first six columns ({@code cut -f1-6}).
 */
public final class JudgingExport {

  /** The header line (a comment, so that a filled-in file reads as judgements). */
  public static final String HEADER = "# source\tposting\tconcept\tverdict\tcategory\tnote\ttitle\tsection\tevidence"
      + "\tskill\tkind\ttype\tdescription";
  /** Characters kept of the skill's description. */
  public static final int DESCRIPTION_CHARS = 200;
  private static final Pattern BREAKS = Pattern.compile("[\\t\\r\\n\\u2028\\u2029]+");

  /**
   * One pair to judge.
   *
   * @param pair the pair
   * @param title the posting's title
   * @param section the heading above the evidence, if any
   * @param evidence the sentences that mention the skill, mentions marked {@code [[ ]]}
   * @param skill the skill's preferred label
   * @param kind knowledge, skill or technology
   * @param type hard or soft
   * @param description the skill's description, cut to {@value #DESCRIPTION_CHARS} characters
   */
  public record Row(DemandPair pair, String title, String section, String evidence, String skill, String kind,
      String type, String description) {

    /** The row as a line of the file, without its line break. */
    public String line() {
      return String.join("\t", List.of(pair.source(), pair.posting(), pair.concept(), "", "", "", field(title),
          field(section), field(evidence), field(skill), kind, type, field(description)));
    }
  }

  /**
   * Two judges' copies of an export: each holds half the rows and the {@code overlap} rows both
   * judge, in a shuffle of its own.
   *
   * @param a the first judge's rows
   * @param b the second judge's rows
   * @param both the rows in both, for agreement
   */
  public record Split(List<Row> a, List<Row> b, List<Row> both) {}

  private JudgingExport() {}

  /** The drawn pairs of {@code pools} without a judgement in {@code judgments}, as rows, shuffled by {@code d}'s seed. */
  public static List<Row> unjudged(List<SourcePool> pools, DemandJudgments judgments, PoolDesign d) {
    List<Row> rows = new ArrayList<>();
    for (SourcePool pool : pools) {
      for (PoolPair p : pool.drawn()) {
        if (judgments.get(p.pair()).isEmpty()) {
          rows.add(row(p));
        }
      }
    }
    return HashSample.order(rows, r -> r.pair().id(), d.shuffleSalt(""));
  }

  /** What a judge sees of {@code p}. */
  public static Row row(PoolPair p) {
    EvidenceText.Rendered e = EvidenceText.render(p.text(), p.mentions());
    return new Row(p.pair(), p.title(), e.section(), e.sentences(), p.concept().preferredLabel(),
        p.concept().kind().wireName(), p.concept().type().wireName(),
        EvidenceText.truncate(p.concept().description(), DESCRIPTION_CHARS));
  }

  /**
   * {@code rows} for two judges: the first {@code overlap} rows (of the shuffled export) go to both;
   * the others alternately to a and b; each copy is shuffled again with its own salt, so the rows
   * both judge do not stand in the same places.
   */
  public static Split split(List<Row> rows, int overlap, PoolDesign d) {
    int o = Math.min(Math.max(overlap, 0), rows.size());
    List<Row> both = List.copyOf(rows.subList(0, o));
    List<Row> a = new ArrayList<>(both);
    List<Row> b = new ArrayList<>(both);
    for (int i = o; i < rows.size(); i++) {
      ((i - o) % 2 == 0 ? a : b).add(rows.get(i));
    }
    return new Split(HashSample.order(a, r -> r.pair().id(), d.shuffleSalt("a")),
        HashSample.order(b, r -> r.pair().id(), d.shuffleSalt("b")), both);
  }

  /** Writes {@code rows} to {@code file} (UTF-8, {@link #HEADER} first), creating its folder. */
  public static void write(Path file, List<Row> rows) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (Row r : rows) {
        w.write(r.line());
        w.write('\n');
      }
    }
  }

  /** The pair keys of {@code rows}, for checking that an export holds what it should. */
  public static Set<String> ids(List<Row> rows) {
    Set<String> out = new HashSet<>();
    rows.forEach(r -> out.add(r.pair().id()));
    return out;
  }

  private static String field(String s) {
    return BREAKS.matcher(s).replaceAll(" ").strip();
  }
}
