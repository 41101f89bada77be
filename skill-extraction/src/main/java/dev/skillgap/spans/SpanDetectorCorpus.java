package dev.skillgap.spans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.text.NlpModels;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.TermNormalizer;
import dev.skillgap.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;

/**
 * Reads SkillSpan JSON Lines ({@code tokens}, {@code tags_skill}, {@code tags_knowledge},
 * {@code source}) into sentences built from the gold tokens, without re-tokenising: tokens sit at
 * their offsets in the tokens joined by single spaces, tagged by OpenNLP's POS model and normalised
 * by {@link TermNormalizer} as {@link dev.skillgap.text.TextAnalyzer} would.
 */
public final class SpanDetectorCorpus {

  /**
   * One annotated sentence.
   *
   * @param id {@code skillspan-<file name without .json>-<line index>}, as the official dev set names it
   * @param sentence the sentence over the gold tokens, offsets into {@code String.join(" ", tokens)}
   * @param skillTags BIO tags of the skill layer, one per token
   * @param knowledgeTags BIO tags of the knowledge layer, one per token
   * @param source {@code house} or {@code tech}
   */
  public record Example(String id, Sentence sentence, List<String> skillTags, List<String> knowledgeTags,
      String source) {
    public Example {
      skillTags = List.copyOf(skillTags);
      knowledgeTags = List.copyOf(knowledgeTags);
    }

    /** The gold tokens as written. */
    public List<String> tokens() {
      List<String> out = new ArrayList<>(sentence.tokens().size());
      for (Token t : sentence.tokens()) {
        out.add(t.text());
      }
      return out;
    }
  }

  private final NlpModels models;
  private final TermNormalizer normalizer;

  public SpanDetectorCorpus(NlpModels models, TermNormalizer normalizer) {
    this.models = models;
    this.normalizer = normalizer;
  }

  /** Reads every line of a SkillSpan JSON Lines file, in file order; fails on a malformed line. */
  public List<Example> read(Path jsonLines) throws IOException {
    String name = jsonLines.getFileName().toString().replaceFirst("\\.json[l]?$", "");
    ObjectMapper json = new ObjectMapper();
    POSTaggerME tagger = new POSTaggerME(models.posModel());
    List<Example> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      int i = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        List<String> tokens = strings(node, "tokens", jsonLines, lineNo);
        List<String> skill = strings(node, "tags_skill", jsonLines, lineNo);
        List<String> knowledge = strings(node, "tags_knowledge", jsonLines, lineNo);
        if (skill.size() != tokens.size() || knowledge.size() != tokens.size()) {
          throw new IOException(jsonLines + ":" + lineNo + ": tags and tokens differ in length");
        }
        String source = node.path("source").asText("");
        out.add(new Example("skillspan-" + name + "-" + i, sentence(tokens, tagger), skill, knowledge, source));
        i++;
      }
    }
    return out;
  }

  /** A sentence over {@code tokens} at their offsets in the tokens joined by single spaces. */
  public Sentence sentence(List<String> tokens) {
    return sentence(tokens, new POSTaggerME(models.posModel()));
  }

  private Sentence sentence(List<String> tokens, POSTaggerME tagger) {
    String[] words = tokens.toArray(new String[0]);
    String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
    List<Token> out = new ArrayList<>(words.length);
    int pos = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      out.add(new Token(pos, pos + w.length(), w, tags[i], normalizer.term(SpanFeatures.core(w)),
          TermNormalizer.isStopWord(SpanFeatures.core(w))));
      pos += w.length() + 1;
    }
    return new Sentence(0, Math.max(0, pos - 1), out);
  }

  private static List<String> strings(JsonNode node, String field, Path file, int lineNo) throws IOException {
    JsonNode a = node.get(field);
    if (a == null || !a.isArray()) {
      throw new IOException(file + ":" + lineNo + ": no array '" + field + "'");
    }
    List<String> out = new ArrayList<>(a.size());
    a.forEach(x -> out.add(x.asText()));
    return out;
  }
}
