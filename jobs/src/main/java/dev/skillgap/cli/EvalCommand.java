package dev.skillgap.cli;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.skillgap.eval.DevSets;
import dev.skillgap.eval.EvalRecord;
import dev.skillgap.eval.ExtractorEvaluator;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.ExtractionJson;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.io.SkillgapHome;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skillgap eval}: extraction quality on the development and validation sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measure extraction quality on the dev/validation sets (never the test splits):",
        "esco-tech, esco-house (RP@5, RP@10, MRR), skillspan-dev (strict/loose span P/R/F1),",
        "soft-skills (loose recall of soft-typed spans on Sayfullina job_train mentions)."})
public final class EvalCommand implements Callable<Integer> {

  static final List<String> ALL = List.of("esco-tech", "esco-house", "skillspan-dev", "soft-skills");

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder with esco-skill-benchmark/, skillspan/ and sayfullina-soft-skills/ (default: ../shared/data).")
  Path data;

  @Option(names = "--sets", split = ",", paramLabel = "SET",
      description = "Sets to run (default: all of ${COMPLETION-CANDIDATES}).", completionCandidates = Sets.class)
  List<String> sets;

  @Option(names = "--predictions", paramLabel = "DIR",
      description = "Also write <set>.pred.jsonl (the extract contract) for scoring with shared/eval/score.py.")
  Path predictions;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Mixin
  ExtractorOptions extractor;

  @Spec
  CommandSpec spec;

  static final class Sets extends java.util.ArrayList<String> {
    Sets() {
      super(ALL);
    }
  }

  @Override
  public Integer call() throws Exception {
    Path root = data != null ? data : SkillgapHome.dir().resolve("../shared/data").normalize();
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "evaluation data folder; set --data");
    }
    List<String> chosen = sets == null || sets.isEmpty() ? ALL : sets;
    for (String s : chosen) {
      if (!ALL.contains(s)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown set '" + s + "' (known: " + ALL + ")");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PipelineSkillExtractor x = extractor.open(spec.commandLine().getErr());
    ExtractorEvaluator ev = new ExtractorEvaluator(x, threads != null ? threads : Runtime.getRuntime().availableProcessors());
    for (String s : chosen) {
      List<EvalRecord> set = switch (s) {
        case "esco-tech" -> DevSets.escoLinking(root.resolve("esco-skill-benchmark"), "tech");
        case "esco-house" -> DevSets.escoLinking(root.resolve("esco-skill-benchmark"), "house");
        case "skillspan-dev" -> DevSets.skillSpan(root.resolve("skillspan/json"), "dev");
        default -> DevSets.softSkills(root.resolve("sayfullina-soft-skills/job_train.csv"));
      };
      long t0 = System.nanoTime();
      List<Extraction> pred = ev.run(set);
      double secs = (System.nanoTime() - t0) / 1e9;
      String scores = s.startsWith("esco-") ? ExtractorEvaluator.linking(set, pred).toJson()
          : ExtractorEvaluator.spans(set, pred, s.equals("soft-skills")).toJson();
      out.printf("{\"set\": \"%s\", %s, \"seconds\": %.1f}%n", s, scores.substring(1, scores.length() - 1), secs);
      out.flush();
      if (predictions != null) {
        write(predictions.resolve(s + ".pred.jsonl"), set, pred);
      }
    }
    return 0;
  }

  private static void write(Path file, List<EvalRecord> set, List<Extraction> pred) throws java.io.IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    ExtractionJson json = new ExtractionJson(Json.MAPPER);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < set.size(); i++) {
        w.write(Json.MAPPER.writeValueAsString(json.toJson(TextNode.valueOf(set.get(i).id()), pred.get(i), false)));
        w.write('\n');
      }
    }
  }
}
