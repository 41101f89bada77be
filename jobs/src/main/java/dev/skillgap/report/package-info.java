/**
 * The weekly report: the adviser's self-contained HTML page with its CSV exports, and each
 * learner's course list (recommender JSON, HTML page, Open Badges 3.0 achievements), each rendered
 * from the learner's typed {@code LearnerView} and none read back from another. Plain Java over
 * rows collected from the lake, so everything here is tested without Spark; the weekly job only
 * collects the rows and views and stages the files this package returns.
 */
package dev.skillgap.report;
