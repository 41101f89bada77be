package dev.skillgap.report;

/**
 * One learner's recommendation document, as {@code bin/skillgap recommend} writes it.
 *
 * @param learnerId the learner
 * @param json the document ({@code dev.skillgap.rank.RecommendationJson}'s shape), compact JSON
 */
public record LearnerDoc(String learnerId, String json) {}
