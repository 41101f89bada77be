package dev.skillgap.catalog;

import dev.skillgap.catalog.quantity.Price;
import dev.skillgap.catalog.quantity.StudyHours;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads micro-credential catalogues into a {@link Catalog}: every valid entry becomes a {@link
 * Credential}, every invalid one a {@link CatalogReject}, and reading carries on. Thread-safe: one
 * reader may serve several threads.
 *
 * <p><b>Files.</b> A path is a file or a folder, walked recursively in path order (hidden files and
 * files of other extensions in folders are skipped). {@code *.json} and {@code *.jsonld} (optionally
 * {@code .gz}) are recognised by their content ({@link JsonCatalogFile}): Open Badges 3.0 and 2.0
 * ({@link OpenBadgesFormat}) or CTDL ({@link CtdlFormat}). {@code *.csv} is a catalogue CSV whose
 * columns are named by a {@link ColumnMapping} or recognised from its header ({@link
 * CsvCatalogFormat}), and each data row is an entry.
 *
 * <p><b>Counting.</b> For each file, entries read = credentials loaded + duplicates + rejects. A file
 * that cannot be parsed at all (bad JSON, JSON that is not UTF-8, a CSV without a title column, a
 * {@code @graph} with no entry) counts as one entry, rejected. The same credential id read twice
 * keeps the first (in reading order) and records a {@link CatalogDuplicate}; invalid entries are
 * rejects even when their id is a duplicate.
 *
 * <p><b>Rejects</b> are typed ({@link CatalogReject.Kind}); checks run in the kinds' order and the
 * first failure wins.
 *
 * <p><b>Skills.</b> Alignments (skill URIs, framework names such as O*NET technologies) and
 * free-text skill tags ("Process Mapping", "Rust (Programming Language)") are linked to taxonomy
 * concepts: URIs by id, names exactly first, then through the {@link SkillExtractor}, keeping the
 * tag as written and the link's score ({@link TaughtSkill.Source}). Unknown URIs, tags that link to
 * nothing and links scoring below {@link #INFERRED_MIN_SCORE} are warnings, never silent drops. An
 * entry whose alignments and tags give no skill (or that has none) gets up to {@link #MAX_INFERRED}
 * skills: those its title's topics name, linked as tags are ("Introduction to Cybersecurity"), then
 * those scoring at least {@link #INFERRED_MIN_SCORE} inferred from its title and description; it is
 * rejected only when that finds nothing either. See {@link SkillLinker} for the details.
 *
 * <p><b>Hours and cost.</b> Missing hours or cost is not an error: the credential loads with null
 * and a {@link CatalogWarning}. Text is read by {@link StudyHours} and {@link Price}, whose
 * conventions apply to every format; text they cannot read loads with null and a warning quoting it,
 * and only a negative figure rejects. Hours come from {@code estimatedHours} (badges), {@code
 * ceterms:estimatedDuration} (CTDL: an ISO-8601 duration or a DurationProfile) or the hours, effort
 * and length columns. Cost comes from {@code cost.amount}/{@code cost.currency}, the cost, currency
 * and paid columns, or {@code ceterms:estimatedCost}: the prices of all its CostProfiles are added
 * up (tuition + fees); when they are in several currencies only those in the first one count, with a
 * warning.
 */
public final class CatalogReader {

  /**
   * Inferred skills and extractor links of tags scoring below this are not kept: scores are
   * calibrated probabilities, and a credential should claim only skills more likely right than wrong.
   */
  public static final double INFERRED_MIN_SCORE = 0.5;
  /** At most this many inferred skills are kept per entry, best first. */
  public static final int MAX_INFERRED = 8;

  private final SkillLinker linker;

  /**
   * A reader that links alignments to {@code taxonomy} and infers the skills of unaligned entries
   * with {@code extractor}.
   */
  public CatalogReader(Taxonomy taxonomy, SkillExtractor extractor) {
    this(new SkillLinker(Objects.requireNonNull(taxonomy, "taxonomy"), Objects.requireNonNull(extractor, "extractor")));
  }

  private CatalogReader(SkillLinker linker) {
    this.linker = linker;
  }

  /**
   * A reader for checking catalogue files quickly (seconds, not minutes): it reads every file and
   * entry exactly as a full reader does, but links alignments and tags only by URI or exact name,
   * extracts and infers nothing, and rejects no entry for want of skills; its catalogues say so
   * ({@link Catalog.SkillLinking#EXACT_ONLY}).
   *
   * <p>Its counts per file (read, loaded, duplicates, rejected) are those of a full read but for
   * the entries a full read rejects as {@link CatalogReject.Kind#NO_USABLE_SKILL}, which need
   * extraction to decide: a dry run loads them (or, when a later entry has the same id, counts that
   * one as a duplicate instead). Its warnings leave out those only extraction gives: {@link
   * CatalogWarning.Kind#TAG_WEAK}, {@link CatalogWarning.Kind#TAG_UNLINKED}, {@link
   * CatalogWarning.Kind#SKILLS_INFERRED} and {@link CatalogWarning.Kind#SKILLS_FROM_SUBJECT}.
   */
  public static CatalogReader dryRun(Taxonomy taxonomy) {
    return new CatalogReader(new SkillLinker(Objects.requireNonNull(taxonomy, "taxonomy"), null));
  }

  /**
   * Reads every catalogue file of {@code paths} (files, or folders walked recursively) into one
   * catalogue; invalid entries are rejected, never thrown.
   *
   * @throws NoSuchFileException when a path does not exist
   * @throws IOException when a file cannot be read at all, or a file named directly has an extension
   *     that is not {@code .json}, {@code .jsonld} or {@code .csv}
   */
  public Catalog read(List<Path> paths) throws IOException {
    return read(paths, ColumnMapping.NONE);
  }

  /**
   * Reads every catalogue file of {@code paths} as {@link #read(List)} does, with {@code columns}
   * naming the columns of CSV files ({@code --columns title="Course Name",cost=Fee}); fields it does
   * not name are recognised from each header ({@link CsvCatalogFormat#SCHEMA}). A CSV file lacking
   * a named column is rejected as a whole, naming the column.
   *
   * @throws IllegalArgumentException when {@code columns} names a field the catalogue CSV does not
   *     have, before anything is read
   * @throws NoSuchFileException when a path does not exist
   * @throws IOException as {@link #read(List)}
   */
  public Catalog read(List<Path> paths, ColumnMapping columns) throws IOException {
    Objects.requireNonNull(columns, "columns").validate(CsvCatalogFormat.SCHEMA);
    CatalogAssembler out = new CatalogAssembler(linker);
    for (Path f : files(paths)) {
      if (kind(f).equals("csv")) {
        CsvCatalogFormat.read(f, columns, out);
      } else {
        JsonCatalogFile.read(f, out);
      }
    }
    return out.catalog();
  }

  // ---------------------------------------------------------------------------------------------
  // Files

  private static List<Path> files(List<Path> paths) throws IOException {
    LinkedHashSet<Path> out = new LinkedHashSet<>();
    Set<Path> seen = new HashSet<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString(), null, "no such catalogue file or folder");
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          List<Path> found = s.filter(Files::isRegularFile)
              .filter(f -> !hidden(p, f) && kind(f) != null)
              .sorted()
              .toList();
          for (Path f : found) {
            if (seen.add(f.toAbsolutePath().normalize())) {
              out.add(f);
            }
          }
        }
      } else {
        if (kind(p) == null) {
          throw new IOException(p + ": not a catalogue file (expected .json, .jsonld or .csv)");
        }
        if (seen.add(p.toAbsolutePath().normalize())) {
          out.add(p);
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static boolean hidden(Path root, Path f) {
    for (Path part : root.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a file of this name is a catalogue file: {@code .json}, {@code .jsonld} or {@code .csv}, each also {@code .gz}. */
  public static boolean reads(String fileName) {
    return kind(fileName) != null;
  }

  private static String kind(Path f) {
    return kind(f.getFileName().toString());
  }

  private static String kind(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".json") || n.endsWith(".jsonld")) {
      return "json";
    }
    return n.endsWith(".csv") ? "csv" : null;
  }
}
