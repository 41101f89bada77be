package dev.skillgap.report;

/**
 * One row of the week's {@code recommendations} table: a credential in a learner's ranked list.
 *
 * @param learnerId the learner
 * @param rank 1 for the first pick
 * @param credentialId the catalogue id of the credential
 * @param title its title
 * @param provider who offers it
 * @param hours learning hours, or null when unknown
 * @param cost price, or null when unknown
 * @param currency ISO 4217 code of the cost, or empty
 * @param gain the share of the learner's gap it closes
 * @param gapRemaining the share of the gap left after it and the picks before it
 */
public record RecommendationRow(String learnerId, int rank, String credentialId, String title, String provider,
    Double hours, Double cost, String currency, double gain, double gapRemaining) {}
