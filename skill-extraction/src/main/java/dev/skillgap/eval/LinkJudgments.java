package dev.skillgap.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judgements of returned skills that the linking sets' gold does not list: the gold names the
 * skills of the annotated phrases only, so a returned skill missing from it may still be right
 * ("GitHub" in a list of tools). Pooled as in TREC: every skill the extractor returned on the
 * validation sentences was judged against written guidelines ({@code linking-judgments.md}).
 * Read from tab-separated lines {@code set, id, label, 1|0}.
 */
public final class LinkJudgments {

  /** Classpath resource of the committed judgements. */
  public static final String DEFAULT_RESOURCE = "/eval/linking-judgments.tsv";

  private final Map<String, Boolean> judged;

  private LinkJudgments(Map<String, Boolean> judged) {
    this.judged = Map.copyOf(judged);
  }

  /** The committed judgements. */
  public static LinkJudgments loadDefault() throws IOException {
    try (InputStream in = LinkJudgments.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + DEFAULT_RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), DEFAULT_RESOURCE);
    }
  }

  /** Parses judgement lines; a malformed line is an error naming {@code source} and the line. */
  public static LinkJudgments read(BufferedReader in, String source) throws IOException {
    Map<String, Boolean> m = new HashMap<>();
    String line;
    int no = 0;
    while ((line = in.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4 || !(f[3].equals("1") || f[3].equals("0"))) {
        throw new IOException(source + " line " + no + ": expected set, id, label, 1|0 separated by tabs");
      }
      if (m.put(key(f[0], f[1], f[2]), f[3].equals("1")) != null) {
        throw new IOException(source + " line " + no + ": " + f[0] + "/" + f[1] + " '" + f[2] + "' judged twice");
      }
    }
    return new LinkJudgments(m);
  }

  private static String key(String set, String id, String label) {
    return set + '\t' + id + '\t' + LinkingEvaluator.labelKey(label);
  }

  /** Number of judgements. */
  public int size() {
    return judged.size();
  }

  /**
   * Whether {@code label} is right for record {@code r} of {@code set}: right when gold, else as
   * judged; empty when neither gold nor judged.
   */
  public Optional<Boolean> right(String set, EvalRecord r, String label) {
    String k = LinkingEvaluator.labelKey(label);
    if (r.goldLabels().stream().anyMatch(g -> LinkingEvaluator.labelKey(g).equals(k))) {
      return Optional.of(true);
    }
    return Optional.ofNullable(judged.get(key(set, r.id(), label)));
  }

  /** The gold labels of {@code r} together with every label judged right for it. */
  public List<String> rightLabels(String set, EvalRecord r) {
    List<String> out = new java.util.ArrayList<>(r.goldLabels());
    String prefix = set + '\t' + r.id() + '\t';
    judged.forEach((k, v) -> {
      if (v && k.startsWith(prefix)) {
        out.add(k.substring(prefix.length()));
      }
    });
    return out;
  }
}
