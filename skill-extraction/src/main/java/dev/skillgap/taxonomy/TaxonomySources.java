package dev.skillgap.taxonomy;

import java.nio.file.Path;

/**
 * Where the taxonomy's source files are. Every file may be stored gzipped ({@code name.gz}).
 *
 * @param escoDir ESCO v1.1.1 English CSVs ({@code skills_en.csv}, {@code occupations_en.csv}, ...)
 * @param onetDir O*NET 29.2 tab-separated tables ({@code Technology Skills.txt}, ...)
 * @param crosswalkDir the ESCO to O*NET occupation crosswalk ({@code esco_onet_crosswalk_Nov2020.csv})
 */
public record TaxonomySources(Path escoDir, Path onetDir, Path crosswalkDir) {

  /** The layout of {@code data-samples/taxonomy}: {@code esco/}, {@code onet/} and {@code crosswalk/} under one root. */
  public static TaxonomySources under(Path root) {
    return new TaxonomySources(root.resolve("esco"), root.resolve("onet"), root.resolve("crosswalk"));
  }
}
