package dev.skillgap.cli;

import dev.skillgap.distil.TrainingPairs;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.link.LabelVectorIndex;
import dev.skillgap.link.LabelVectorIndex.Hit;
import dev.skillgap.link.LabelVectorIndex.LabelSet;
import dev.skillgap.link.SentenceEncoder;
import dev.skillgap.link.StaticEncoder;
import dev.skillgap.link.StaticLabelIndex;
import dev.skillgap.link.WordPieceTokenizer;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code skillgap bench embeddings}: on one thread, how fast short phrases are embedded (MiniLM
 * through onnxruntime, the static table in plain Java) and how long a nearest-label search takes
 * (Lucene HNSW over MiniLM label vectors as the extractor searches today, brute force over them,
 * and the static index's exact and two-pass searches), with each fast search's agreement with its
 * exact one. The phrases are the taxonomy's held-out alternative labels (1 to 6 words, never
 * trained on), so no evaluation data is needed.
 */
@Command(name = "embeddings", mixinStandardHelpOptions = true,
    description = {"Phrase embedding and nearest-label search on one thread: MiniLM against the static table,",
        "Lucene HNSW against brute force and the static two-pass search; phrases/s, microseconds per search."})
final class BenchEmbeddings implements Callable<Integer> {

  @Mixin
  TaxonomyOptions taxonomyOptions;

  @Option(names = "--phrases", defaultValue = "2000", description = "Phrases to embed and search (default: ${DEFAULT-VALUE}).")
  int phrases;

  @Option(names = "--repeats", defaultValue = "3", description = "Timed runs of each measure; the fastest counts (default: ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--prefix-dims", description = "First-pass dimensions of the static two-pass search (default: the index's).")
  Integer prefixDims;

  @Option(names = "--candidates", description = "Labels the static two-pass search re-scores (default: the index's).")
  Integer candidates;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Taxonomy t = taxonomyOptions.open(err);
    List<String> texts = new ArrayList<>();
    for (TrainingPairs.Pair p : TrainingPairs.fromTaxonomy(t).heldOut()) {
      if (texts.size() < phrases) {
        texts.add(p.text());
      }
    }
    int n = texts.size();
    long t0 = System.nanoTime();
    StaticEncoder st = StaticEncoder.loadDefault();
    w.printf("static table %s loaded in %.2f s: %d rows x %d%n", st.modelId(), (System.nanoTime() - t0) / 1e9, st.rows(),
        st.dimension());
    try (SentenceEncoder minilm = new SentenceEncoder(1);
        LabelVectorIndex hnsw = LabelVectorIndex.openOrBuild(t, minilm, LabelSet.PREFERRED, SkillgapHome.cacheDir(), 1,
            Progress.to(err))) {
      t0 = System.nanoTime();
      int pd = prefixDims != null ? prefixDims : StaticLabelIndex.DEFAULT_PREFIX_DIMS;
      int cand = candidates != null ? candidates : StaticLabelIndex.DEFAULT_CANDIDATES;
      StaticLabelIndex sIndex = StaticLabelIndex.build(t, st, LabelSet.PREFERRED, pd, cand);
      w.printf("static label index: %,d preferred labels encoded and indexed in %.2f s%n", sIndex.size(),
          (System.nanoTime() - t0) / 1e9);
      StaticLabelIndex sAlt = StaticLabelIndex.build(t, st, LabelSet.PREFERRED_AND_ALT, pd, cand);
      w.printf("%,d phrases (held-out alternative labels), one thread, best of %d runs:%n", n, repeats);

      WordPieceTokenizer tok = st.tokenizer();
      rate(w, "word pieces, native tokenizer (DJL)", texts, s -> minilm.wordPieceIds(s).length);
      rate(w, "word pieces, Java WordPieceTokenizer", texts, s -> tok.ids(s).length);
      List<String> few = texts.subList(0, Math.min(n, 500));
      rate(w, "MiniLM encode, one phrase per call", few, s -> minilm.encode(s).length);
      rate(w, "static encode", texts, s -> st.encode(s).length);

      float[][] mq = new float[n][];
      float[][] sq = new float[n][];
      for (int i = 0; i < n; i++) {
        mq[i] = minilm.encode(texts.get(i));
        sq[i] = st.encode(texts.get(i));
      }
      List<List<Hit>> mExact = search(w, "MiniLM 384-d, brute force (exact)", mq, q -> hnsw.exactNearest(q, 10));
      List<List<Hit>> mHnsw = search(w, "MiniLM 384-d, Lucene HNSW, 100 candidates re-ranked", mq, q -> hnsw.nearest(q, 10));
      List<List<Hit>> sExact = search(w, "static " + st.dimension() + "-d, brute force (exact)", sq, q -> sIndex.exactNearest(q, 10));
      List<List<Hit>> sFast = search(w, "static, two-pass (" + pd + " dims, " + cand + " candidates)", sq,
          q -> sIndex.nearest(q, 10));
      search(w, "static, two-pass, preferred + alt labels (" + sAlt.size() + ")", sq, q -> sAlt.nearest(q, 10));
      w.printf("agreement with the exact search: HNSW top 1 %.3f, top 10 %.3f; static two-pass top 1 %.3f, top 10 %.3f%n",
          agree(mExact, mHnsw, 1), agree(mExact, mHnsw, 10), agree(sExact, sFast, 1), agree(sExact, sFast, 10));
    }
    return 0;
  }

  private void rate(PrintWriter w, String what, List<String> texts, ToIntFunction<String> f) {
    long sink = 0;
    for (String s : texts) {
      sink += f.applyAsInt(s); // warm-up
    }
    long best = Long.MAX_VALUE;
    for (int r = 0; r < repeats; r++) {
      long t0 = System.nanoTime();
      for (String s : texts) {
        sink += f.applyAsInt(s);
      }
      best = Math.min(best, System.nanoTime() - t0);
    }
    w.printf("  %-55s %,12.0f phrases/s (%.2f us each)%s%n", what, texts.size() / (best / 1e9), best / 1e3 / texts.size(),
        sink == 42 ? " " : "");
    w.flush();
  }

  private List<List<Hit>> search(PrintWriter w, String what, float[][] queries, Function<float[], List<Hit>> f) {
    List<List<Hit>> out = new ArrayList<>();
    for (float[] q : queries) {
      out.add(f.apply(q)); // warm-up, and the answers
    }
    long[] each = new long[queries.length];
    Arrays.fill(each, Long.MAX_VALUE);
    for (int r = 0; r < repeats; r++) {
      for (int i = 0; i < queries.length; i++) {
        long t0 = System.nanoTime();
        f.apply(queries[i]);
        each[i] = Math.min(each[i], System.nanoTime() - t0);
      }
    }
    long[] sorted = each.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0);
    w.printf("  %-55s k=10: mean %,8.1f us, median %,8.1f us, p99 %,8.1f us per search%n", what, mean / 1e3,
        sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3);
    w.flush();
    return out;
  }

  /** Share of queries whose top {@code k} concepts are the same, in the same order. */
  private static double agree(List<List<Hit>> exact, List<List<Hit>> fast, int k) {
    int same = 0;
    for (int i = 0; i < exact.size(); i++) {
      List<Integer> a = exact.get(i).stream().limit(k).map(Hit::concept).toList();
      List<Integer> b = fast.get(i).stream().limit(k).map(Hit::concept).toList();
      same += a.equals(b) ? 1 : 0;
    }
    return same / (double) exact.size();
  }
}
