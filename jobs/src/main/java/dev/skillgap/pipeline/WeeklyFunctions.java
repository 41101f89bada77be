package dev.skillgap.pipeline;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.skillgap.demand.TrendRule;
import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.SkillMention;
import dev.skillgap.extract.UnlinkedPhrase;
import dev.skillgap.ingest.DedupResult;
import dev.skillgap.ingest.Deduplicator;
import dev.skillgap.ingest.FileTally;
import dev.skillgap.ingest.IngestOptions;
import dev.skillgap.ingest.IngestReject;
import dev.skillgap.ingest.IngestResult;
import dev.skillgap.ingest.InputFiles;
import dev.skillgap.ingest.Posting;
import dev.skillgap.ingest.PostingParser;
import dev.skillgap.ingest.RoleDescriptionParser;
import dev.skillgap.io.BoundedInput;
import dev.skillgap.occupation.ResolvedRole;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The map functions of the weekly job, each a thin, serializable wrapper that turns rows into the
 * libraries' values, calls their pure functions and turns the results back into rows of the
 * lake's schemas. Row layouts live here and in {@link LakeSchemas} only.
 */
public final class WeeklyFunctions {

  private WeeklyFunctions() {}

  static Encoder<Row> encoder(StructType schema) {
    return org.apache.spark.sql.catalyst.encoders.RowEncoder.encoderFor(schema);
  }

  static final StructType FILE_SCHEMA = createStructType(List.of(createStructField("path", StringType, false),
      createStructField("sha256", StringType, false), createStructField("bytes", IntegerType, false)));

  static final StructType SKILL_ITEM = createStructType(List.of(
      createStructField("skill_uri", StringType, false), createStructField("skill_label", StringType, true),
      createStructField("skill_type", StringType, true), createStructField("skill_kind", StringType, true),
      createStructField("score", DoubleType, true), createStructField("requirement", StringType, true),
      createStructField("spans", createArrayType(LakeSchemas.SPAN, false), true),
      createStructField("sentences", createArrayType(LakeSchemas.SPAN, false), true),
      createStructField("evidence", createArrayType(StringType, false), true)));

  static final StructType UNLINKED_ITEM = createStructType(List.of(
      createStructField("phrase", StringType, false), createStructField("nearest_uri", StringType, true),
      createStructField("nearest_label", StringType, true), createStructField("nearest_similarity", DoubleType, true)));

  static final StructType EXTRACTED;

  static {
    List<StructField> fields = new ArrayList<>(List.of(LakeSchemas.POSTINGS.fields()));
    fields.add(createStructField("skills", createArrayType(SKILL_ITEM, false), true));
    fields.add(createStructField("unlinked", createArrayType(UNLINKED_ITEM, false), true));
    EXTRACTED = createStructType(fields);
  }

  /**
   * One input file parsed, with what the manifest records of it.
   *
   * @param kind {@code postings} or {@code roles}
   * @param result its records
   * @param sha256 the SHA-256 of its bytes as stored, or null when it was not read to the end (unreadable, too
   *     large)
   * @param bytes its bytes read from storage
   */
  public record ParsedFile(String kind, IngestResult result, String sha256, long bytes) implements Serializable {}

  /** A parsed file without its records: its tally, hash and size. */
  public record FileSummary(String kind, FileTally tally, String sha256, long bytes) implements Serializable {
    static FileSummary of(ParsedFile f) {
      return new FileSummary(f.kind(), FileTally.of(f.result()), f.sha256(), f.bytes());
    }
  }

  /** Reads a posting or role file by its path, on any Hadoop file system, and parses it. */
  static final class Parse implements MapFunction<String, ParsedFile> {
    private final String kind;
    private final IngestOptions options;
    private final Broadcast<SerializableConfiguration> conf;

    Parse(String kind, IngestOptions options, Broadcast<SerializableConfiguration> conf) {
      this.kind = kind;
      this.options = options;
      this.conf = conf;
    }

    @Override
    public ParsedFile call(String path) {
      boolean roles = kind.equals("roles");
      BoundedInput.Read file;
      try {
        file = InputFiles.read(path, conf.value().value(), options.limits(),
            roles ? RoleDescriptionParser.byLines(path) : PostingParser.byLines(path));
      } catch (IOException e) {
        if (!InputFiles.lasting(e)) {
          throw new java.io.UncheckedIOException(path + ": " + e.getMessage(), e); // Spark retries the task
        }
        // the file went, or cannot be read (permissions): rejected whole, the run goes on
        return new ParsedFile(kind, IngestResult.unreadable(path, roles ? "role" : "file", InputFiles.unreadable(e)),
            null, 0);
      }
      IngestResult result = roles ? new RoleDescriptionParser(options).parseFile(path, file)
          : new PostingParser(options).parseFile(path, file);
      return new ParsedFile(kind, result, file.sha256(), file.storedBytes());
    }
  }

  /** A posting after deduplication; {@code duplicateOf} is null for the one kept. */
  public record Deduped(Posting posting, String duplicateOf, String duplicateOfSource) implements Serializable {}

  /** Keeps the first posting of a content hash ({@link Deduplicator#ORDER}) and marks the others. */
  static final class Dedup implements FlatMapGroupsFunction<String, Posting, Deduped> {
    @Override
    public Iterator<Deduped> call(String hash, Iterator<Posting> postings) {
      List<Posting> all = new ArrayList<>();
      postings.forEachRemaining(all::add);
      DedupResult r = new Deduplicator().dedup(all);
      List<Deduped> out = new ArrayList<>();
      r.unique().forEach(p -> out.add(new Deduped(p, null, null)));
      r.duplicates().forEach(d -> out.add(new Deduped(d.posting(), d.duplicateOfPostingId(), d.duplicateOfSource())));
      return out.iterator();
    }
  }

  /** Rejected records as rows of the {@code rejects} table. */
  static final class RejectRows implements FlatMapFunction<IngestResult, Row> {
    @Override
    public Iterator<Row> call(IngestResult r) {
      List<Row> out = new ArrayList<>();
      for (IngestReject x : r.rejects()) {
        out.add(RowFactory.create(x.format().startsWith("role") ? "role" : "posting", x.source(), x.entry(), x.format(),
            x.reason(), x.excerpt()));
      }
      return out.iterator();
    }
  }

  /** Duplicates as rows of the {@code rejects} table, kind {@code duplicate}, naming the record kept. */
  static final class DuplicateRows implements FlatMapFunction<Deduped, Row> {
    @Override
    public Iterator<Row> call(Deduped d) {
      if (d.duplicateOf() == null) {
        return java.util.Collections.emptyIterator();
      }
      Posting p = d.posting();
      return List.<Row>of(RowFactory.create("duplicate", p.source(), p.entry(), p.format(),
          "duplicate of " + d.duplicateOf() + " in " + d.duplicateOfSource(), excerpt(p.title()))).iterator();
    }
  }

  private static String excerpt(String s) {
    return s.length() > IngestReject.EXCERPT_CHARS ? s.substring(0, IngestReject.EXCERPT_CHARS) : s;
  }

  /** Extracts each posting's skills with the executor's shared models; resolves its occupation. */
  static final class Extract implements MapPartitionsFunction<Posting, Row> {
    private final Broadcast<byte[]> taxonomy;
    private final Broadcast<String> config;

    Extract(Broadcast<byte[]> taxonomy, Broadcast<String> config) {
      this.taxonomy = taxonomy;
      this.config = config;
    }

    @Override
    public Iterator<Row> call(Iterator<Posting> postings) {
      ExecutorModels m = ExecutorModels.get(taxonomy.value(), config.value());
      List<Row> out = new ArrayList<>();
      postings.forEachRemaining(p -> out.add(extract(m, p)));
      return out.iterator();
    }
  }

  static Row extract(ExecutorModels m, Posting p) {
    Optional<ResolvedRole> role = PostingOccupation.resolve(m.roles(), p);
    String occUri = role.map(ResolvedRole::id).orElse(null);
    String occLabel = role.map(ResolvedRole::label).orElse(null);
    String method = role.map(ResolvedRole::method).orElse(null);
    Extraction x;
    try {
      x = m.extractor().extract(p.description());
    } catch (RuntimeException e) {
      return posting(p, occUri, occLabel, method, null, null, 0, "extraction failed: " + e, List.of(), List.of());
    }
    List<Row> skills = new ArrayList<>();
    for (ExtractedSkill s : x.skills()) {
      List<Row> spans = new ArrayList<>();
      s.spans().forEach(sp -> spans.add(RowFactory.create(sp[0], sp[1])));
      List<Row> sentences = new ArrayList<>();
      List<String> evidence = new ArrayList<>();
      for (SkillMention mm : s.mentions()) {
        Row sent = RowFactory.create(mm.sentenceStart(), mm.sentenceEnd());
        if (!sentences.contains(sent)) {
          sentences.add(sent);
        }
        if (!evidence.contains(mm.evidence().wireName())) {
          evidence.add(mm.evidence().wireName());
        }
      }
      skills.add(RowFactory.create(s.concept().id(), s.concept().preferredLabel(), s.concept().type().wireName(),
          s.concept().kind().wireName(), Math.round(s.score() * 10_000) / 10_000.0, s.requirement().wireName(),
          seq(spans), seq(sentences), seq(evidence)));
    }
    List<Row> unlinked = new ArrayList<>();
    for (UnlinkedPhrase u : x.unlinked()) {
      String uri = u.bestConcept() < 0 ? null : m.taxonomy().concept(u.bestConcept()).id();
      String label = u.bestConcept() < 0 ? null : m.taxonomy().concept(u.bestConcept()).preferredLabel();
      unlinked.add(RowFactory.create(u.text(), uri, label, u.bestScore()));
    }
    return posting(p, occUri, occLabel, method, x.language(), x.truncated(), skills.size(), null, skills, unlinked);
  }

  private static Row posting(Posting p, String occUri, String occLabel, String method, String language,
      Boolean truncated, int skillCount, String error, List<Row> skills, List<Row> unlinked) {
    return RowFactory.create(p.postingId(), p.source(), p.entry(), p.format(), p.title(), p.company(), p.city(),
        p.region(), p.country(), p.datePosted(), p.employmentType(), p.salary(), p.occupationCode(), occUri, occLabel,
        method, p.contentHash(), language, truncated, skillCount, error, seq(p.flags()), seq(skills), seq(unlinked));
  }

  /** {@code rows} as a sequential stream read one element at a time: a partition mapped through it is never all in memory. */
  static <T> java.util.stream.Stream<T> lazily(Iterator<T> rows) {
    return java.util.stream.StreamSupport.stream(
        java.util.Spliterators.spliteratorUnknownSize(rows, java.util.Spliterator.ORDERED), false);
  }

  /** A Java list as the Scala sequence Spark rows hold for array columns. */
  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  /** Turns a joined row of this week's and earlier weeks' shares into a trend row. */
  static final class Trend implements MapFunction<Row, Row> {
    private final int weeks;

    Trend(int weeks) {
      this.weeks = weeks;
    }

    @Override
    public Row call(Row r) {
      String occ = r.getAs("occupation_uri");
      String skill = r.getAs("skill_uri");
      Double share = r.getAs("share");
      int shares = r.fieldIndex("previous_shares");
      List<Double> previous = r.isNullAt(shares) ? List.of() : r.getList(shares);
      double now = share == null ? 0 : share;
      double prev = TrendRule.previousShare(previous, weeks);
      String label = r.getAs("occupation_label") != null ? r.getAs("occupation_label") : r.getAs("p_label");
      String skillLabel = r.getAs("skill_label") != null ? r.getAs("skill_label") : r.getAs("p_skill_label");
      String type = r.getAs("skill_type") != null ? r.getAs("skill_type") : r.getAs("p_skill_type");
      String status = TrendRule.status(now, prev, previous.stream().anyMatch(p -> p > 0), weeks).wireName();
      return RowFactory.create(occ, label, skill, skillLabel, type, now, prev, now - prev, status, weeks);
    }
  }
}
