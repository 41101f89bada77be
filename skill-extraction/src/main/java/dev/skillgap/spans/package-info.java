/**
 * The span detector, one tool family as in OpenNLP's per-tool packages: its corpus ({@link
 * dev.skillgap.spans.SpanDetectorCorpus}, SkillSpan sentences as the analyser tokenises them),
 * features ({@link dev.skillgap.spans.SpanFeatures}), training ({@link
 * dev.skillgap.spans.SpanDetectorTrainer}), the linear-chain CRF and its decoding ({@link
 * dev.skillgap.spans.SpanDetector}, {@link dev.skillgap.spans.DecodingCache}). It finds where
 * skill and knowledge phrases lie in a sentence; linking them to concepts is done in {@code extract}.
 */
package dev.skillgap.spans;
