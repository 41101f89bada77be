package dev.skillgap.cli;

import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.taxonomy.Taxonomy;

/**
 * The taxonomy and the extractor over it that a command loaded once ({@link ExtractorOptions#load}):
 * every part of the command takes both from here, so the taxonomy is read once and the extractor and
 * the rest of the command see the very same one.
 *
 * @param taxonomy the taxonomy the extractor's models were built on
 * @param extractor the thread-safe skill extractor
 */
public record LoadedModels(Taxonomy taxonomy, PipelineSkillExtractor extractor) {}
