/**
 * The unified skills taxonomy: ESCO v1.1.1 skills, knowledge, skill groups and occupations, plus
 * O*NET 29.2 technologies, with one id, kind and hard/soft type per concept. {@link
 * dev.skillgap.taxonomy.TaxonomyBuilder} reads the source CSVs; {@link
 * dev.skillgap.taxonomy.TaxonomyCodec} writes and reads the compiled form that runs load.
 */
package dev.skillgap.taxonomy;
