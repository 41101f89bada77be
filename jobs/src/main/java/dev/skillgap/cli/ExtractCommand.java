package dev.skillgap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.extract.Cutoff;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.ExtractionJson;
import dev.skillgap.extract.SkillExtractor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skillgap extract}: skills of every record of a file, one JSON line per record, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract hard and soft skills from texts, linked to ESCO and O*NET, with evidence.",
        "Input: JSON Lines of {\"id\", \"text\"}; or CSV/Parquet with --id-col and --text-col.",
        "Output: one line per input record, in input order: {\"id\", \"skills\": [{\"uri\", \"label\", \"type\", "
            + "\"kind\", \"score\", \"spans\", \"requirement\"}]}, or {\"id\", \"error\"}; with --top, each skill "
            + "has \"belowThreshold\" too."})
public final class ExtractCommand implements Callable<Integer> {

  static final int BATCH = 256;

  @Option(names = {"-i", "--input"}, required = true, paramLabel = "IN", description = "Input file (.jsonl, .csv, .parquet).")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl", description = "Output JSON Lines file.")
  Path output;

  @Option(names = "--id-col", defaultValue = "id", description = "Id field or column (default: ${DEFAULT-VALUE}).")
  String idCol;

  @Option(names = "--text-col", defaultValue = "text", description = "Text field or column (default: ${DEFAULT-VALUE}).")
  String textCol;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--evidence", description = "Add each mention's span, sentence, source and score.")
  boolean evidence;

  @Option(names = "--top", paramLabel = "K", description = "Return the K best skills per record even under the "
      + "return threshold, each marked \"belowThreshold\" (true for those under it): near-misses for review, "
      + "rankings for benchmarks.")
  Integer top;

  @Mixin
  ExtractorOptions extractor;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new NoSuchFileException(input.toString());
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (top != null && top < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1");
    }
    Cutoff cutoff = top == null ? Cutoff.THRESHOLD : Cutoff.top(top);
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    SkillExtractor x = extractor.load(err).extractor();
    long loaded = System.nanoTime();
    ExtractionJson json = new ExtractionJson(Json.MAPPER);
    Path abs = output.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
    long[] counts = new long[3]; // records, errors, skills
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      List<TextRecords.TextRecord> batch = new ArrayList<>(BATCH);
      IOException[] failure = new IOException[1];
      TextRecords.read(input, idCol, textCol, r -> {
        batch.add(r);
        if (batch.size() == BATCH && failure[0] == null) {
          try {
            flush(batch, pool, x, cutoff, json, w, counts);
          } catch (IOException e) {
            failure[0] = e;
          }
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
      flush(batch, pool, x, cutoff, json, w, counts);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    } finally {
      pool.shutdownNow();
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    double secs = (System.nanoTime() - loaded) / 1e9;
    err.printf("skillgap extract: %,d records (%,d errors), %,d skills; models loaded in %.1f s; "
            + "%.1f records/s on %d threads -> %s%n", counts[0], counts[1], counts[2], (loaded - t0) / 1e9,
        counts[0] / Math.max(secs, 1e-9), n, output);
    err.flush();
    return 0;
  }

  private void flush(List<TextRecords.TextRecord> batch, ExecutorService pool, SkillExtractor x, Cutoff cutoff,
      ExtractionJson json, BufferedWriter w, long[] counts) throws IOException {
    List<Future<ObjectNode>> futures = new ArrayList<>(batch.size());
    for (TextRecords.TextRecord r : batch) {
      futures.add(pool.submit(() -> {
        if (r.error() != null) {
          return json.error(r.id(), r.error());
        }
        try {
          Extraction e = x.extract(r.text(), cutoff);
          return json.toJson(r.id(), e, evidence, cutoff.ranked());
        } catch (RuntimeException e) {
          return json.error(r.id(), "line " + r.line() + ": " + SkillgapCommand.describe(e));
        }
      }));
    }
    for (Future<ObjectNode> f : futures) {
      ObjectNode node;
      try {
        node = f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IOException(e.getCause());
      }
      counts[0]++;
      if (node.has("error")) {
        counts[1]++;
      }
      counts[2] += node.get("skills").size();
      w.write(Json.MAPPER.writeValueAsString(node));
      w.write('\n');
    }
    batch.clear();
  }
}
