package dev.skillgap.catalog;

import dev.skillgap.text.LanguageGuesser;
import dev.skillgap.io.CsvColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what the formats read from a set of files into one {@link Catalog}: finishes each
 * {@link EntryDraft} (its skills, its missing hours and cost), files it as loaded, duplicate or
 * rejected, and counts every entry read per file. The first credential read with an id wins; later
 * valid entries with that id are duplicates, invalid ones rejects. Not thread-safe: one per read.
 */
final class CatalogAssembler {

  private static final LanguageGuesser LANGUAGE = new LanguageGuesser();
  private final SkillLinker linker;
  private final List<Credential> credentials = new ArrayList<>();
  private final List<CatalogReject> rejects = new ArrayList<>();
  private final List<CatalogDuplicate> duplicates = new ArrayList<>();
  private final List<CatalogWarning> warnings = new ArrayList<>();
  private final Map<String, Integer> read = new LinkedHashMap<>();
  private final Map<String, String> firstFile = new HashMap<>();
  private final Map<String, CsvColumns> columns = new LinkedHashMap<>();

  CatalogAssembler(SkillLinker linker) {
    this.linker = linker;
  }

  /** Registers {@code file} as read, with no entry yet, so that an empty file still has counts. */
  void startFile(String file) {
    read.putIfAbsent(file, 0);
  }

  private void counted(String file) {
    read.merge(file, 1, Integer::sum);
  }

  /** Counts one entry of {@code file} as read and rejected. */
  void reject(String file, String entry, CatalogReject.Kind kind, String detail) {
    counted(file);
    rejects.add(new CatalogReject(file, entry, kind, detail));
  }

  /** Counts one entry of {@code file} as read and rejected for {@code e}. */
  void reject(String file, String entry, EntryRejected e) {
    reject(file, entry, e.kind(), e.detail());
  }

  /** The columns a CSV file's fields were read from. */
  void columns(String file, CsvColumns c) {
    columns.put(file, c);
  }

  /** A warning about the whole of {@code file}; it counts no entry. */
  void fileWarning(String file, CatalogWarning.Kind kind, String detail) {
    warnings.add(new CatalogWarning(file, CatalogWarning.FILE, kind, detail));
  }

  /** Where an entry was filed. */
  enum Filed { LOADED, DUPLICATE, REJECTED }

  /** Finishes and files one entry of {@code file}: loaded, duplicate or rejected (it is counted here). */
  Filed accept(String file, EntryDraft d) {
    Credential c;
    try {
      c = finish(file, d);
    } catch (EntryRejected e) {
      reject(file, d.entry, e);
      return Filed.REJECTED;
    }
    counted(file);
    String first = firstFile.putIfAbsent(c.id(), file);
    if (first != null) {
      duplicates.add(new CatalogDuplicate(file, d.entry, c.id(), first));
      return Filed.DUPLICATE;
    }
    credentials.add(c);
    for (EntryDraft.Warning w : d.warnings) {
      warnings.add(new CatalogWarning(file, d.entry, w.kind(), w.detail()));
    }
    return Filed.LOADED;
  }

  private Credential finish(String file, EntryDraft d) throws EntryRejected {
    List<TaughtSkill> skills = linker.skills(d);
    // One warning per missing quantity: a more specific one (text not read, half an estimate) says it.
    if (d.hours == null && !d.has(CatalogWarning.Kind.HOURS_NOT_READ) && !d.has(CatalogWarning.Kind.HOURS_INCOMPLETE)) {
      d.warn(CatalogWarning.Kind.NO_HOURS, "the entry does not say how many learning hours it takes");
    }
    if (d.cost == null && !d.has(CatalogWarning.Kind.COST_NOT_READ) && !d.has(CatalogWarning.Kind.NO_COST)) {
      d.warn(CatalogWarning.Kind.NO_COST, "the entry does not give a price");
    }
    d.warnings.sort(Comparator.comparing(EntryDraft.Warning::kind)); // stable: by kind, then as they came
    String language = !d.language.isEmpty() ? d.language : LANGUAGE.guess(d.title + "\n" + d.description);
    return new Credential(d.id, d.title, d.provider, d.description, d.hours, d.cost, d.currency, d.level, d.format,
        d.url, skills, file, d.sourceFormat, language);
  }

  /** The catalogue of everything filed so far. */
  Catalog catalog() {
    return new Catalog(credentials, rejects, duplicates, warnings, read, columns,
        linker.extracts() ? Catalog.SkillLinking.LINKED : Catalog.SkillLinking.EXACT_ONLY);
  }
}
