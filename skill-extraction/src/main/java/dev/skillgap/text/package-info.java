/**
 * Text processing with offsets into the original: markup clean-up ({@link
 * dev.skillgap.text.TextCleaner}), OpenNLP sentences, tokens and part-of-speech tags ({@link
 * dev.skillgap.text.TextAnalyzer}), Lucene normalisation ({@link dev.skillgap.text.TermNormalizer})
 * and a language check.
 */
package dev.skillgap.text;
