package dev.skillgap.pipeline.eval;

import dev.skillgap.io.CuratedTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judged (posting, skill) pairs of real feeds ({@code demand-judgments.md} says how they were drawn
 * and judged). Read from tab-separated lines {@code source, posting, concept, verdict[, category[,
 * note]]}: the source a lower-case name, the posting a 16-hex-digit {@link PostingKey}, the concept
 * an ESCO skill URI or {@code onet-tech:} id, the verdict {@code right} or {@code wrong}, the
 * category a {@link FailureCategory} name, given for a wrong pair and empty (or {@code -}) for a
 * right one. At most six columns, so that no exported text can be committed with a judgement.
 */
public final class DemandJudgments {

  /** Classpath resource of the committed judgements. */
  public static final String DEFAULT_RESOURCE = "/eval/demand-judgments.tsv";
  /** The columns a line holds, for error messages. */
  static final String EXPECTED = "source<TAB>posting<TAB>concept<TAB>right|wrong[<TAB>category[<TAB>note]]";

  private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{16}");
  private static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
  private static final String ONET_TECH = "onet-tech:";

  private final Map<String, DemandJudgment> judged;

  private DemandJudgments(Map<String, DemandJudgment> judged) {
    this.judged = judged;
  }

  /** No judgements. */
  public static DemandJudgments none() {
    return new DemandJudgments(Map.of());
  }

  /** The committed judgements. */
  public static DemandJudgments loadDefault() throws IOException {
    return of(DEFAULT_RESOURCE, CuratedTable.read(DemandJudgments.class, DEFAULT_RESOURCE, 4, EXPECTED), false);
  }

  /**
   * Judgements from a file outside the repository, such as a judge's filled-in {@link JudgingExport
   * export}: as the committed file, except that columns after the sixth are ignored and a line with
   * no verdict yet is passed over.
   */
  public static DemandJudgments read(Path file) throws IOException {
    return of(file.toString(), CuratedTable.read(file, 3, EXPECTED), true);
  }

  /** Judgements from table lines; a malformed or repeated line is an error naming {@code name} and the line. */
  public static DemandJudgments of(String name, List<CuratedTable.Line> lines) throws IOException {
    return of(name, lines, false);
  }

  private static DemandJudgments of(String name, List<CuratedTable.Line> lines, boolean export) throws IOException {
    Map<String, DemandJudgment> m = new LinkedHashMap<>();
    for (CuratedTable.Line l : lines) {
      String[] f = l.columns();
      if (export && (f.length < 4 || f[3].isEmpty())) {
        continue;
      }
      if (export && f.length > 6) {
        f = Arrays.copyOf(f, 6);
      }
      DemandJudgment j = parse(f, name + ": line " + l.number() + ": ");
      if (m.put(j.pair().id(), j) != null) {
        throw new IOException(name + ": line " + l.number() + ": " + j.pair().source() + " " + j.pair().posting() + " "
            + j.pair().concept() + " judged twice");
      }
    }
    return new DemandJudgments(m);
  }

  private static DemandJudgment parse(String[] f, String at) throws IOException {
    if (f.length < 4 || f.length > 6) {
      throw new IOException(at + "expected 4 to 6 columns, " + EXPECTED + ", found " + f.length);
    }
    if (!SOURCE.matcher(f[0]).matches()) {
      throw new IOException(at + "source is not a lower-case name: " + f[0]);
    }
    if (!KEY.matcher(f[1]).matches()) {
      throw new IOException(at + "posting is not a 16-hex-digit posting key: " + f[1]);
    }
    if (!(f[2].startsWith(ESCO_SKILL) || f[2].startsWith(ONET_TECH)) || f[2].contains(" ")) {
      throw new IOException(at + "concept is not an ESCO skill URI or onet-tech: id: " + f[2]);
    }
    Verdict v = Verdict.parse(f[3]).orElseThrow(() -> new IOException(at + "verdict is not right or wrong: " + f[3]));
    String c = f.length > 4 ? f[4] : "";
    Optional<FailureCategory> category = Optional.empty();
    if (v == Verdict.WRONG) {
      if (c.isEmpty() || c.equals("-")) {
        throw new IOException(at + "a wrong pair needs a category: one of " + List.of(FailureCategory.values()));
      }
      category = Optional.of(FailureCategory.parse(c).orElseThrow(() -> new IOException(at + "unknown category " + c
          + ": one of " + List.of(FailureCategory.values()))));
    } else if (!c.isEmpty() && !c.equals("-")) {
      throw new IOException(at + "a right pair has no category: " + c);
    }
    return new DemandJudgment(new DemandPair(f[0], f[1], f[2]), v, category, f.length > 5 ? f[5] : "");
  }

  /** The judgement of {@code pair}, if judged. */
  public Optional<DemandJudgment> get(DemandPair pair) {
    return Optional.ofNullable(judged.get(pair.id()));
  }

  /** Every judgement of feed {@code source}, in file order. */
  public List<DemandJudgment> of(String source) {
    List<DemandJudgment> out = new ArrayList<>();
    for (DemandJudgment j : judged.values()) {
      if (j.pair().source().equals(source)) {
        out.add(j);
      }
    }
    return out;
  }

  /** Every judgement of the feeds in {@code sources}, in file order. */
  public List<DemandJudgment> of(Collection<String> sources) {
    return judged.values().stream().filter(j -> sources.contains(j.pair().source())).toList();
  }

  /** How many pairs are judged. */
  public int size() {
    return judged.size();
  }
}
