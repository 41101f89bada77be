package dev.skillgap.pipeline.eval;

import java.util.Objects;

/**
 * What one judgement is about: does this posting ask for this skill? It names no score, span or
 * extractor version, so a judgement stays valid when the extractor changes.
 *
 * @param source the feed, e.g. {@code nhs} or {@code google}
 * @param posting the {@link PostingKey posting key}
 * @param concept the concept's id: an ESCO skill URI or {@code onet-tech:<slug>}
 */
public record DemandPair(String source, String posting, String concept) {

  public DemandPair {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(posting, "posting");
    Objects.requireNonNull(concept, "concept");
  }

  /** The pair as one string, its three parts joined by tabs: what pairs are drawn and shuffled by. */
  public String id() {
    return source + '\t' + posting + '\t' + concept;
  }
}
