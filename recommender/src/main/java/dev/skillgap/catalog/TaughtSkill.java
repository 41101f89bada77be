package dev.skillgap.catalog;

/**
 * A skill a credential teaches.
 *
 * @param conceptId the taxonomy concept id (ESCO URI or {@code onet-tech:} id)
 * @param label the concept's preferred label
 * @param inferred true when extracted from the title and description because the entry has no alignment
 * @param confidence 1 for an alignment, the extractor's score for an inferred skill
 */
public record TaughtSkill(String conceptId, String label, boolean inferred, double confidence)
    implements java.io.Serializable {}
