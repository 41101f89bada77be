package dev.skillgap.extract;

import dev.skillgap.cache.CacheStats;
import dev.skillgap.link.SemanticLinker;
import dev.skillgap.text.AnalyzedText;
import dev.skillgap.text.CleanText;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.SentenceCache;
import dev.skillgap.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * The skill extractor, assembled from small final steps chosen by {@link ExtractorConfig}:
 * language check, lexical matching, span detection, semantic linking, requirement and negation.
 * Evidence is then scored ({@link ExtractorConfig.Scoring}) and grouped per concept. Thread-safe:
 * the models are shared and each thread gets its own {@link TextAnalyzer}; sentences met before are
 * not analysed again ({@link SentenceCache}, shared by the threads).
 */
public final class PipelineSkillExtractor implements SkillExtractor {

  private final ExtractionModels models;
  private final ExtractorConfig config;
  private final List<ExtractionStep> steps;
  private final ThreadLocal<TextAnalyzer> analyzers;
  private final SentenceCache sentences;
  private final SkillScorer scorer;
  /** Made on first use: its table of exact names takes a fraction of a second that text extraction does not need. */
  private volatile TagLinker tags;

  public PipelineSkillExtractor(ExtractionModels models, ExtractorConfig config) {
    this.models = models;
    this.config = config;
    this.scorer = new SkillScorer(config.effectiveScoring());
    List<ExtractionStep> s = new ArrayList<>();
    s.add(new LanguageStep());
    if (config.lexical().enabled()) {
      s.add(new LexicalStep(new LexicalMatcher(models.forms(), new AmbiguityPolicy(models.taxonomy())), models.taxonomy(),
          config.semantic().enabled() ? models.linker() : null, config.lexical().minContextSimilarity()));
    }
    if (config.spans().enabled()) {
      if (models.spanDetector() == null || models.linker() == null) {
        throw new IllegalArgumentException("span detection is enabled but the span model or the semantic linker "
            + "is not loaded (load the models with this configuration)");
      }
      s.add(new SpanStep(models.spanDetector(), models.linker(), config.spans(), config.semantic(), models.taxonomy()));
    }
    s.add(new RequirementStep(HolderRule.of(models.taxonomy(), models.normalizer()), models.taxonomy()));
    this.steps = List.copyOf(s);
    this.sentences = new SentenceCache(SentenceCache.DEFAULT_MAX_ENTRIES);
    this.analyzers = ThreadLocal.withInitial(() -> new TextAnalyzer(models.nlp(), models.normalizer(), sentences));
  }

  /** The names of the steps in order, for logs and the run manifest. */
  public List<String> stepNames() {
    return steps.stream().map(x -> x.getClass().getSimpleName()).toList();
  }

  /** The counters of the caches this extractor uses (sentence analyses, span decodings, embeddings), since it was made. */
  public List<CacheStats> cacheStats() {
    List<CacheStats> out = new ArrayList<>();
    out.add(new CacheStats("sentence analyses", sentences.hits(), sentences.misses()));
    for (ExtractionStep s : steps) {
      if (s instanceof SpanStep span) {
        out.add(span.decodingStats());
      }
    }
    if (models.linker() != null) {
      SemanticLinker linker = models.linker();
      if (linker.space().embeddingStats() != null) {
        out.add(linker.space().embeddingStats());
      }
      out.add(linker.searchStats());
      if (linker.fallbackStats() != null) {
        out.add(linker.fallbackStats());
      }
    }
    return out;
  }

  @Override
  public List<TagLink> linkTag(String tag, int k) {
    return tagLinker().link(tag, k);
  }

  /** The tag linker over these models, linking by meaning when the configuration does. */
  public TagLinker tagLinker() {
    TagLinker t = tags;
    if (t == null) {
      synchronized (this) {
        if (tags == null) {
          tags = new TagLinker(config.semantic().enabled() ? models : models.withoutLinker(), TagScoring.defaults());
        }
        t = tags;
      }
    }
    return t;
  }

  @Override
  public Extraction extract(String text, TextKind kind, Cutoff cutoff) {
    if (text == null || text.isBlank()) {
      return Extraction.empty("en", false);
    }
    AnalyzedText analyzed = analyzers.get().analyze(text);
    if (analyzed.sentences().isEmpty()) {
      return Extraction.empty("en", analyzed.truncated());
    }
    ExtractionContext ctx = new ExtractionContext(analyzed, kind, cutoff);
    for (ExtractionStep step : steps) {
      step.apply(ctx);
      if (ctx.stopped()) {
        return Extraction.empty(ctx.language(), analyzed.truncated());
      }
    }
    return new Extraction(group(ctx, cutoff), ctx.language(), analyzed.truncated(), ctx.unlinked());
  }

  double score(Candidate c) {
    return scorer.score(c.lexical(), c.semantic(), c.span());
  }

  private List<ExtractedSkill> group(ExtractionContext ctx, Cutoff cutoff) {
    AnalyzedText at = ctx.text();
    CleanText clean = at.clean();
    List<SkillMention> mentions = new ArrayList<>(ctx.candidates().size());
    for (Candidate c : ctx.candidates()) {
      Sentence s = at.sentences().get(c.sentence());
      int[] span = clean.toOriginal(s.tokens().get(c.startToken()).start(), s.tokens().get(c.endToken() - 1).end());
      int[] sent = clean.toOriginal(s.start(), s.end());
      mentions.add(new SkillMention(c.concept(), span[0], span[1], sent[0], sent[1], c.evidence(), score(c),
          ctx.requirement(c.sentence(), c.startToken()), c.lexical(), c.semantic(), c.span()));
    }
    return scorer.group(mentions, models.taxonomy(), cutoff);
  }
}
