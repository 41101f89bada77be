package dev.skillgap.pipeline.eval;

import dev.skillgap.extract.SkillMention;
import dev.skillgap.taxonomy.Concept;
import java.util.List;
import java.util.Objects;

/**
 * A (posting, skill) pair the extractor counts as demand, with what a judge needs to see of it.
 *
 * @param pair the pair's key
 * @param concept the skill
 * @param score its score (never shown to judges)
 * @param title the posting's title
 * @param text the text the extractor read (the posting's description), which the mentions index
 * @param mentions the skill's mentions in {@code text}
 */
public record PoolPair(DemandPair pair, Concept concept, double score, String title, String text,
    List<SkillMention> mentions) {

  public PoolPair {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    mentions = List.copyOf(mentions);
  }
}
