package dev.skillgap.ingest;

import dev.skillgap.io.BoundedInput;
import dev.skillgap.io.ColumnMappingException;
import dev.skillgap.io.CsvColumns;
import dev.skillgap.io.CsvDialect;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one HR role-description file from its bytes into {@link Posting}s (or rejects), never
 * throwing for bad input. Formats, by extension: {@code .txt} ({@code Key: value} header lines, a
 * blank line, the body), {@code .md} (front matter between {@code ---} lines, then a Markdown
 * body), {@code .csv} (columns id, title, occupation, region and text, found by the column mapping
 * or common header names; any delimiter) and {@code
 * .json}/{@code .jsonld} (schema.org JobPosting, {@code occupationalCategory} as the occupation).
 * A role's {@code datePosted} is the date given to the constructor (the upload or run date), its
 * {@code occupationCode} the occupation as written (ESCO label, ESCO URI or O*NET-SOC code), and
 * for text and Markdown files its id is {@code role:} and the file name without extension.
 * Immutable and serializable.
 */
public final class RoleDescriptionParser implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern HEADER = Pattern.compile("([A-Za-z][A-Za-z0-9 _-]{0,40}?)\\s*:\\s*(.*)");
  private static final Draft.Names BODY = new Draft.Names("id", "title", "date", "body");
  private static final Draft.Names COLUMNS = new Draft.Names("id", "title", "date", "description");
  private static final Labels TXT_LABELS = new Labels("Title", "Occupation", " header", " headers", "header");
  private static final Labels MD_LABELS = new Labels("title", "occupation", " in the front matter",
      " in the front matter", "front matter");

  /** How reasons name a format's title and occupation: {@code Title header}, {@code title in the front matter}. */
  private record Labels(String title, String occupation, String one, String both, String after) {}

  private final IngestOptions options;

  /** A parser that dates every role {@code date} and recognises CSV headers without a mapping. */
  public RoleDescriptionParser(LocalDate date) {
    this(IngestOptions.of(Objects.requireNonNull(date, "date")));
  }

  /** A parser that dates every role {@code options.runDate()} and reads CSV columns by its mapping. */
  public RoleDescriptionParser(IngestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The extensions read (each also gzipped, as {@code .md.gz}). */
  public static final List<String> EXTENSIONS = List.of("txt", "text", "md", "markdown", "csv", "json", "jsonld");

  /** Whether {@code path}'s extension is one this parser reads (gzipped or not). */
  public static boolean reads(String path) {
    return EXTENSIONS.contains(PostingParser.extension(Gzip.strip(path)));
  }

  /**
   * Returns every role in {@code content}, the whole file named {@code sourcePath}, as a posting or
   * a reject; bad input never throws.
   */
  public IngestResult parse(String sourcePath, byte[] content) {
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(content, "content");
    return parseFile(sourcePath, BoundedInput.of(sourcePath, content, options.limits(), byLines(sourcePath)));
  }

  /** Whether a role file of this name is read line by line (CSV), so that over-long lines are cut as it streams. */
  public static boolean byLines(String path) {
    return PostingParser.extension(Gzip.strip(path)).equals("csv");
  }

  /**
   * Returns every role in {@code file}, the file named {@code sourcePath} as {@link BoundedInput}
   * read it (with {@link #byLines} deciding whether long lines were cut); bad input never throws. A
   * text or Markdown role is one record, so the whole file may be no longer than a record.
   */
  public IngestResult parseFile(String sourcePath, BoundedInput.Read file) {
    Objects.requireNonNull(sourcePath, "sourcePath");
    if (file.problem() != null) {
      return IngestResult.wholeFile(sourcePath, "role", file.problem(), "");
    }
    String ext = PostingParser.extension(file.name());
    boolean oneRecord = List.of("txt", "text", "md", "markdown").contains(ext);
    IngestResult r = oneRecord && file.bytes().length > options.limits().maxRecordBytes()
        ? IngestResult.wholeFile(sourcePath, "role", options.limits().recordTooLong("role description",
            file.bytes().length, "bytes"), "")
        : switch (ext) {
      case "txt", "text" -> parseText(sourcePath, file.bytes());
      case "md", "markdown" -> parseMarkdown(sourcePath, file.bytes());
      case "csv" -> parseCsv(sourcePath, file.bytes(), file.longLines());
      case "json", "jsonld" -> parseJsonLd(sourcePath, file.bytes());
      default -> IngestResult.wholeFile(sourcePath, "role", "unsupported role file type '"
          + (ext.isEmpty() ? "(no extension)" : "." + ext) + "': expected .txt, .md, .csv, .json or .jsonld"
          + " (or any of them .gz)", "");
    };
    if (file.gzipNote() == null) {
      return r;
    }
    List<String> notes = new ArrayList<>(List.of(file.gzipNote()));
    notes.addAll(r.notes());
    return new IngestResult(r.source(), r.accepted(), r.rejects(), r.read(), notes);
  }

  private static String baseName(String path) {
    String name = PostingParser.fileName(Gzip.strip(path));
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The file's text with line ends made LF, or the reason it is not UTF-8. */
  private static String decode(byte[] content) throws RecordRejected {
    Utf8.Decoded d = Utf8.decode(content);
    String whole = Utf8.wholeFileProblem(content, d, false);
    if (whole != null) {
      throw new RecordRejected(whole);
    }
    if (!d.bad().isEmpty()) {
      throw new RecordRejected(d.bad().get(0).describe());
    }
    return d.text().replace("\r\n", "\n").replace('\r', '\n');
  }

  // ---- text: Key: value headers, blank line, body

  private IngestResult parseText(String source, byte[] content) {
    String format = "role-txt";
    String text;
    try {
      text = decode(content);
    } catch (RecordRejected e) {
      return IngestResult.wholeFile(source, format, e.getMessage(), "");
    }
    String[] lines = text.split("\n", -1);
    Map<String, String> header = new HashMap<>();
    int i = 0;
    for (; i < lines.length; i++) {
      Matcher m = HEADER.matcher(lines[i].strip());
      if (lines[i].isBlank() || !m.matches()) {
        break;
      }
      header.putIfAbsent(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2).strip());
    }
    String headerEntry = i <= 1 ? "header (line 1)" : "header (lines 1-" + i + ")";
    return role(source, format, text, header, headerEntry, lines, i, i, TXT_LABELS);
  }

  // ---- Markdown: --- front matter ---, body

  private IngestResult parseMarkdown(String source, byte[] content) {
    String format = "role-md";
    String text;
    try {
      text = decode(content);
    } catch (RecordRejected e) {
      return IngestResult.wholeFile(source, format, e.getMessage(), "");
    }
    String[] lines = text.split("\n", -1);
    int open = 0;
    while (open < lines.length && lines[open].isBlank()) {
      open++;
    }
    String headerEntry = "front matter (line " + (open + 1) + ")";
    if (open == lines.length || !lines[open].strip().equals("---")) {
      return reject(source, headerEntry, format, "missing front matter (title and occupation): the file does not"
          + " start with a --- line", text);
    }
    int close = open + 1;
    while (close < lines.length && !lines[close].strip().equals("---") && !lines[close].strip().equals("...")) {
      close++;
    }
    if (close == lines.length) {
      return reject(source, headerEntry, format, "front matter opened on line " + (open + 1)
          + " is never closed by a --- line", text);
    }
    Map<String, String> header = new HashMap<>();
    for (int k = open + 1; k < close; k++) {
      Matcher m = HEADER.matcher(lines[k].strip());
      if (!lines[k].strip().startsWith("#") && m.matches()) {
        header.putIfAbsent(m.group(1).strip().toLowerCase(Locale.ROOT), yamlScalar(m.group(2)));
      }
    }
    headerEntry = "front matter (lines " + (open + 1) + "-" + (close + 1) + ")";
    return role(source, format, text, header, headerEntry, lines, close + 1, close + 1, MD_LABELS);
  }

  /** A YAML plain or quoted scalar: surrounding quotes stripped, a trailing {@code # comment} dropped. */
  static String yamlScalar(String raw) {
    String v = raw.strip();
    if (v.length() >= 2 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"') {
      return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if (v.length() >= 2 && v.charAt(0) == '\'' && v.charAt(v.length() - 1) == '\'') {
      return v.substring(1, v.length() - 1).replace("''", "'");
    }
    int comment = v.indexOf(" #");
    return comment >= 0 ? v.substring(0, comment).strip() : v;
  }

  /**
   * Validates a header-and-body role (text or Markdown) and makes its posting; the body is the text
   * from line index {@code bodyStart}, after the header's last line {@code headerEndLine} (1-based).
   */
  private IngestResult role(String source, String format, String text, Map<String, String> header,
      String headerEntry, String[] lines, int bodyStart, int headerEndLine, Labels labels) {
    String title = header.get("title");
    String occupation = header.get("occupation");
    String reason = null;
    String entry = headerEntry;
    if (title == null && occupation == null) {
      reason = "missing " + labels.title() + " and " + labels.occupation() + labels.both();
    } else if (title == null) {
      reason = "missing " + labels.title() + labels.one();
    } else if (occupation == null) {
      reason = "missing " + labels.occupation() + labels.one();
    } else if (title.isBlank()) {
      reason = labels.title() + labels.one() + " is blank";
    } else if (occupation.isBlank()) {
      reason = labels.occupation() + labels.one() + " is blank";
    }
    int b = bodyStart;
    while (b < lines.length && lines[b].isBlank()) {
      b++;
    }
    String body = b < lines.length ? String.join("\n", Arrays.copyOfRange(lines, b, lines.length)) : "";
    if (reason == null && body.isBlank()) {
      reason = "empty body: no text after the " + labels.after();
      entry = "body (after line " + headerEndLine + ")";
    }
    if (reason == null) {
      Draft draft = new Draft();
      draft.id = "role:" + baseName(source);
      draft.title = title;
      draft.region = header.get("region");
      draft.occupation = occupation;
      draft.description = body;
      try {
        return new IngestResult(source, List.of(role(draft, source, "file", format, BODY, false)), List.of(), 1);
      } catch (RecordRejected e) {
        reason = e.getMessage();
        entry = "body (line " + (b + 1) + ")";
      }
    }
    return reject(source, entry, format, reason, text);
  }

  private static IngestResult reject(String source, String entry, String format, String reason, String text) {
    return new IngestResult(source, List.of(), List.of(new IngestReject(source, entry, format, reason,
        PostingParser.excerpt(text))), 1);
  }

  // ---- CSV: columns id, title, occupation, region and text, by the mapping or common names

  private IngestResult parseCsv(String source, byte[] content, List<BoundedInput.LongLine> longLines) {
    String format = "role-csv";
    List<String> notes = new ArrayList<>();
    List<IngestReject> whole = new ArrayList<>();
    Utf8.Decoded d = PostingParser.text(source, format, content, true, notes, whole);
    if (d == null) {
      return new IngestResult(source, List.of(), whole, 1, notes);
    }
    char delimiter = CsvDialect.delimiter(d.text());
    CsvTable table;
    try {
      table = CsvTable.read(d, delimiter, options.limits(), longLines,
          l -> options.limits().recordTooLong("line", l.bytes(), "bytes"));
    } catch (RecordRejected e) {
      return IngestResult.wholeFile(source, format, e.getMessage(), PostingParser.excerpt(d.text()));
    }
    CsvColumns c = null;
    String headerProblem;
    try {
      c = options.columns().resolve(PostingColumns.ROLES, table.header());
      notes.add("columns " + c.spec());
      List<String> missing = new ArrayList<>();
      for (String field : List.of("title", "occupation", "text")) {
        if (!c.has(field)) {
          missing.add(field);
        }
      }
      headerProblem = missing.isEmpty() ? null : "header has no " + String.join(", ", missing) + " column ("
          + String.join(", ", table.header()) + ")";
    } catch (ColumnMappingException e) {
      headerProblem = e.getMessage();
    }
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
        Draft draft = new Draft();
        String id = c.get(row.fields(), "id");
        // a row without an id is named by its file and row, as text roles are by their file
        draft.id = "role:" + (id == null || id.isBlank() ? baseName(source) + "#" + row.row() : id.strip());
        draft.title = c.get(row.fields(), "title");
        draft.occupation = c.get(row.fields(), "occupation");
        draft.region = c.get(row.fields(), "region");
        draft.description = c.get(row.fields(), "text");
        accepted.add(role(draft, source, row.entry(), format, COLUMNS, false));
      } catch (RecordRejected e) {
        rejects.add(new IngestReject(source, row.entry(), format, e.getMessage(), row.raw()));
      }
    }
    return new IngestResult(source, accepted, rejects, table.rows().size(), notes);
  }

  /**
   * A role from its draft, dated the run's date: unlike a posting, a role must have a title, an
   * occupation and text, since HR uploads it to say what the role is.
   */
  private Posting role(Draft draft, String source, String entry, String format, Draft.Names names, boolean html)
      throws RecordRejected {
    if (draft.occupation == null || draft.occupation.isBlank()) {
      throw new RecordRejected(draft.occupation == null ? "missing occupation" : "occupation is blank");
    }
    draft.date = options.runDate().toString();
    Posting p = draft.validate(source, entry, format, names, html, options);
    if (p.title().isEmpty()) {
      throw new RecordRejected(draft.title == null ? "missing " + names.title() : names.title() + " is blank");
    }
    for (IngestWarning w : p.warnings()) {
      if (w.flag() == IngestFlag.TEXT_MISSING) {
        throw new RecordRejected(w.detail().replace(": a title alone, no skills can be read", ""));
      }
    }
    return p;
  }

  // ---- JSON-LD JobPosting

  private IngestResult parseJsonLd(String source, byte[] content) {
    String format = "role-jsonld";
    Utf8.Decoded d = Utf8.decode(content);
    String whole = Utf8.wholeFileProblem(content, d, false);
    if (whole != null) {
      return IngestResult.wholeFile(source, format, whole, "");
    }
    List<Json.Item> items;
    try {
      items = Json.jsonLdItems(d, options.limits());
    } catch (RecordRejected e) {
      return IngestResult.wholeFile(source, format, e.getMessage(), PostingParser.excerpt(d.text()));
    }
    List<Posting> accepted = new ArrayList<>();
    List<IngestReject> rejects = new ArrayList<>();
    for (Json.Item item : items) {
      try {
        if (item.tooLong() != null) {
          throw new RecordRejected(item.tooLong());
        }
        if (item.bad() != null) {
          throw new RecordRejected(item.bad().describe());
        }
        Draft draft = JobPostingLd.draft(item.node());
        if (draft.occupation == null || draft.occupation.isBlank()) {
          throw new RecordRejected("missing occupationalCategory");
        }
        String id = draft.id != null ? draft.id
            : items.size() == 1 ? baseName(source) : baseName(source) + "#" + item.index();
        draft.id = "role:" + id;
        draft.idFlag = null;
        accepted.add(role(draft, source, item.entry(), format, Draft.Names.JSON_LD, true));
      } catch (RecordRejected e) {
        rejects.add(new IngestReject(source, item.entry(), format, e.getMessage(), item.raw()));
      }
    }
    return new IngestResult(source, accepted, rejects, items.size());
  }
}
