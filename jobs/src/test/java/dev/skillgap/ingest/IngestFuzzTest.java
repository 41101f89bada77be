package dev.skillgap.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.catalog.Catalog;
import dev.skillgap.catalog.CatalogReader;
import dev.skillgap.gap.LearnerReader;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest over thousands of seeded random inputs: random bytes, truncations and byte mutations of
 * the sample files in {@code data-samples} (postings as CSV, JSON Lines, JSON-LD and a Parquet file
 * written from them; roles as text
 * and Markdown; learners as JSON Lines with their CV files; catalogues as CSV, CTDL, Open Badges 3.0
 * and 2.0), some of them gzipped before or after the mutation. Every reader, in process and without
 * Spark, must account for each input (read = accepted + duplicates + rejected, per file) and throw
 * nothing but its documented whole-file error (a learners file that cannot be read at all). The seed
 * is printed; {@code -Dseed=N} replays a run, and a failing input is written to {@code
 * target/fuzz-failures}.
 */
class IngestFuzzTest {

  static final Path SAMPLES = SkillgapHome.dataSamples();
  /** Inputs per reader and format, times {@code -Dfuzz.scale=N} (1 by default) for a longer hunt. */
  static final int SCALE = Integer.getInteger("fuzz.scale", 1);
  static final int POSTINGS_PER_FORMAT = 350 * SCALE;
  static final int PARQUET = 200 * SCALE;
  static final int ROLES = 400 * SCALE;
  static final int LEARNERS = 250 * SCALE;
  static final int CATALOGUES_PER_FORMAT = 150 * SCALE;

  final long seed = Long.getLong("seed", System.nanoTime());
  final SplittableRandom random = new SplittableRandom(seed);
  final Map<String, Integer> tried = new TreeMap<>();

  @Test
  void everyReaderAccountsForEveryRecordOfThousandsOfMutatedInputs(@TempDir Path tmp) throws Exception {
    System.out.println("IngestFuzzTest seed " + seed + " (replay with -Dseed=" + seed + ")");
    long t0 = System.nanoTime();
    try {
      long t = System.nanoTime();
      postings();
      System.out.printf("  postings %.1f s%n", (System.nanoTime() - t) / 1e9);
      t = System.nanoTime();
      parquet(tmp);
      System.out.printf("  parquet %.1f s%n", (System.nanoTime() - t) / 1e9);
      t = System.nanoTime();
      roles();
      System.out.printf("  roles %.1f s%n", (System.nanoTime() - t) / 1e9);
      t = System.nanoTime();
      learners(tmp);
      System.out.printf("  learners %.1f s%n", (System.nanoTime() - t) / 1e9);
      t = System.nanoTime();
      catalogues(tmp);
      System.out.printf("  catalogues %.1f s%n", (System.nanoTime() - t) / 1e9);
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("IngestFuzzTest seed " + seed + " (replay with -Dseed=" + seed + "): " + e.getMessage(),
          e);
    }
    int total = tried.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("IngestFuzzTest: %d inputs %s in %.1f s%n", total, tried, (System.nanoTime() - t0) / 1e9);
    assertTrue(total >= 2500, "thousands of inputs: " + total);
  }

  // ---- the readers

  void postings() throws IOException {
    PostingParser parser = new PostingParser(IngestOptions.of(LocalDate.of(2026, 11, 29)));
    for (String name : List.of("postings.csv", "postings.jsonl", "jobboard.jsonld")) {
      byte[] sample = Files.readAllBytes(SAMPLES.resolve("postings/2026-W48").resolve(name));
      for (int i = 0; i < POSTINGS_PER_FORMAT; i++) {
        Input in = mutate(name, sample);
        IngestResult r;
        try {
          r = parser.parse(in.name(), in.bytes());
        } catch (RuntimeException e) {
          throw failure(in, "the posting parser threw " + e, e);
        }
        checkIngest(in, r);
        tried.merge("postings " + ext(name), 1, Integer::sum);
      }
    }
  }

  /**
   * A Parquet file of sample postings (written here: data-samples has none), mutated: Parquet keeps
   * sizes and offsets in its footer and page headers, which a flipped byte turns into nonsense.
   */
  void parquet(Path tmp) throws IOException {
    org.apache.parquet.schema.MessageType schema = org.apache.parquet.schema.MessageTypeParser.parseMessageType(
        "message p { optional binary id (STRING); optional binary title (STRING); optional binary datePosted (STRING);"
        + " optional binary description (STRING); }");
    Path file = tmp.resolve("sample.parquet");
    org.apache.parquet.example.data.simple.SimpleGroupFactory f =
        new org.apache.parquet.example.data.simple.SimpleGroupFactory(schema);
    IngestResult sample = new PostingParser(IngestOptions.of(LocalDate.of(2026, 11, 29))).parse("postings.jsonl",
        Files.readAllBytes(SAMPLES.resolve("postings/2026-W48/postings.jsonl")));
    try (org.apache.parquet.hadoop.ParquetWriter<org.apache.parquet.example.data.Group> w =
        org.apache.parquet.hadoop.example.ExampleParquetWriter.builder(new org.apache.parquet.io.LocalOutputFile(file))
            .withType(schema).withConf(new org.apache.parquet.conf.PlainParquetConfiguration())
            .withCompressionCodec(org.apache.parquet.hadoop.metadata.CompressionCodecName.SNAPPY).build()) {
      for (Posting p : sample.accepted().subList(0, 12)) {
        w.write(f.newGroup().append("id", p.postingId()).append("title", p.title()).append("datePosted",
            p.datePosted()).append("description", p.description()));
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    PostingParser parser = new PostingParser(IngestOptions.of(LocalDate.of(2026, 11, 29)));
    for (int i = 0; i < PARQUET; i++) {
      Input in = mutate("export.parquet", bytes);
      IngestResult r;
      try {
        r = parser.parse(in.name(), in.bytes());
      } catch (RuntimeException | OutOfMemoryError e) {
        throw failure(in, "the posting parser threw " + e, e);
      }
      checkIngest(in, r);
      tried.merge("postings parquet", 1, Integer::sum);
    }
  }

  void roles() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(SAMPLES.resolve("roles"))) {
      files = s.sorted().toList();
    }
    RoleDescriptionParser parser = new RoleDescriptionParser(LocalDate.of(2026, 11, 29));
    for (int i = 0; i < ROLES; i++) {
      Path f = files.get(random.nextInt(files.size()));
      Input in = mutate(f.getFileName().toString(), Files.readAllBytes(f));
      IngestResult r;
      try {
        r = parser.parse(in.name(), in.bytes());
      } catch (RuntimeException e) {
        throw failure(in, "the role parser threw " + e, e);
      }
      checkIngest(in, r);
      tried.merge("roles " + ext(f.getFileName().toString()), 1, Integer::sum);
    }
  }

  /** Per file: read = accepted + duplicates + rejected after deduplication, every reject with its place and reason. */
  void checkIngest(Input in, IngestResult r) throws IOException {
    List<IngestCounts> counts;
    try {
      counts = IngestCounts.tally(List.of(r), new Deduplicator().dedup(r.accepted()));
    } catch (RuntimeException e) {
      throw failure(in, "counts do not reconcile: " + e.getMessage(), e);
    }
    if (counts.size() != 1 || !counts.get(0).reconciles()) {
      throw failure(in, "counts " + counts, null);
    }
    for (IngestReject x : r.rejects()) {
      if (x.reason().isBlank() || x.entry().isBlank() || !x.source().equals(in.name())) {
        throw failure(in, "a reject without its place or reason: " + x, null);
      }
    }
  }

  void learners(Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("learners"));
    Path cvs = Files.createDirectories(dir.resolve("cv"));
    List<Path> cvFiles;
    try (Stream<Path> s = Files.list(SAMPLES.resolve("learners/cv"))) {
      cvFiles = s.sorted().toList();
    }
    for (Path cv : cvFiles) {
      Files.copy(cv, cvs.resolve(cv.getFileName()));
    }
    byte[] sample = Files.readAllBytes(SAMPLES.resolve("learners/learners.jsonl"));
    LearnerReader reader = new LearnerReader();
    for (int i = 0; i < LEARNERS; i++) {
      if (random.nextInt(4) == 0) { // a CV mutated in place: its learner must still be read or rejected
        Path cv = cvFiles.get(random.nextInt(cvFiles.size()));
        Files.write(cvs.resolve(cv.getFileName()), mutate(cv.getFileName().toString(), Files.readAllBytes(cv)).bytes());
      }
      Input in = mutate("learners.jsonl", sample);
      Path file = dir.resolve("in-" + i + "-" + in.name());
      Files.write(file, in.bytes());
      try {
        LearnerReader.Result r = reader.read(file);
        if (r.read() != r.learners().size() + r.duplicates().size() + r.rejects().size()) {
          throw failure(in, "learners: read " + r.read() + " != " + r.learners().size() + " + " + r.duplicates().size()
              + " + " + r.rejects().size(), null);
        }
      } catch (IOException e) {
        // the documented whole-file error: it names the file and says why
        if (e.getMessage() == null || !e.getMessage().contains(file.toString())) {
          throw failure(in, "a learners error that does not name the file: " + e, e);
        }
      } catch (RuntimeException e) {
        throw failure(in, "the learner reader threw " + e, e);
      }
      Files.delete(file);
      tried.merge("learners jsonl", 1, Integer::sum);
    }
  }

  void catalogues(Path tmp) throws IOException {
    Taxonomy t = TaxonomyFixture.taxonomy();
    CatalogReader reader = CatalogReader.dryRun(t);
    Path dir = Files.createDirectories(tmp.resolve("catalogue"));
    Path catalog = SAMPLES.resolve("catalog");
    for (String format : List.of("courses.csv", "ctdl", "openbadges", "openbadges2")) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(catalog.resolve(format))) {
        files = s.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
      }
      for (int i = 0; i < CATALOGUES_PER_FORMAT; i++) {
        Path f = files.get(random.nextInt(files.size()));
        Input in = mutate(f.getFileName().toString(), Files.readAllBytes(f));
        Path file = dir.resolve(i + "-" + in.name());
        Files.write(file, in.bytes());
        Catalog c;
        try {
          c = reader.read(List.of(file));
        } catch (IOException | RuntimeException e) {
          throw failure(in, "the catalogue reader threw " + e, e);
        }
        Catalog.FileCounts n = c.countsByFile().get(file.toString());
        if (n == null || !n.reconciles()) { // listed, and reconciled (a header alone is 0 entries)
          throw failure(in, "catalogue counts " + c.countsByFile(), null);
        }
        Files.delete(file);
        tried.merge("catalogue " + format, 1, Integer::sum);
      }
    }
  }

  // ---- inputs

  /** One input: its file name, bytes, and how it was made. */
  record Input(String name, byte[] bytes, String how) {}

  /**
   * A mutation of {@code sample}, the file {@code name}: random bytes, a truncation, byte flips,
   * inserted troublemakers (quotes, brackets, line breaks, NUL, invalid UTF-8), a deleted or
   * repeated slice, or several of these; gzipped before or after now and then.
   */
  Input mutate(String name, byte[] sample) throws IOException {
    byte[] b = sample;
    List<String> how = new ArrayList<>();
    if (random.nextInt(6) != 0 && b.length > 64) { // a slice of whole lines keeps five in six inputs small and fast
      int from = lineStart(b, random.nextInt(b.length));
      int to = Math.min(b.length, from + 1 + random.nextInt(8192));
      b = java.util.Arrays.copyOfRange(b, from, to);
      how.add("slice " + from + ".." + to);
    }
    int steps = 1 + random.nextInt(3);
    for (int s = 0; s < steps; s++) {
      int kind = random.nextInt(7);
      switch (kind) {
        case 0 -> {
          b = new byte[random.nextInt(2048)];
          for (int i = 0; i < b.length; i++) {
            b[i] = (byte) random.nextInt(256);
          }
          how.add("random " + b.length);
        }
        case 1 -> {
          int cut = b.length == 0 ? 0 : random.nextInt(b.length);
          b = java.util.Arrays.copyOf(b, cut);
          how.add("truncate " + cut);
        }
        case 2 -> {
          b = b.clone();
          int flips = 1 + random.nextInt(16);
          for (int i = 0; i < flips && b.length > 0; i++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
          }
          how.add("flip " + flips);
        }
        case 3 -> {
          byte[][] trouble = {{'"'}, {'\n'}, {'\r'}, {','}, {';'}, {'\t'}, {'{'}, {'}'}, {'['}, {']'}, {0},
              {(byte) 0xff}, {(byte) 0xC3}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {':'}, {'\\'}, {'<'}};
          byte[] t = trouble[random.nextInt(trouble.length)];
          int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
          int times = 1 + random.nextInt(random.nextInt(4) == 0 ? 200 : 3);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.write(b, 0, at);
          for (int i = 0; i < times; i++) {
            out.write(t);
          }
          out.write(b, at, b.length - at);
          b = out.toByteArray();
          how.add("insert " + times + "x" + (t[0] & 0xff) + "@" + at);
        }
        case 4 -> {
          if (b.length > 1) {
            int from = random.nextInt(b.length);
            int to = Math.min(b.length, from + 1 + random.nextInt(256));
            b = join(b, from, to);
            how.add("delete " + from + ".." + to);
          }
        }
        case 5 -> {
          if (b.length > 1) {
            int from = random.nextInt(b.length);
            int to = Math.min(b.length, from + 1 + random.nextInt(512));
            b = join(b, to, from);
            how.add("repeat " + from + ".." + to);
          }
        }
        default -> {
          how.add("none");
        }
      }
    }
    String n = name;
    int gz = random.nextInt(10);
    if (gz == 0) {
      b = gzip(b);
      n = name + ".gz";
      how.add("gzip");
    } else if (gz == 1) {
      b = gzip(b);
      b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
      if (b.length > 12) {
        b[10 + random.nextInt(b.length - 10)] ^= (byte) (1 + random.nextInt(255));
      }
      n = name + ".gz";
      how.add("gzip, then truncated and flipped");
    }
    return new Input(n, b, String.join(", ", how));
  }

  /** {@code b[0, headEnd)} followed by {@code b[tailFrom, end)}: a slice deleted, or repeated when tailFrom < headEnd. */
  static byte[] join(byte[] b, int headEnd, int tailFrom) {
    byte[] out = java.util.Arrays.copyOf(b, headEnd + b.length - tailFrom);
    System.arraycopy(b, tailFrom, out, headEnd, b.length - tailFrom);
    return out;
  }

  static int lineStart(byte[] b, int at) {
    int i = at;
    while (i > 0 && b[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  static String ext(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** An assertion error naming the input, its mutation and the seed; the input is kept under target/fuzz-failures. */
  AssertionError failure(Input in, String what, Throwable cause) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
    Path kept = dir.resolve(seed + "-" + in.name());
    Files.write(kept, in.bytes());
    AssertionError e = new AssertionError(in.name() + " (" + in.how() + "; kept as " + kept + "): " + what);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }
}
