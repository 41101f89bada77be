package dev.skillgap.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Typed configuration of the extraction pipeline. Read from JSON; unknown keys are rejected at
 * once, naming the key, so a misspelt setting never silently falls back to a default.
 *
 * @param lexical taxonomy surface-form matching
 * @param spans the trained span detector
 * @param semantic embedding similarity to taxonomy labels
 * @param scoring how evidence becomes one score, and the cut-off
 */
public record ExtractorConfig(Lexical lexical, Spans spans, Semantic semantic, Scoring scoring) {

  /**
   * @param enabled whether surface forms are matched
   * @param minContextSimilarity a one-word alternative or derived form in lower case ("paper",
   *     "calculations") counts only when its sentence is at least this similar in meaning to the
   *     concept's label; 0 turns the check off (and it is off whenever semantic linking is)
   * @param aloneScoring the scoring used when surface forms are the only evidence (span detection and
   *     semantic linking both off, as with {@code --lexical-only}): weights fitted with semantic and
   *     span evidence present expect them, so a lone surface-form match needs weights of its own
   */
  public record Lexical(boolean enabled, double minContextSimilarity, Scoring aloneScoring) {
    public Lexical {
      if (aloneScoring == null) {
        throw new IllegalArgumentException("lexical.aloneScoring is required");
      }
    }
  }

  /**
   * @param enabled whether the span detector runs
   * @param minProbability spans below this detector probability are ignored
   * @param minCover a surface-form match outside every detected span, in a sentence with a verb, is
   *     dropped when the detector gives its words less than this probability of lying in any skill
   *     span ("our application process" is not the skill process applications); 0 keeps them all.
   *     Sentences without a verb (keyword lists, headings) are exempt: the detector was trained on
   *     sentences and says little about lists
   */
  public record Spans(boolean enabled, double minProbability, double minCover) {}

  /**
   * @param enabled whether phrases are linked by meaning
   * @param encoder the space phrases, sentences and labels are compared in
   * @param fallbackMargin with the static encoder: a phrase whose best concept is less than this
   *     cosine ahead of its second is linked again with MiniLM (0: never)
   * @param minSimilarity a phrase links to a concept only at or above this cosine similarity
   * @param candidates how many nearest concepts are considered per phrase
   * @param sentenceWeight weight of whole-sentence similarity mixed into a phrase's link score
   * @param sentenceCandidates how many concepts nearest to each whole sentence are also proposed,
   *     each citing the sentence's already-cited phrase nearest to it (0: none)
   * @param sentenceMinSimilarity such a sentence-level concept is kept only when that phrase is at
   *     least this similar to it
   */
  public record Semantic(boolean enabled, Encoder encoder, double fallbackMargin, double minSimilarity, int candidates,
      double sentenceWeight, int sentenceCandidates, double sentenceMinSimilarity) {

    public Semantic {
      if (encoder == null) {
        throw new IllegalArgumentException("semantic.encoder is required (one of minilm, static)");
      }
      if (fallbackMargin < 0 || (encoder == Encoder.MINILM && fallbackMargin != 0)) {
        throw new IllegalArgumentException("semantic.fallbackMargin must be >= 0, and 0 with the minilm encoder: "
            + fallbackMargin);
      }
    }
  }

  /** Which space phrases and sentences are linked in. */
  public enum Encoder {
    /** MiniLM through ONNX: context-aware, one transformer call per new text ({@code ContextualSpace}). */
    @com.fasterxml.jackson.annotation.JsonProperty("minilm") MINILM,
    /** The distilled static word-piece table: no transformer call ({@code StaticSpace}). */
    @com.fasterxml.jackson.annotation.JsonProperty("static") STATIC
  }

  /**
   * Logistic combination: each mention scores sigmoid(bias + lexicalWeight * lexical +
   * semanticWeight * semantic + spanWeight * span); a concept's raw score is the noisy-or of its
   * mentions, and the score it is returned with is that raw score through {@code calibration}.
   *
   * @param bias intercept
   * @param lexicalWeight weight of lexical strength
   * @param semanticWeight weight of semantic similarity
   * @param spanWeight weight of span-detector probability
   * @param threshold skills whose raw score is below this are not returned
   * @param calibration raw score to probability of being right; fitted for these weights, so it must
   *     be refitted ({@code skillgap eval --calibrate}) whenever they change
   */
  public record Scoring(double bias, double lexicalWeight, double semanticWeight, double spanWeight, double threshold,
      ScoreCalibration calibration) {

    public Scoring {
      if (calibration == null) {
        throw new IllegalArgumentException("scoring: calibration is required (use {\"raw\": [], \"calibrated\": []} for none)");
      }
    }

    /** The same weights with no calibration (scores are the raw noisy-or). */
    public Scoring(double bias, double lexicalWeight, double semanticWeight, double spanWeight, double threshold) {
      this(bias, lexicalWeight, semanticWeight, spanWeight, threshold, ScoreCalibration.NONE);
    }

    /** These weights with another calibration. */
    public Scoring withCalibration(ScoreCalibration c) {
      return new Scoring(bias, lexicalWeight, semanticWeight, spanWeight, threshold, c);
    }
  }

  private static final ObjectMapper STRICT = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  /** The tuned defaults shipped in the jar ({@code /extractor-default.json}). */
  public static ExtractorConfig defaults() {
    return shipped("extractor-default.json", ExtractorConfig.class);
  }

  /** A settings file shipped in the jar at the root, read strictly (every key known, every value present). */
  static <T> T shipped(String name, Class<T> type) {
    try (InputStream in = ExtractorConfig.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return STRICT.readValue(in, type);
    } catch (IOException e) {
      throw new IllegalStateException(name + ": " + e.getMessage(), e);
    }
  }

  /** Reads a configuration file; every key must be known and every value present. */
  public static ExtractorConfig read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return STRICT.readValue(in, ExtractorConfig.class);
    } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
      throw new IOException(file + ": unknown key '" + e.getPropertyName() + "' (known: " + e.getKnownPropertyIds() + ")", e);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(file + ": " + e.getOriginalMessage(), e);
    }
  }

  /** This configuration as JSON, readable by {@link #fromJson(String)}. */
  public String toJson() {
    try {
      return STRICT.writeValueAsString(this);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses JSON written by {@link #toJson()} (or by hand); unknown keys are errors. */
  public static ExtractorConfig fromJson(String json) {
    try {
      return STRICT.readValue(json, ExtractorConfig.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("extractor configuration: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The scoring the pipeline uses: {@link Lexical#aloneScoring} when surface forms are the only
   * evidence, else {@link #scoring}.
   */
  public Scoring effectiveScoring() {
    return !spans.enabled() && !semantic.enabled() ? lexical.aloneScoring() : scoring;
  }

  /** The same configuration with only lexical matching (for the lexical-only benchmark). */
  public ExtractorConfig lexicalOnly() {
    return new ExtractorConfig(new Lexical(true, lexical.minContextSimilarity(), lexical.aloneScoring()), new Spans(false, spans.minProbability(), spans.minCover()),
        new Semantic(false, semantic.encoder(), semantic.fallbackMargin(), semantic.minSimilarity(), semantic.candidates(), semantic.sentenceWeight(),
            semantic.sentenceCandidates(), semantic.sentenceMinSimilarity()), scoring);
  }
}
