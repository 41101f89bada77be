package dev.skillgap.catalog;

import dev.skillgap.io.CsvReader;
import dev.skillgap.io.TextFiles;
import dev.skillgap.taxonomy.Concept;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The catalogue CSV of FORMATS.md: each data row is an entry. Stateless. */
final class CsvCatalogFormat {

  /** The columns a catalogue CSV must have (FORMATS.md). */
  static final List<String> COLUMNS = List.of("id", "title", "provider", "description", "hours", "cost",
      "currency", "level", "format", "url", "skills");

  private CsvCatalogFormat() {}

  static void read(Path f, CatalogAssembler out) throws IOException {
    String file = f.toString();
    out.startFile(file);
    int row = 0;
    try (Reader r = TextFiles.openUtf8(f); CsvReader csv = new CsvReader(r)) {
      CsvReader.Row header = csv.next();
      if (header == null) {
        out.reject(file, "header", CatalogReject.Kind.NOT_CATALOGUE_CSV, "the file is empty, expected a header row");
        return;
      }
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        col.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
      }
      List<String> missing = COLUMNS.stream().filter(c -> !col.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        out.reject(file, "header", CatalogReject.Kind.NOT_CATALOGUE_CSV, "missing column(s) " + missing + " (header has "
            + header.fields() + ")");
        return;
      }
      CsvReader.Row rec;
      try {
        while ((rec = csv.next()) != null) {
          if (rec.size() == 1 && rec.get(0).isBlank()) {
            continue;
          }
          row++;
          String entry = "row " + row;
          if (rec.unterminatedQuote()) {
            out.reject(file, entry, CatalogReject.Kind.BAD_CSV_ROW, "a quoted field starting on line " + rec.line()
                + " is never closed");
          } else if (rec.size() != header.size()) {
            out.reject(file, entry, CatalogReject.Kind.BAD_CSV_ROW, "line " + rec.line() + " has " + rec.size()
                + " fields, the header " + header.size());
          } else {
            try {
              out.accept(file, draft(entry, rec, col));
            } catch (EntryRejected e) {
              out.reject(file, entry, e);
            }
          }
        }
      } catch (CharacterCodingException e) {
        out.reject(file, "row " + (row + 1), CatalogReject.Kind.NOT_UTF8, "bytes after data row " + row + " are not"
            + " UTF-8; the rest of the file is skipped");
      }
    } catch (CharacterCodingException e) {
      out.reject(file, "header", CatalogReject.Kind.NOT_UTF8, "the header row is not UTF-8");
    }
  }

  private static EntryDraft draft(String entry, CsvReader.Row rec, Map<String, Integer> col) throws EntryRejected {
    EntryDraft d = new EntryDraft(entry, "csv");
    d.id = EntryDraft.nz(rec.get(col.get("id")));
    if (d.id.isEmpty()) {
      throw new EntryRejected(CatalogReject.Kind.MISSING_ID, "the id column is empty");
    }
    d.title = EntryDraft.nz(rec.get(col.get("title")));
    if (d.title.isEmpty()) {
      throw new EntryRejected(CatalogReject.Kind.MISSING_NAME, "the title column is empty");
    }
    d.provider = EntryDraft.nz(rec.get(col.get("provider")));
    d.description = EntryDraft.nz(rec.get(col.get("description")));
    d.hours = EntryDraft.amount(rec.get(col.get("hours")), "hours", "the hours column");
    d.cost = EntryDraft.amount(rec.get(col.get("cost")), "cost", "the cost column");
    d.currency = EntryDraft.nz(rec.get(col.get("currency"))).toUpperCase(Locale.ROOT);
    d.level = Level.parse(rec.get(col.get("level")));
    d.format = EntryDraft.deliveryFormat(rec.get(col.get("format")));
    d.url = EntryDraft.nz(rec.get(col.get("url")));
    for (String s : rec.get(col.get("skills")).split("\\|")) {
      String v = s.trim();
      if (!v.isEmpty()) {
        boolean uri = v.startsWith("http://") || v.startsWith("https://") || v.startsWith(Concept.ONET_TECH_PREFIX);
        d.claims.add(new EntryDraft.Claim(uri ? v : null, uri ? null : v, true));
      }
    }
    return d;
  }
}
