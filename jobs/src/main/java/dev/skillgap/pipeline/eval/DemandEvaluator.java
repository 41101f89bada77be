package dev.skillgap.pipeline.eval;

import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.ingest.Deduplicator;
import dev.skillgap.ingest.IngestOptions;
import dev.skillgap.ingest.IngestResult;
import dev.skillgap.ingest.Posting;
import dev.skillgap.ingest.PostingParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Precision of demand on the real feeds ({@code ../shared/data/real}): each feed is read through the
 * product's ingest, as {@code weekly} and {@code check} read it with no option, deduplicated, and
 * drawn into a {@link SourcePool}; the pools are scored against the judgements as {@link
 * PoolScores}, per feed and pooled.
 */
public final class DemandEvaluator {

  /**
   * A real feed.
   *
   * @param name its name in the judgements ({@code nhs}, {@code google})
   * @param file its path under the real-data folder
   */
  public record Feed(String name, String file) {}

  /** The job board's schema.org feed (health and care) and the careers CSV (tech and business). */
  public static final List<Feed> REAL_FEEDS = List.of(new Feed("nhs", "nhs-jobs-2020-part1.jsonl"),
      new Feed("google", "google-job-skills-2018/job_skills.csv"));

  /**
   * The date the ingest gives records without one (all of the careers CSV), fixed so that nothing
   * depends on the day of the run: the postings' ids, keys and order do not.
   */
  static final LocalDate RUN_DATE = LocalDate.of(2026, 1, 5);

  private DemandEvaluator() {}

  /** The distinct postings of {@code file}, read and deduplicated as a weekly run reads one file with no option. */
  public static List<Posting> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "real feed; set --data to the folder of the real files");
    }
    IngestResult r = new PostingParser(IngestOptions.of(RUN_DATE)).parse(file.toString(), Files.readAllBytes(file));
    return new Deduplicator().dedup(r.accepted()).unique();
  }

  /** The pool of {@code feed} under the real-data folder {@code dir}. */
  public static SourcePool pool(Feed feed, Path dir, SkillExtractor x, int threads, PoolDesign d) throws IOException {
    return DemandPools.build(feed.name(), read(dir.resolve(feed.file())), x, threads, d);
  }

  /** The scores of each pool, then of all of them pooled ({@code all}) when there are several. */
  public static List<PoolScores> scores(List<SourcePool> pools, DemandJudgments judgments) {
    List<PoolScores> out = new ArrayList<>();
    for (SourcePool p : pools) {
      out.add(PoolScores.score(p.source(), List.of(p), judgments));
    }
    if (pools.size() > 1) {
      out.add(PoolScores.score("all", pools, judgments));
    }
    return out;
  }
}
