/**
 * Demand as plain Java, tested without Spark: which extracted skills count as a posting's demand
 * ({@link dev.skillgap.demand.DemandPolicy}, {@link dev.skillgap.demand.PostingSkills#of}), the
 * scopes demand is counted in ({@link dev.skillgap.demand.DemandScope}), the weeks that feed it and
 * trends ({@link dev.skillgap.demand.WeekId}, {@link dev.skillgap.demand.TrendRule}), and a role's
 * recency-weighted demand with the ESCO occupation profile as a prior ({@link
 * dev.skillgap.demand.DemandModel}). Spark jobs only group rows and call these.
 */
package dev.skillgap.demand;
