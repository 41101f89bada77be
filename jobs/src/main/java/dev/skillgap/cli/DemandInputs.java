package dev.skillgap.cli;

import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.demand.DemandModel;
import dev.skillgap.demand.PostingSkills;
import dev.skillgap.occupation.ResolvedRole;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.ingest.DedupResult;
import dev.skillgap.ingest.Deduplicator;
import dev.skillgap.ingest.IngestOptions;
import dev.skillgap.ingest.IngestResult;
import dev.skillgap.ingest.Posting;
import dev.skillgap.ingest.PostingParser;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The postings behind the demand of {@code recommend} and {@code bench recommend}: parsed,
 * deduplicated, extracted and resolved to occupations, with each role's demand computed once.
 */
final class DemandInputs {

  final DedupResult dedup;
  final List<PostingSkills> asked;
  final LocalDate asOf;
  private final DemandModel model;
  private final Map<Integer, RoleDemand> demand = new ConcurrentHashMap<>();

  private DemandInputs(DedupResult dedup, List<PostingSkills> asked, LocalDate asOf, Taxonomy t) {
    this.dedup = dedup;
    this.asked = asked;
    this.asOf = asOf;
    this.model = new DemandModel(t);
  }

  /**
   * Reads every posting file under {@code roots} with the user's {@code columns}; demand is measured at
   * {@code asOf}, or else at the newest date a posting states ({@link Posting#newestStatedDate}), which
   * undated postings then take.
   */
  static DemandInputs read(List<Path> roots, ColumnMapping columns, LocalDate asOf, PipelineSkillExtractor x,
      RoleResolver roles, Taxonomy t) throws IOException {
    LocalDate today = LocalDate.now();
    List<Posting> accepted = accepted(parse(roots, new IngestOptions(asOf != null ? asOf : today,
        asOf != null ? "the --as-of date" : "today", columns)));
    LocalDate date = asOf;
    if (date == null) {
      date = Posting.newestStatedDate(accepted, today);
      if (!date.equals(today) && accepted.stream().anyMatch(p -> !p.dateStated())) {
        // read again so that undated postings, and the warnings saying so, take the newest stated date
        accepted = accepted(parse(roots, new IngestOptions(date, "the newest date a posting states", columns)));
      }
    }
    DedupResult dedup = new Deduplicator().dedup(accepted);
    LocalDate at = date;
    List<PostingSkills> asked = dedup.unique().parallelStream().map(p -> posting(p, x, roles, at)).toList();
    return new DemandInputs(dedup, asked, date, t);
  }

  private static List<IngestResult> parse(List<Path> roots, IngestOptions options) throws IOException {
    PostingParser parser = new PostingParser(options);
    List<IngestResult> parsed = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = f.toString();
          try {
            // within the input limits, as the weekly run reads postings
            parsed.add(parser.parseFile(name, dev.skillgap.io.BoundedInput.read(name, Files.newInputStream(f),
                dev.skillgap.io.InputLimits.DEFAULTS, PostingParser.byLines(name))));
          } catch (IOException e) {
            parsed.add(IngestResult.unreadable(name, "file", dev.skillgap.ingest.InputFiles.unreadable(e)));
          }
        }
      }
    }
    return parsed;
  }

  private static List<Posting> accepted(List<IngestResult> parsed) {
    List<Posting> accepted = new ArrayList<>();
    parsed.forEach(r -> accepted.addAll(r.accepted()));
    return accepted;
  }

  /** The demand of each occupation (by taxonomy index), computed on first use. */
  IntFunction<RoleDemand> demand() {
    return occ -> demand.computeIfAbsent(occ, o -> model.demand(o, asked, asOf));
  }

  static PostingSkills posting(Posting p, PipelineSkillExtractor x, RoleResolver roles, LocalDate asOf) {
    Optional<ResolvedRole> role = dev.skillgap.pipeline.PostingOccupation.resolve(roles, p);
    Extraction e = x.extract(p.description());
    LocalDate d;
    try {
      d = LocalDate.parse(p.datePosted());
    } catch (java.time.format.DateTimeParseException ex) {
      d = asOf;
    }
    return PostingSkills.of(p.postingId(), role.map(ResolvedRole::occupation).orElse(-1), d, e.skills());
  }
}
