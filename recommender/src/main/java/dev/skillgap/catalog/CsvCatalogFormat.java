package dev.skillgap.catalog;

import dev.skillgap.text.LanguageCodes;
import dev.skillgap.catalog.quantity.Price;
import dev.skillgap.catalog.quantity.StudyHours;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.io.ColumnMappingException;
import dev.skillgap.io.CsvColumns;
import dev.skillgap.io.CsvDialect;
import dev.skillgap.io.CsvField;
import dev.skillgap.io.BoundedInput;
import dev.skillgap.io.CsvReader;
import dev.skillgap.io.InputLimits;
import dev.skillgap.io.CsvSchema;
import dev.skillgap.io.Sha256;
import dev.skillgap.io.TextDecoding;
import dev.skillgap.taxonomy.Concept;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Catalogue CSV files, however their columns are named: each data row is an entry, and the
 * columns that fill each field of {@link #SCHEMA} are those the user names ({@code --columns}, a
 * {@link ColumnMapping}) or else recognised from the header. The file is decoded as {@link
 * TextDecoding} says (UTF-8 with or without a BOM, UTF-16 with a BOM, Windows-1252 bytes), and its
 * delimiter is sniffed ({@link CsvDialect}). FORMATS.md's {@code courses.csv}, edX's and Udemy's
 * exports load without any mapping.
 *
 * <p>Only a title column is required. A row without an id gets its url as id, else a content hash
 * ({@code sha256:} and 16 hex digits of title, provider and description), with a warning. Hours
 * and prices are read from text by {@link StudyHours} (from the hours, effort and length fields)
 * and {@link Price} (cost, currency and paid): unreadable text loads with no figure and a warning
 * quoting it; a negative figure rejects the row. Skills are ESCO URIs, {@code onet-tech:} ids or
 * free-text tags, separated by {@code |}, {@code ;} or line breaks, or else by commas. The subject
 * (a category such as "Graphic Design") is read for skills only when nothing else gives one. A
 * missing column (id, currency) is one warning on the file, not one per row; cells such as {@code
 * NA} and {@code None} are empty ({@link #MISSING}). Stateless.
 */
public final class CsvCatalogFormat {

  /** The fields of a catalogue CSV, with the header names each is recognised by. */
  public static final CsvSchema SCHEMA = new CsvSchema("catalogue entries", List.of(
      CsvField.value("id", "the entry's id (when absent: its url, else a hash of its content)", "id", "course id",
          "credential id", "badge id", "identifier", "course code", "code"),
      CsvField.value("title", "the credential's name (required)", "title", "name", "course title", "course name",
          "credential name", "course", "credential", "programme", "program"),
      CsvField.value("provider", "who offers it", "provider", "institution", "organisation", "organization",
          "university", "school", "issuer", "partner", "offered by", "publisher", "provider name", "vendor"),
      CsvField.text("description", "what it covers; every matching column joins", "description", "summary",
          "course description", "about", "overview", "syllabus", "course syllabus", "outline", "learning outcomes",
          "what you will learn", "what you'll learn", "objectives", "headline"),
      CsvField.value("hours", "total learning hours: '12', '12 hours', 'PT12H', '2 days'", "hours", "estimated hours",
          "learning hours", "total hours", "duration hours", "content duration", "duration"),
      CsvField.value("effort", "hours per week: '2–3 hours per week'", "effort", "course effort", "weekly effort",
          "hours per week", "estimated effort", "weekly hours", "time commitment", "commitment"),
      CsvField.value("length", "how long it runs: '6 Weeks', '1 - 3 Months'", "length", "course length", "weeks",
          "duration weeks", "course duration", "programme length", "program length"),
      CsvField.value("cost", "its price: '49', '£49', 'Free', 'FREE-Add a Verified Certificate for $49 USD'", "cost",
          "price", "fee", "fees", "tuition", "course price", "price amount"),
      CsvField.value("currency", "the price's currency: an ISO 4217 code or a symbol", "currency", "currency code",
          "cost currency", "price currency"),
      CsvField.value("paid", "whether it costs money: true or false", "paid", "is paid", "paid course"),
      CsvField.value("level", "foundation, intermediate or advanced (introductory, beginner, expert, ...)", "level",
          "difficulty", "course level", "difficulty level", "audience level"),
      CsvField.value("format", "online, in-person or blended", "format", "delivery", "delivery mode",
          "delivery format", "mode", "modality", "course format"),
      CsvField.value("url", "where to enrol", "url", "course url", "link", "course link", "web page", "webpage",
          "homepage", "enrol url", "enrollment url", "website"),
      CsvField.value("language", "the language it is taught in: 'English', 'en', 'Español', 'zh-Hans'", "language",
          "course language", "language of instruction", "in language", "lang", "languages"),
      CsvField.value("subject", "its subject or category: skills are linked from it when nothing else gives any",
          "subject", "category", "topic", "subject area", "discipline"),
      CsvField.value("skills", "what it teaches: ESCO skill URIs, O*NET names or free-text tags, separated by | or ;"
          + " (or commas)", "skills", "tags", "skill tags", "skills taught", "competencies", "competences")));

  /**
   * Cells that mean "no value", as R, pandas and spreadsheet exports write them (edX's catalogue has
   * "NA" summaries and "None" syllabi), compared ignoring case.
   */
  static final Set<String> MISSING = Set.of("na", "n/a", "#n/a", "null", "none", "nan");

  /** Hex digits of the content hash in a derived id: 64 bits, so that a catalogue of millions has no collision. */
  static final int HASH_HEX_DIGITS = 16;

  private CsvCatalogFormat() {}

  /** Reads {@code f} into {@code out}, with {@code mapping} naming the columns it names (checked against {@link #SCHEMA}). */
  static void read(Path f, ColumnMapping mapping, CatalogAssembler out) throws IOException {
    String file = f.toString();
    out.startFile(file);
    BoundedInput.Read read;
    try {
      read = BoundedInput.read(file, java.nio.file.Files.newInputStream(f), InputLimits.DEFAULTS, false);
    } catch (IOException e) {
      out.reject(file, "file", CatalogReject.Kind.UNREADABLE, "the file cannot be read: " + e.getClass().getSimpleName());
      return;
    }
    if (read.problem() != null) {
      out.reject(file, "file", CatalogReject.Kind.TOO_LARGE, read.problem());
      return;
    }
    TextDecoding.Decoded text = TextDecoding.decode(read.bytes());
    if (text.unusual()) {
      out.fileWarning(file, CatalogWarning.Kind.ENCODING, "the file is not plain UTF-8; it was read as "
          + text.encoding());
    }
    char delimiter = CsvDialect.delimiter(text.text());
    try (CsvReader csv = new CsvReader(new StringReader(text.text()), delimiter)) {
      CsvReader.Row header = csv.next();
      while (header != null && header.size() == 1 && header.get(0).isBlank()) {
        header = csv.next();
      }
      if (header == null) {
        out.reject(file, "header", CatalogReject.Kind.NOT_CATALOGUE_CSV, "the file is empty, expected a header row");
        return;
      }
      if (header.limit() != null) {
        out.reject(file, "header", CatalogReject.Kind.TOO_LARGE, "header row: " + header.limit());
        return;
      }
      CsvColumns cols;
      try {
        cols = mapping.resolve(SCHEMA, header.fields());
      } catch (ColumnMappingException e) {
        out.reject(file, "header", CatalogReject.Kind.NOT_CATALOGUE_CSV, e.getMessage());
        return;
      }
      out.columns(file, cols);
      if (!cols.has("title")) {
        out.reject(file, "header", CatalogReject.Kind.NOT_CATALOGUE_CSV, "no title column among "
            + header.fields() + "; name it with --columns title=COLUMN");
        return;
      }
      if (!cols.has("id")) {
        out.fileWarning(file, CatalogWarning.Kind.ID_DERIVED, "no id column: each row's id is its url"
            + (cols.has("url") ? " (" + String.join(" + ", cols.columnsOf("url")) + ")" : "")
            + ", else a hash of its title, provider and description");
      }
      rows(file, csv, header, cols, out);
    }
  }

  private static void rows(String file, CsvReader csv, CsvReader.Row header, CsvColumns cols, CatalogAssembler out)
      throws IOException {
    int row = 0;
    int withoutCurrency = 0;
    CsvReader.Row rec;
    while ((rec = csv.next()) != null) {
      if (rec.size() == 1 && rec.get(0).isBlank() && rec.limit() == null) {
        continue;
      }
      row++;
      String entry = "row " + row;
      if (rec.limit() != null) {
        out.reject(file, entry, CatalogReject.Kind.TOO_LARGE, "line " + rec.line() + ": " + rec.limit());
      } else if (rec.unterminatedQuote()) {
        out.reject(file, entry, CatalogReject.Kind.BAD_CSV_ROW, "a quoted field starting on line " + rec.line()
            + " is never closed");
      } else if (rec.size() != header.size()) {
        out.reject(file, entry, CatalogReject.Kind.BAD_CSV_ROW, "line " + rec.line() + " has " + rec.size()
            + " fields, the header " + header.size());
      } else {
        try {
          EntryDraft d = draft(entry, present(rec.fields()), cols);
          boolean noCurrency = d.cost != null && d.cost > 0 && d.currency.isEmpty();
          if (noCurrency && cols.has("currency")) {
            d.warn(CatalogWarning.Kind.NO_CURRENCY, "the price " + cols.get(rec.fields(), "cost") + " names no currency"
                + " and the currency column is empty");
          }
          if (out.accept(file, d) == CatalogAssembler.Filed.LOADED && noCurrency && !cols.has("currency")) {
            withoutCurrency++;
          }
        } catch (EntryRejected e) {
          out.reject(file, entry, e);
        }
      }
    }
    if (withoutCurrency > 0) {
      out.fileWarning(file, CatalogWarning.Kind.NO_CURRENCY, "no currency column, and " + withoutCurrency + " loaded"
          + " price(s) name no currency of their own; they are kept without one");
    }
  }

  /** The cells of a row with the markers exports write for a missing value ({@link #MISSING}) made empty. */
  static List<String> present(List<String> row) {
    List<String> out = new ArrayList<>(row.size());
    for (String cell : row) {
      out.add(MISSING.contains(cell.strip().toLowerCase(Locale.ROOT)) ? "" : cell);
    }
    return out;
  }

  private static EntryDraft draft(String entry, List<String> row, CsvColumns cols) throws EntryRejected {
    EntryDraft d = new EntryDraft(entry, "csv");
    d.title = EntryDraft.nz(cols.get(row, "title"));
    if (d.title.isEmpty()) {
      throw new EntryRejected(CatalogReject.Kind.MISSING_NAME, "the title column is empty");
    }
    d.provider = EntryDraft.nz(cols.get(row, "provider"));
    d.description = String.join("\n\n", cols.values(row, "description"));
    d.url = EntryDraft.nz(cols.get(row, "url"));
    d.id = EntryDraft.nz(cols.get(row, "id"));
    if (d.id.isEmpty()) {
      if (!d.url.isEmpty()) {
        d.id = d.url;
        if (cols.has("id")) {
          d.warn(CatalogWarning.Kind.ID_DERIVED, "the id column is empty; the url is the id");
        }
      } else {
        d.id = contentId(d.title, d.provider, d.description);
        d.warn(CatalogWarning.Kind.ID_DERIVED, "no id and no url: the id " + d.id + " is a hash of the title, provider"
            + " and description");
      }
    }
    d.hours(StudyHours.estimate(cols.get(row, "hours"), cols.get(row, "effort"), cols.get(row, "length")), "");
    d.cost(Price.read(cols.get(row, "cost"), cols.get(row, "currency"), cols.get(row, "paid")), "");
    d.level = Level.parse(cols.get(row, "level"));
    d.format = EntryDraft.deliveryFormat(cols.get(row, "format"));
    d.subject = EntryDraft.nz(cols.get(row, "subject"));
    d.language = LanguageCodes.of(cols.get(row, "language"));
    for (String tag : tags(cols.get(row, "skills"))) {
      boolean uri = tag.startsWith("http://") || tag.startsWith("https://") || tag.startsWith(Concept.ONET_TECH_PREFIX);
      d.claims.add(uri ? new EntryDraft.Claim(tag, "", false) : new EntryDraft.Claim(null, tag, false));
    }
    return d;
  }

  /**
   * The skills of a cell: split at {@code |}, {@code ;} and line breaks, or at commas when there is
   * none of those (a comma inside a label such as "fish, crustacean and mollusc products" survives in
   * a bar-separated list).
   */
  static List<String> tags(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    String sep = cell.matches("(?s).*[|;\\n].*") ? "[|;\\n]" : ",";
    return java.util.Arrays.stream(cell.split(sep)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** {@code sha256:} and the first {@link #HASH_HEX_DIGITS} hex digits of the SHA-256 of the fields. */
  static String contentId(String title, String provider, String description) {
    return "sha256:" + Sha256.hex(title + "\n" + provider + "\n" + description).substring(0, HASH_HEX_DIGITS);
  }
}
