package dev.skillgap.distil;

import dev.skillgap.eval.PhraseRanking;
import dev.skillgap.link.LabelVectorIndex;
import dev.skillgap.link.LabelVectorIndex.LabelSet;
import dev.skillgap.link.SentenceEncoder;
import dev.skillgap.link.StaticEncoder;
import dev.skillgap.link.StaticLabelIndex;
import dev.skillgap.link.WordPieceTokenizer;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Makes the static embedding table end to end: distils it from MiniLM ({@link StaticDistiller}),
 * fine-tunes it on the taxonomy's pairs and on job-ad phrases linked by MiniLM ({@link
 * ContrastiveTuner}, {@link TrainingPairs}), and writes both tables (int8, {@link
 * StaticEncoder#write}) into a folder, measuring each on the held-out alternative labels and
 * phrases. With the same JVM, onnxruntime and CPU, the same settings give the same bytes (the
 * teacher runs one token per call, single-threaded).
 */
public final class StaticEmbeddingsTrainer {

  /** The fine-tuned table's file name (the committed resource's). */
  public static final String MODEL_FILE = "minilm-static.bin";
  /** The distilled table's file name, before fine-tuning. */
  public static final String DISTILLED_FILE = "minilm-static-distilled.bin";

  private final Consumer<String> log;

  /** Reports progress to {@code log}. */
  public StaticEmbeddingsTrainer(Consumer<String> log) {
    this.log = log;
  }

  /**
   * All settings.
   *
   * @param distil PCA and SIF settings
   * @param tune fine-tuning settings ({@code epochs} 0: the distilled table is the model)
   */
  public record Config(StaticDistiller.Config distil, ContrastiveTuner.Config tune) {

    /**
     * The committed table's settings: model2vec's 256 dimensions and SIF a = 1e-4, then 5 epochs
     * of batch 512, Adam 1e-3, temperature 0.1, no decay, seed 15; chosen on the held-out
     * alternative labels and phrases (models/README.md has the sweep).
     */
    public static Config defaults() {
      return new Config(StaticDistiller.Config.defaults(), new ContrastiveTuner.Config(5, 512, 1e-3, 0.1, 0, 15));
    }
  }

  /**
   * The selection measures of one table.
   *
   * @param altLabels held-out alternative labels linked to the nearest preferred label, against their concept
   * @param phrases held-out phrases, against the concept MiniLM links them to (agreement with the teacher)
   */
  public record Selection(PhraseRanking.Scores altLabels, PhraseRanking.Scores phrases) {
    @Override
    public String toString() {
      return "alternative labels " + altLabels + "; phrases, agreement with MiniLM " + phrases;
    }
  }

  /**
   * What was made.
   *
   * @param model the fine-tuned table's file
   * @param distilled the distilled table's file
   * @param distilledHeldOut the distilled table on the held-out pairs
   * @param tunedHeldOut the fine-tuned table on them
   */
  public record Outcome(Path model, Path distilled, Selection distilledHeldOut, Selection tunedHeldOut) {}

  /**
   * Distils with {@code encoder} as the teacher, fine-tunes on {@code taxonomy}'s pairs and on
   * {@code phrases} linked by the teacher ({@code teacherIndex}, built with {@code encoder}, exact
   * search), writes both tables into {@code outDir}.
   */
  public Outcome train(Taxonomy taxonomy, SentenceEncoder encoder, LabelVectorIndex teacherIndex, List<String> phrases,
      Path outDir, Config config) throws IOException {
    WordPieceTokenizer tokenizer = WordPieceTokenizer.loadDefault();
    StaticDistiller.Result distilled = StaticDistiller.distil(new MiniLmTeacher(encoder, tokenizer),
        tokenizer.vocabularySize(), config.distil(), log);
    Map<String, Integer> linked = new LinkedHashMap<>();
    for (String p : phrases) {
      linked.putIfAbsent(p, teacherIndex.exactNearest(encoder.encode(p), 1).get(0).concept());
    }
    TrainingPairs pairs = TrainingPairs.fromTaxonomy(taxonomy).withTeacherLinks(linked);
    log.accept("training pairs: " + pairs.summary());
    StaticEncoder d = StaticEncoder.of(tokenizer, distilled.rows(), distilled.description()).quantised();
    Selection dScores = heldOut(taxonomy, d, pairs);
    log.accept("distilled, held out: " + dScores);
    float[][] tuned = ContrastiveTuner.tune(distilled.rows(), tokenizer, pairs, config.tune(), null, log);
    String description = distilled.description() + "; fine-tuned contrastively (symmetric InfoNCE, in-batch negatives) on "
        + pairs.train().size() + " pairs (" + pairs.summary() + "): " + config.tune().summary();
    StaticEncoder t = StaticEncoder.of(tokenizer, tuned, description).quantised();
    Selection tScores = heldOut(taxonomy, t, pairs);
    log.accept("fine-tuned, held out: " + tScores);
    Files.createDirectories(outDir);
    Path dFile = outDir.resolve(DISTILLED_FILE);
    Path tFile = outDir.resolve(MODEL_FILE);
    write(d, dFile);
    write(t, tFile);
    return new Outcome(tFile, dFile, dScores, tScores);
  }

  private static void write(StaticEncoder e, Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      e.write(out);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The selection measures: each held-out alternative label or phrase linked to the nearest
   * preferred label (exact search), scored against its pair's concept.
   */
  public static Selection heldOut(Taxonomy taxonomy, StaticEncoder encoder, TrainingPairs pairs) {
    StaticLabelIndex index = StaticLabelIndex.build(taxonomy, encoder, LabelSet.PREFERRED);
    PhraseRanking[] r = {new PhraseRanking(), new PhraseRanking()};
    for (TrainingPairs.Pair p : pairs.heldOut()) {
      PhraseRanking into = r[p.source() == TrainingPairs.Source.ALT_LABEL ? 0 : 1];
      into.add(index.exactNearest(encoder.encode(p.text()), 5).stream()
          .map(h -> taxonomy.concept(h.concept()).preferredLabel()).toList(), Set.of(pairs.targets().get(p.target())));
    }
    return new Selection(r[0].scores(), r[1].scores());
  }
}
