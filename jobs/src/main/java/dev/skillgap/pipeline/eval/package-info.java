/**
 * Precision of demand on real postings: how often a (posting, skill) pair that the weekly job counts
 * as demand ({@link dev.skillgap.demand.DemandPolicy#MIN_SCORE score at the cut-off}) is one an
 * adviser would agree the job asks for. Real feeds are read where they lie, through the product's
 * own ingest; postings and then pairs are drawn in the order of a seeded hash, so the same postings
 * are drawn whatever the extractor, and a later extractor keeps most of the same pairs; pairs are
 * joined by a hash of the posting's id and the concept's id to judgements committed in {@code
 * eval/demand-judgments.tsv}; pairs not yet judged are exported, blind to scores, for judging.
 * No text of the licensed feeds enters the repository.
 *
 * <p>It lives in {@code jobs} because the two things it measures together live here: the ingest
 * that turns a feed into postings and the weekly job's cut-off. Everything but reading the files
 * and running the extractor is a pure function, tested without Spark or models.
 */
package dev.skillgap.pipeline.eval;
