package dev.skillgap.check;

import dev.skillgap.catalog.Catalog;
import dev.skillgap.catalog.CatalogReader;
import dev.skillgap.gap.LearnerProfile;
import dev.skillgap.gap.LearnerReader;
import dev.skillgap.ingest.DedupResult;
import dev.skillgap.ingest.Deduplicator;
import dev.skillgap.ingest.IngestCounts;
import dev.skillgap.ingest.IngestFlag;
import dev.skillgap.ingest.IngestOptions;
import dev.skillgap.ingest.IngestReject;
import dev.skillgap.ingest.IngestResult;
import dev.skillgap.ingest.IngestWarning;
import dev.skillgap.ingest.InputFiles;
import dev.skillgap.ingest.Posting;
import dev.skillgap.ingest.PostingParser;
import dev.skillgap.ingest.RoleDescriptionParser;
import dev.skillgap.io.BoundedInput;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.io.ColumnMappingException;
import dev.skillgap.io.CsvColumns;
import dev.skillgap.pipeline.LocalInputs;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.hadoop.conf.Configuration;

/**
 * Dry runs of posting and role ingest: the files under the given paths are listed, parsed and
 * deduplicated together exactly as one weekly run does it, and summed up per file. No skill is
 * extracted, so a check of 15,000 postings takes seconds.
 */
public final class InputCheck {

  /** Reject and warning reasons listed per file. */
  public static final int TOP_REASONS = 5;

  /**
   * What a dry run found.
   *
   * @param kind what was checked
   * @param files one check per file read, in path order
   * @param skipped files in the named folders that are not of this kind, with why
   * @param notes what holds for every file (how the dry run differs from a run)
   */
  public record Result(String kind, List<FileCheck> files, List<InputFiles.Skipped> skipped, List<String> notes) {
    public Result {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
      notes = List.copyOf(notes);
    }

    Result(String kind, List<FileCheck> files, List<InputFiles.Skipped> skipped) {
      this(kind, files, skipped, List.of());
    }
  }

  private final Configuration conf;

  /** A checker reading through {@code conf}'s file systems (local paths need nothing set). */
  public InputCheck(Configuration conf) {
    this.conf = conf;
  }

  /** Checks the posting files under {@code paths} as a run with {@code options} reads them. */
  public Result postings(List<String> paths, IngestOptions options) throws IOException {
    PostingParser parser = new PostingParser(options);
    return check("postings", InputFiles.list(paths, PostingParser::reads, "posting", conf), "file", options,
        PostingParser::byLines, parser::parseFile);
  }

  /** Checks the HR role files under {@code paths} as a run with {@code options} reads them. */
  public Result roles(List<String> paths, IngestOptions options) throws IOException {
    RoleDescriptionParser parser = new RoleDescriptionParser(options);
    return check("roles", InputFiles.list(paths, RoleDescriptionParser::reads, "role", conf), "role", options,
        RoleDescriptionParser::byLines, parser::parseFile);
  }

  /**
   * Checks the learner files under {@code paths} (CSV with {@code columns}, or JSON Lines) as a run
   * reads them; a file the mapping does not fit is one record, rejected with the reason. Files on
   * another file system are read from a local copy with their folder (for CV files), as the weekly
   * driver reads them.
   */
  public Result learners(List<String> paths, ColumnMapping columns) throws IOException {
    InputFiles.Listing listing = InputFiles.list(paths, LearnerReader::reads, "learner", conf);
    List<FileCheck> out = new ArrayList<>();
    for (String f : listing.files()) {
      LearnerReader.Result r;
      try (LocalInputs local = new LocalInputs(conf)) {
        r = new LearnerReader().read(local.localWithFolder(f), columns);
      } catch (ColumnMappingException | IllegalArgumentException e) {
        out.add(new FileCheck(f, "learners", 1, 0, 0, 1, 0, List.of(), List.of(new ReasonCount(e.getMessage(), 1, "file")),
            List.of()));
        continue;
      }
      ReasonTally rejects = new ReasonTally();
      r.rejects().forEach(x -> rejects.add(x.reason(), x.entry()));
      ReasonTally warnings = new ReasonTally();
      r.warnings().forEach(w -> warnings.add(w.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ": "
          + w.message(), w.entry()));
      List<String> notes = new ArrayList<>();
      notes.add(r.format() + (r.encoding().equals("UTF-8") ? "" : ", read as " + r.encoding()));
      if (r.columns() != null) {
        notes.add("columns " + r.columns().spec());
      }
      for (LearnerProfile.IdOrigin origin : LearnerProfile.IdOrigin.values()) {
        if (origin != LearnerProfile.IdOrigin.GIVEN && r.ids(origin) > 0) {
          notes.add("ids " + origin.name().toLowerCase(java.util.Locale.ROOT) + ": " + r.ids(origin));
        }
      }
      Map<LearnerReader.Match, Integer> byMatch = new EnumMap<>(LearnerReader.Match.class);
      r.duplicates().forEach(d -> byMatch.merge(d.match(), 1, Integer::sum));
      byMatch.forEach((m, n) -> notes.add("duplicates by " + m.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + ": " + n));
      out.add(new FileCheck(f, "learners", r.read(), r.learners().size(), r.duplicates().size(), r.rejects().size(),
          r.warned(), notes, rejects.top(TOP_REASONS), warnings.top(TOP_REASONS)));
    }
    return new Result("learners", out, listing.skipped());
  }

  /**
   * Checks the catalogue files under {@code paths} (CSV with {@code columns}, Open Badges, CTDL) with
   * {@link CatalogReader#dryRun}: skills are linked by exact name only and nothing is inferred, so
   * entries whose skills need the extractor load here and may still be rejected by a run.
   */
  public Result catalog(List<String> paths, ColumnMapping columns, Taxonomy taxonomy) throws IOException {
    InputFiles.Listing listing = InputFiles.list(paths, CatalogReader::reads, "catalogue", conf);
    Catalog c;
    try (LocalInputs local = new LocalInputs(conf)) {
      c = CatalogReader.dryRun(taxonomy).read(local.local(listing.files()), columns);
    }
    List<FileCheck> out = new ArrayList<>();
    c.countsByFile().forEach((file, n) -> {
      List<String> notes = new ArrayList<>();
      CsvColumns cols = c.csvColumns().get(file);
      if (cols != null) {
        notes.add("columns " + cols.spec());
      }
      out.add(new FileCheck(file, "catalog", n.read(), n.loaded(), n.duplicates(), n.rejected(), n.warned(), notes,
          typed(c.topRejects(file, TOP_REASONS)), typed(c.topWarnings(file, TOP_REASONS))));
    });
    List<String> notes = c.linking() != Catalog.SkillLinking.EXACT_ONLY ? List.of() : List.of("dry run: skills are"
        + " linked by exact name only and none is inferred, so a run may still reject entries without a usable skill");
    return new Result("catalog", out, listing.skipped(), notes);
  }

  /** A catalogue's reason counts, grouped by their typed kind, each example {@code entry: message}, as the check's. */
  private static <K extends Enum<K>> List<ReasonCount> typed(List<Catalog.ReasonCount<K>> counts) {
    List<ReasonCount> out = new ArrayList<>();
    for (Catalog.ReasonCount<K> r : counts) {
      int cut = r.example().indexOf(": ");
      String entry = cut < 0 ? "" : r.example().substring(0, cut);
      String message = cut < 0 ? r.example() : r.example().substring(cut + 2);
      // a catalogue's messages begin with what their kind is ("no cost: ..."), so they stand alone
      out.add(new ReasonCount(message, r.count(), entry));
    }
    return out;
  }

  private Result check(String kind, InputFiles.Listing listing, String format, IngestOptions options,
      java.util.function.Predicate<String> byLines, BiFunction<String, BoundedInput.Read, IngestResult> parse) {
    List<IngestResult> results = listing.files().parallelStream().map(f -> {
      try {
        return parse.apply(f, InputFiles.read(f, conf, options.limits(), byLines.test(f)));
      } catch (IOException e) {
        if (!InputFiles.lasting(e)) {
          throw new UncheckedIOException(f + ": " + e.getMessage(), e);
        }
        return IngestResult.unreadable(f, format, InputFiles.unreadable(e)); // as the weekly run rejects it
      }
    }).toList();
    List<Posting> accepted = new ArrayList<>();
    results.forEach(r -> accepted.addAll(r.accepted()));
    DedupResult dedup = new Deduplicator().dedup(accepted);
    Map<String, IngestCounts> counts = new HashMap<>();
    IngestCounts.tally(results, dedup).forEach(c -> counts.put(c.source(), c));
    List<FileCheck> out = new ArrayList<>();
    for (IngestResult r : results) {
      out.add(fileCheck(kind, r, counts.get(r.source())));
    }
    return new Result(kind, out, listing.skipped());
  }

  /** The check of one file from its result and its counts after deduplication. */
  static FileCheck fileCheck(String kind, IngestResult r, IngestCounts c) {
    ReasonTally rejects = new ReasonTally();
    for (IngestReject x : r.rejects()) {
      rejects.add(x.reason(), x.entry());
    }
    ReasonTally warnings = new ReasonTally();
    Map<IngestFlag, Integer> noted = new EnumMap<>(IngestFlag.class);
    for (Posting p : r.accepted()) {
      for (IngestWarning w : p.warnings()) {
        if (w.flag().warns()) {
          warnings.add(w.flag().wireName() + ": " + w.detail(), p.entry());
        } else {
          noted.merge(w.flag(), 1, Integer::sum);
        }
      }
    }
    List<String> notes = new ArrayList<>(r.notes());
    noted.forEach((flag, n) -> notes.add(flag.wireName() + ": " + n + " record" + (n == 1 ? "" : "s")));
    return new FileCheck(r.source(), kind, c.read(), c.accepted(), c.duplicates(), c.rejected(), c.warned(), notes,
        rejects.top(TOP_REASONS), warnings.top(TOP_REASONS));
  }
}
