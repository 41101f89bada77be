package dev.skillgap.extract;

import dev.skillgap.taxonomy.Concept;

/**
 * One concept a short skill tag may name, with why.
 *
 * @param conceptIndex the concept's taxonomy index
 * @param concept the concept
 * @param evidence the strongest evidence for it
 * @param matched the name, surface form or embedded label the tag matched
 * @param lexical the surface-form strength (form prior, order and case; 0 without a form match)
 * @param similarity cosine of the bare tag and the concept's nearest embedded label (0 when not embedded or
 *     linking by meaning is off)
 * @param lead {@code similarity} less the best other candidate's (negative when another is nearer; 0 when not
 *     embedded)
 * @param score calibrated probability that the tag names this concept: 1 for an exact name
 * @param aboveThreshold whether {@code score} reaches {@link TagLinker#MIN_SCORE}, so the link is kept
 */
public record TagLink(int conceptIndex, Concept concept, TagEvidence evidence, String matched, double lexical,
    double similarity, double lead, double score, boolean aboveThreshold) {}
