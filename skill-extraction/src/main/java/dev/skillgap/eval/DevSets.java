package dev.skillgap.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.io.HeaderedCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the development and validation sets exactly as {@code shared/eval/devsets.py} does, so
 * that {@code skillgap eval} and the official scorer see the same inputs and gold answers. Only
 * train/dev/validation files are read; the held-out test splits are never touched.
 */
public final class DevSets {

  private static final Set<String> NO_LABEL = Set.of("LABEL NOT PRESENT", "UNDERSPECIFIED");
  private static final ObjectMapper JSON = new ObjectMapper();

  private DevSets() {}

  /**
   * The ESCO skill-linking validation set {@code name} ({@code tech} or {@code house}): one record
   * per distinct sentence with at least one real ESCO label, ids {@code <name>-<i>} where i counts
   * all distinct sentences.
   */
  public static List<EvalRecord> escoLinking(Path benchmarkDir, String name) throws IOException {
    Path file = benchmarkDir.resolve(name + "_validation_annotations.csv");
    Map<String, Set<String>> labels = new LinkedHashMap<>();
    HeaderedCsv.read(file, ',', List.of("sentence", "label"),
        r -> labels.computeIfAbsent(r.get("sentence"), k -> new TreeSet<>()).add(r.get("label")));
    List<EvalRecord> out = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Set<String>> e : labels.entrySet()) {
      List<String> real = e.getValue().stream().filter(l -> !NO_LABEL.contains(l)).sorted().toList();
      if (!real.isEmpty()) {
        out.add(new EvalRecord(name + "-" + i, e.getKey(), real, List.of()));
      }
      i++;
    }
    return out;
  }

  /**
   * The annotated spans of the ESCO skill-linking validation set {@code name} ({@code tech} or
   * {@code house}): each distinct span text (stripped, as written) with the ESCO preferred labels
   * annotators gave it, in file order; spans whose only labels are "LABEL NOT PRESENT" or
   * "UNDERSPECIFIED" are left out.
   */
  public static Map<String, Set<String>> escoLinkingSpans(Path benchmarkDir, String name) throws IOException {
    Path file = benchmarkDir.resolve(name + "_validation_annotations.csv");
    Map<String, Set<String>> out = new LinkedHashMap<>();
    HeaderedCsv.read(file, ',', List.of("span", "label"), r -> {
      String span = r.get("span").strip();
      String label = r.get("label").strip();
      if (!span.isEmpty() && !label.isEmpty() && !NO_LABEL.contains(label)) {
        out.computeIfAbsent(span, k -> new TreeSet<>()).add(label);
      }
    });
    return out;
  }

  /** SkillSpan {@code split} ({@code train} or {@code dev}): tokens joined by spaces, skill and knowledge spans together. */
  public static List<EvalRecord> skillSpan(Path skillspanJsonDir, String split) throws IOException {
    if (split.contains("test")) {
      throw new IllegalArgumentException("test splits judge the product and are never used here");
    }
    List<EvalRecord> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(skillspanJsonDir.resolve(split + ".json"), StandardCharsets.UTF_8)) {
      String line;
      int i = 0;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        List<String> tokens = new ArrayList<>();
        n.get("tokens").forEach(t -> tokens.add(t.asText()));
        List<List<String>> layers = new ArrayList<>();
        for (String layer : new String[] {"tags_skill", "tags_knowledge"}) {
          List<String> tags = new ArrayList<>();
          n.get(layer).forEach(t -> tags.add(t.asText()));
          layers.add(tags);
        }
        out.add(new EvalRecord("skillspan-" + split + "-" + i, String.join(" ", tokens), List.of(),
            bioSpans(tokens, layers)));
        i++;
      }
    }
    return out;
  }

  /**
   * The distinct gold span texts of SkillSpan {@code split} ({@code train} or {@code dev}), skill
   * and knowledge layers together, in order of first appearance.
   */
  public static List<String> skillSpanPhrases(Path skillspanJsonDir, String split) throws IOException {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (EvalRecord r : skillSpan(skillspanJsonDir, split)) {
      for (CharSpan s : r.goldSpans()) {
        out.add(r.text().substring(s.start(), s.end()));
      }
    }
    return List.copyOf(out);
  }

  /** Character spans of the B/I runs of any tag layer over space-joined tokens (devsets.py's bio_spans). */
  static List<CharSpan> bioSpans(List<String> tokens, List<List<String>> layers) {
    int[][] offs = new int[tokens.size()][2];
    int pos = 0;
    for (int i = 0; i < tokens.size(); i++) {
      offs[i][0] = pos;
      offs[i][1] = pos + tokens.get(i).length();
      pos += tokens.get(i).length() + 1;
    }
    TreeSet<CharSpan> spans = new TreeSet<>((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(a.end(), b.end()));
    for (List<String> layer : layers) {
      List<String> tags = new ArrayList<>(layer);
      tags.add("O");
      int start = -1;
      for (int i = 0; i < tags.size(); i++) {
        String tag = tags.get(i);
        if (tag.startsWith("B") || tag.equals("O") || (tag.startsWith("I") && start < 0)) {
          if (start >= 0) {
            spans.add(new CharSpan(offs[start][0], offs[i - 1][1]));
            start = -1;
          }
          if (tag.startsWith("B") || tag.startsWith("I")) {
            start = i;
          }
        }
      }
    }
    return new ArrayList<>(spans);
  }

  /**
   * Sentences built from Sayfullina et al.'s soft-skill mentions ({@code job_train.csv}, rows
   * labelled 1): the masked {@code xxx} run of each context is replaced by the mention, whose span
   * is the gold. Rows whose mask does not fit the mention are skipped.
   */
  public static List<EvalRecord> softSkills(Path jobTrainCsv) throws IOException {
    List<EvalRecord> out = new ArrayList<>();
    int[] i = {0};
    HeaderedCsv.read(jobTrainCsv, ',', List.of("is_soft_skill", "soft_skill", "context"), r -> {
      int row = i[0]++;
      if (!"1".equals(r.get("is_soft_skill").trim())) {
        return;
      }
      String skill = r.get("soft_skill").trim();
      String[] words = r.get("context").trim().split("\\s+");
      int n = skill.split("\\s+").length;
      int first = -1;
      for (int k = 0; k + n <= words.length; k++) {
        boolean run = true;
        for (int j = 0; j < n && run; j++) {
          run = words[k + j].equals("xxx");
        }
        if (run) {
          first = k;
          break;
        }
      }
      if (first < 0) {
        return;
      }
      StringBuilder b = new StringBuilder();
      int start = -1;
      for (int k = 0; k < words.length; k++) {
        if (k > 0) {
          b.append(' ');
        }
        if (k == first) {
          start = b.length();
          b.append(skill);
          k += n - 1;
        } else {
          b.append(words[k].equals("xxx") ? "it" : words[k]);
        }
      }
      out.add(new EvalRecord("soft-" + row, b.toString(), List.of(), List.of(new CharSpan(start, start + skill.length()))));
    });
    return out;
  }
}
