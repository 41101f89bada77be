package dev.skillgap.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.skillgap.io.BoundedInput;
import dev.skillgap.io.ColumnMappingException;
import dev.skillgap.io.CsvColumns;
import dev.skillgap.io.CsvDialect;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads one job-posting file from its bytes and returns every record as an accepted {@link
 * Posting} or an {@link IngestReject}; it never throws for bad input. Formats: {@code .csv} and
 * {@code .tsv} (any delimiter, columns found by the {@linkplain IngestOptions#columns() mapping}
 * and common header names), JSON ({@code .jsonl}, {@code .ndjson}, {@code .json}, {@code .jsonld}:
 * JSON Lines when the first line is a whole JSON value, else one document whose items are in
 * {@code @graph}, a top-level array or the single object) and {@code .parquet}; any of them
 * gzipped ({@code .gz}). Each JSON record is read as what it is: a schema.org JobPosting ({@link
 * JobPostingLd}) when it has an {@code @type} or {@code @context}, else a flat record mapped like a
 * CSV row. Text files that are not UTF-8 but Windows-1252, or UTF-16 with a byte order mark, are
 * read as such. Files and records beyond the {@linkplain IngestOptions#limits() limits} are
 * rejected: a file too large once gunzipped as a whole, a record too long, too wide or nested too
 * deep alone. Stateless, thread-safe and serializable, so a Spark closure can hold one.
 */
public final class PostingParser implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String CSV = "csv";
  static final String JSONL = "jsonl";
  static final String JSON_LD = "jsonld";
  static final String PARQUET = "parquet";

  /** The extensions read (each also gzipped, as {@code .csv.gz}). */
  public static final List<String> EXTENSIONS = List.of("csv", "tsv", "jsonl", "ndjson", "json", "jsonld", "parquet");

  private final IngestOptions options;

  /** A parser for a run with {@code options}: its date for undated records, its column mapping. */
  public PostingParser(IngestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Whether {@code path}'s extension is one this parser reads (gzipped or not). */
  public static boolean reads(String path) {
    return EXTENSIONS.contains(extension(Gzip.strip(path)));
  }

  /**
   * Returns every record of {@code content}, the whole file named {@code sourcePath}, as a posting
   * or a reject; bad input never throws. The path may be any URI or file name: its extension picks
   * the format and it is copied into every result as the source.
   */
  public IngestResult parse(String sourcePath, byte[] content) {
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(content, "content");
    return parseFile(sourcePath, BoundedInput.of(sourcePath, content, options.limits(), byLines(sourcePath)));
  }

  /**
   * Whether a file of this name is read line by line (CSV, TSV, JSON Lines), so that a line longer
   * than a record may be is cut out as the file streams in, never held whole.
   */
  public static boolean byLines(String path) {
    return List.of("csv", "tsv", "jsonl", "ndjson").contains(extension(Gzip.strip(path)));
  }

  /**
   * Returns every record of {@code file}, the file named {@code sourcePath} as {@link BoundedInput}
   * read it (with {@link #byLines} deciding whether long lines were cut), as a posting or a reject;
   * bad input never throws.
   */
  public IngestResult parseFile(String sourcePath, BoundedInput.Read file) {
    Objects.requireNonNull(sourcePath, "sourcePath");
    List<String> notes = new ArrayList<>();
    if (file.problem() != null) {
      String ext = extension(sourcePath);
      return IngestResult.wholeFile(sourcePath, file.gzipped() || ext.equals("gz") ? "gz" : ext, file.problem(), "");
    }
    if (file.gzipNote() != null) {
      notes.add(file.gzipNote());
    }
    String name = file.name();
    byte[] bytes = file.bytes();
    String ext = extension(name);
    return switch (ext) {
      case "csv", "tsv" -> parseCsv(sourcePath, bytes, ext.equals("tsv"), notes, file.longLines());
      case "jsonl", "ndjson", "json", "jsonld" -> parseJson(sourcePath, bytes, ext.startsWith("json") && !ext.equals("jsonl"),
          notes, file.longLines());
      case "parquet" -> ParquetPostings.parse(sourcePath, bytes, options);
      default -> IngestResult.wholeFile(sourcePath, ext.isEmpty() ? "unknown" : ext, "unsupported file type '"
          + (ext.isEmpty() ? "(no extension)" : "." + ext) + "': expected ." + String.join(", .", EXTENSIONS)
          + " (or any of them .gz)", "");
    };
  }

  /** The reason a line cut out by {@link BoundedInput} is rejected. */
  String longLine(BoundedInput.LongLine l) {
    return options.limits().recordTooLong("line", l.bytes(), "bytes");
  }

  /** The lower-case extension of the last path segment, without the dot; empty when none. */
  static String extension(String path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The last segment of a path or URI. */
  static String fileName(String path) {
    String p = path;
    int cut = p.indexOf('?');
    if (cut >= 0) {
      p = p.substring(0, cut);
    }
    int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return p.substring(slash + 1);
  }

  static String excerpt(String s) {
    return s.length() <= IngestReject.EXCERPT_CHARS ? s : s.substring(0, IngestReject.EXCERPT_CHARS);
  }

  /** The text of a text file, noting an encoding other than UTF-8; null with a reject when it is not text. */
  static Utf8.Decoded text(String source, String format, byte[] bytes, boolean byLines, List<String> notes,
      List<IngestReject> wholeFile) {
    Utf8.Decoded d = Utf8.decodeText(bytes);
    String whole = d.encoding().startsWith("UTF-16") ? null : Utf8.wholeFileProblem(bytes, d, byLines);
    if (whole != null) {
      wholeFile.add(new IngestReject(source, "file", format, whole, ""));
      return null;
    }
    if (!d.encoding().equals("UTF-8")) {
      notes.add("read as " + d.encoding());
    }
    return d;
  }

  // ---- CSV

  private IngestResult parseCsv(String source, byte[] content, boolean tabs, List<String> notes,
      List<BoundedInput.LongLine> longLines) {
    List<IngestReject> whole = new ArrayList<>();
    Utf8.Decoded d = text(source, CSV, content, true, notes, whole);
    if (d == null) {
      return new IngestResult(source, List.of(), whole, 1, notes);
    }
    char delimiter = tabs ? '\t' : CsvDialect.delimiter(d.text());
    if (delimiter != ',') {
      notes.add("delimiter " + (delimiter == '\t' ? "tab" : "'" + delimiter + "'"));
    }
    CsvTable table;
    try {
      table = CsvTable.read(d, delimiter, options.limits(), longLines, this::longLine);
    } catch (RecordRejected e) {
      return new IngestResult(source, List.of(), List.of(new IngestReject(source, "file", CSV, e.getMessage(),
          excerpt(d.text()))), 1, notes);
    }
    String headerProblem = null;
    CsvColumns columns = null;
    try {
      columns = options.columns().resolve(PostingColumns.POSTINGS, table.header());
      notes.add("columns " + columns.spec());
      if (!PostingColumns.readable(columns)) {
        headerProblem = "header has no title or text column (" + String.join(", ", table.header()) + "): name them,"
            + " e.g. --columns title=\"Job Title\",text=Description";
      } else if (!columns.has("text")) {
        notes.add("no text column: every record is a title alone; name it, e.g. --columns text=Description");
      }
    } catch (ColumnMappingException e) {
      headerProblem = e.getMessage();
    }
    Draft.Names names = columns == null ? Draft.Names.CSV : csvNames(columns);
    List<Posting> accepted = new ArrayList<>();
    List<IngestReject> rejects = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      try {
        if (row.problem() != null) {
          throw new RecordRejected(row.problem());
        }
        if (headerProblem != null) {
          throw new RecordRejected(headerProblem);
        }
        accepted.add(PostingColumns.draft(columns, row.fields()).validate(source, row.entry(), CSV, names, false,
            options));
      } catch (RecordRejected e) {
        rejects.add(new IngestReject(source, row.entry(), CSV, e.getMessage(), row.raw()));
      }
    }
    return new IngestResult(source, accepted, rejects, table.rows().size(), notes);
  }

  /** Reasons name a CSV's fields by its own column names. */
  private static Draft.Names csvNames(CsvColumns c) {
    return new Draft.Names(name(c, "id", "id column"), name(c, "title", "title column"), name(c, "date", "date column"),
        name(c, "text", "text column"));
  }

  private static String name(CsvColumns c, String field, String otherwise) {
    List<String> cols = c.columnsOf(field);
    return cols.isEmpty() ? otherwise : String.join("+", cols);
  }

  // ---- JSON: JSON Lines or one document, each record JSON-LD or flat

  /** A JSON file; {@code document} when its name says it holds one document, so that empty is an error. */
  private IngestResult parseJson(String source, byte[] content, boolean document, List<String> notes,
      List<BoundedInput.LongLine> longLines) {
    List<IngestReject> whole = new ArrayList<>();
    Utf8.Decoded d = text(source, JSONL, content, true, notes, whole);
    if (d == null) {
      return new IngestResult(source, List.of(), whole, 1, notes);
    }
    // an empty JSON Lines file holds no records; an empty document is an error
    boolean lines = d.text().isBlank() ? !document : isJsonLines(d.text());
    return lines ? parseJsonLines(source, d, notes, longLines) : parseJsonDocument(source, d, notes);
  }

  /** JSON Lines when the first non-blank line is a whole JSON value (a pretty-printed document's is not). */
  boolean isJsonLines(String text) {
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        try {
          Json.mapper(options.limits()).readTree(line);
          return true;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
          return true; // a whole value on the line, beyond a limit: JSON Lines, whose line is rejected
        } catch (JsonProcessingException e) {
          return false;
        }
      }
      start = end + 1;
    }
    return false;
  }

  /**
   * Characters of JSON Lines parsed by one thread: a large crawl is cut at line ends into chunks
   * read in parallel and put back together in order, which halves a 21 MB feed's time on 2 cores.
   */
  static final int CHUNK_CHARS = 1 << 20;

  private IngestResult parseJsonLines(String source, Utf8.Decoded d, List<String> notes,
      List<BoundedInput.LongLine> longLines) {
    String text = d.text();
    List<int[]> chunks = new ArrayList<>(); // {start, end, number of the chunk's first line}
    int line = 1;
    for (int start = 0; start < text.length(); ) {
      int end = Math.min(text.length(), start + CHUNK_CHARS);
      int nl = end < text.length() ? text.indexOf('\n', end) : -1;
      end = nl < 0 ? text.length() : nl + 1;
      chunks.add(new int[] {start, end, line});
      for (int k = start; k < end; k++) {
        if (text.charAt(k) == '\n') {
          line++;
        }
      }
      start = end;
    }
    List<Records> parts = (chunks.size() > 1 ? chunks.parallelStream() : chunks.stream())
        .map(c -> parseLines(source, d, c[0], c[1], c[2], longLines)).toList();
    Records out = new Records(source, options);
    parts.forEach(out::addAll);
    return out.result(notes);
  }

  /** The records of the lines in {@code text[from, to)}, the first of which is line {@code firstLine}. */
  private Records parseLines(String source, Utf8.Decoded d, int from, int to, int firstLine,
      List<BoundedInput.LongLine> longLines) {
    String text = d.text();
    Records out = new Records(source, options);
    int lineNo = firstLine - 1;
    for (int start = from; start < to; ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 || nl >= to ? to : nl;
      lineNo++;
      String line = text.substring(start, end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      Utf8.Bad bad = d.bad().isEmpty() ? null : d.firstIn(start, end);
      start = end + 1;
      String entry = "line " + lineNo;
      BoundedInput.LongLine cut = longLines.isEmpty() ? null : longLine(longLines, lineNo);
      if (cut != null) {
        out.reject(entry, JSONL, longLine(cut), cut.start());
        continue;
      }
      if (line.isBlank()) {
        continue; // blank lines are not records
      }
      if (bad != null) {
        out.reject(entry, JSONL, bad.describe(), line);
        continue;
      }
      JsonNode o;
      try {
        o = Json.mapper(options.limits()).readTree(line);
      } catch (JsonProcessingException e) {
        out.reject(entry, JSONL, Json.invalid(e, false, options.limits()), line);
        continue;
      }
      // a line is a record, but for a document on one line (an @graph or an array), whose items are
      int max = options.limits().maxRecordBytes();
      if (o.isObject() && o.has("@graph") && o.get("@graph").isArray()) {
        JsonNode graph = o.get("@graph");
        for (int i = 0; i < graph.size(); i++) {
          String raw = graph.get(i).toString();
          if (raw.length() > max) {
            out.reject(entry + " @graph[" + i + "]", JSON_LD, options.limits().recordTooLong("item", raw.length(),
                "characters"), raw);
          } else {
            out.record(entry + " @graph[" + i + "]", JSON_LD, graph.get(i), true, raw);
          }
        }
      } else if (o.isArray() && o.size() > 0 && allObjects(o)) {
        for (int i = 0; i < o.size(); i++) {
          String raw = o.get(i).toString();
          if (raw.length() > max) {
            out.reject(entry + " [" + i + "]", JSONL, options.limits().recordTooLong("item", raw.length(), "characters"),
                raw);
          } else {
            out.record(entry + " [" + i + "]", JSONL, o.get(i), false, raw);
          }
        }
      } else if (!o.isObject()) {
        out.reject(entry, JSONL, "not a JSON object but a JSON " + o.getNodeType().name().toLowerCase(Locale.ROOT), line);
      } else if (line.length() > max) {
        out.reject(entry, JSONL, options.limits().recordTooLong("line", line.length(), "characters"), line);
      } else {
        out.record(entry, JSONL, o, false, line);
      }
    }
    return out;
  }

  private static BoundedInput.LongLine longLine(List<BoundedInput.LongLine> longLines, long lineNo) {
    for (BoundedInput.LongLine l : longLines) {
      if (l.line() == lineNo) {
        return l;
      }
    }
    return null;
  }

  private static boolean allObjects(JsonNode array) {
    for (JsonNode x : array) {
      if (!x.isObject()) {
        return false;
      }
    }
    return true;
  }

  private IngestResult parseJsonDocument(String source, Utf8.Decoded d, List<String> notes) {
    List<Json.Item> items;
    try {
      items = Json.jsonLdItems(d, options.limits());
    } catch (RecordRejected e) {
      return new IngestResult(source, List.of(), List.of(new IngestReject(source, "file", JSON_LD, e.getMessage(),
          excerpt(d.text()))), 1, notes);
    }
    Records out = new Records(source, options);
    for (Json.Item item : items) {
      if (item.tooLong() != null) {
        out.reject(item.entry(), JSON_LD, item.tooLong(), item.raw());
      } else if (item.bad() != null) {
        out.reject(item.entry(), JSON_LD, item.bad().describe(), item.raw());
      } else {
        out.record(item.entry(), JSON_LD, item.node(), item.entry().startsWith("@graph"), item.raw());
      }
    }
    return out.result(notes);
  }

  /** The records of one JSON file as they are read. */
  private static final class Records {
    final String source;
    final IngestOptions options;
    final FlatJsonRecord flat;
    final List<Posting> accepted = new ArrayList<>();
    final List<IngestReject> rejects = new ArrayList<>();
    int read;
    int linkedData;
    int flatRecords;

    Records(String source, IngestOptions options) {
      this.source = source;
      this.options = options;
      this.flat = new FlatJsonRecord(PostingColumns.POSTINGS, options.columns());
    }

    void reject(String entry, String format, String reason, String raw) {
      read++;
      rejects.add(new IngestReject(source, entry, format, reason, raw));
    }

    /**
     * One record: JSON-LD when it says so ({@code @type}, {@code @context}) or sits in a {@code
     * @graph}, else a flat record.
     */
    void record(String entry, String format, JsonNode n, boolean inGraph, String raw) {
      boolean ld = inGraph || n.isObject() && JobPostingLd.isLinkedData(n) || !n.isObject();
      String f = ld ? JSON_LD : JSONL;
      try {
        Draft draft = ld ? JobPostingLd.draft(n) : flat.draft(n);
        accepted.add(draft.validate(source, entry, f, ld ? Draft.Names.JSON_LD : Draft.Names.JSON, true, options));
        if (ld) {
          linkedData++;
        } else {
          flatRecords++;
        }
        read++;
      } catch (RecordRejected e) {
        reject(entry, f, e.getMessage(), raw);
      }
    }

    /** Adds {@code other}'s records after this one's. */
    void addAll(Records other) {
      accepted.addAll(other.accepted);
      rejects.addAll(other.rejects);
      read += other.read;
      linkedData += other.linkedData;
      flatRecords += other.flatRecords;
    }

    IngestResult result(List<String> notes) {
      if (linkedData > 0) {
        notes.add(linkedData + " schema.org JobPosting");
      }
      if (flatRecords > 0) {
        notes.add(flatRecords + " flat records");
      }
      return new IngestResult(source, accepted, rejects, read, notes);
    }
  }
}
