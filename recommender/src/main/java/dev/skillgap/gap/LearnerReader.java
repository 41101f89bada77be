package dev.skillgap.gap;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.gap.LearnerProfile.IdOrigin;
import dev.skillgap.io.BoundedInput;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.io.ColumnMappingException;
import dev.skillgap.io.CsvColumns;
import dev.skillgap.io.CsvDialect;
import dev.skillgap.io.CsvField;
import dev.skillgap.io.CsvReader;
import dev.skillgap.io.CsvSchema;
import dev.skillgap.io.InputLimits;
import dev.skillgap.io.Mojibake;
import dev.skillgap.io.PersonalData;
import dev.skillgap.io.Sha256;
import dev.skillgap.io.TextDecoding;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.text.LanguageCodes;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads learner profiles from a CSV or TSV file of CVs (any header, through a {@link
 * ColumnMapping} over {@link #CSV_SCHEMA}), or from JSON Lines or a JSON array ({@code
 * data-samples/FORMATS.md}) with CV files resolved against the file's folder. Every entry read is a
 * learner, a duplicate of an earlier one (same id, or same CV text and target role) or rejected
 * with its place and reason: read = learners + duplicates + rejects. As they are read, texts are
 * repaired of mojibake ({@link Mojibake}) and stripped of contact details ({@link PersonalData});
 * an entry without an id gets one derived from its content, never from personal data. Files,
 * lines, rows, JSON and CV files are read within {@link InputLimits}: an entry beyond them is
 * rejected, a CV file beyond them (or outside the learners file's folder, or not a regular file) is
 * not read and the learner is warned. Immutable.
 */
public final class LearnerReader {

  /**
   * The fields of a learners CSV. {@code Category} is not recognised as the target role: in CV
   * exports it is the CV's filing category ("Data Science", "Arts"), which a user should choose
   * to use as a target ({@code target=Category}) rather than have assumed; a {@code Job Title}
   * column is usually the current job, so it is not recognised either.
   */
  public static final CsvSchema CSV_SCHEMA = new CsvSchema("learners", List.of(
      CsvField.value("id", "the learner's id; without one, an id is derived from the CV", "id", "learner id",
          "student id", "candidate id", "applicant id", "user id", "person id", "employee id"),
      CsvField.value("name", "the learner's name (read, never written to any output)", "name", "full name",
          "learner name", "candidate name", "student name", "applicant name"),
      CsvField.value("target", "the role they aim for: a job title, an ESCO occupation URI or an O*NET-SOC code",
          "target role", "target", "desired role", "desired job", "desired position", "target job",
          "target occupation", "career goal"),
      new CsvField("cv", "the CV as text", List.of("cv", "cv text", "resume", "resume text", "resume str",
          "curriculum vitae"), true, false),
      CsvField.value("cv_file", "a CV file, relative to the CSV file's folder", "cv file", "cv path", "resume file",
          "resume path"),
      CsvField.value("skills", "skills the learner declares, separated by | ; line breaks or commas",
          "skills", "declared skills", "key skills"),
      CsvField.value("badges", "ids of catalogue credentials they have earned, separated by | ; commas or blanks",
          "badges", "badge ids", "earned badges"),
      CsvField.value("language", "the language they want to learn in: 'English', 'en', 'Español' (default: their"
          + " CV's)", "language", "preferred language", "learning language", "course language")));

  /** Hex digits of SHA-256 in a derived id: 48 bits, so 20,000 learners collide with odds of about 1 in 1.4 million. */
  static final int ID_HEX = 12;
  static final String ID_PREFIX = "learner-";
  /** Longer header names are taken for data: the first row of a file without a header (and error messages quote headers). */
  static final int MAX_HEADER = 100;

  /**
   * An entry that could not be a learner.
   *
   * @param file the file
   * @param line the 1-based line it starts on
   * @param reason why, naming no personal data
   * @param entry where it is, as a user finds it: {@code line 7}, {@code row 12} of a CSV as a
   *     spreadsheet numbers it (the header is row 1, with {@code (line N)} when a multi-line cell
   *     shifts the two apart), {@code entry 3 (line 40)} of a JSON array
   */
  public record LearnerReject(String file, long line, String reason, String entry) {}

  /** Why an entry is a duplicate. */
  public enum Match {
    /** The same learner id as an earlier entry. */
    SAME_ID,
    /** The same CV text (blanks aside) and target role as an earlier entry. */
    SAME_CONTENT
  }

  /**
   * An entry that repeats an earlier learner; the first is kept.
   *
   * @param file the file
   * @param line the 1-based line it starts on
   * @param entry where it is (see {@link LearnerReject#entry()})
   * @param learnerId its id (given, or derived like the first's)
   * @param duplicateOf the id of the learner kept
   * @param match why it is one
   */
  public record LearnerDuplicate(String file, long line, String entry, String learnerId, String duplicateOf,
      Match match) {}

  /** Something about a learner worth telling the user, who was read all the same. */
  public enum Warning {
    /** No target role: the learner's skills are measured, but there is nothing to compare them with. */
    NO_TARGET_ROLE,
    /** The CV file named is not there. */
    CV_FILE_MISSING,
    /** The CV file was not plain UTF-8. */
    CV_ENCODING,
    /** Mojibake was repaired. */
    MOJIBAKE_REPAIRED,
    /** Text still looks garbled by a wrong decoding where it could not be repaired. */
    MOJIBAKE_LEFT,
    /** The id was an e-mail address or phone number, or held the learner's name, and was replaced ({@link IdOrigin#PSEUDONYMISED}). */
    ID_PSEUDONYMISED
  }

  /**
   * A warning about one learner.
   *
   * @param file the file
   * @param entry where the learner is (see {@link LearnerReject#entry()})
   * @param learnerId the learner
   * @param kind what
   * @param message for people, naming no personal data
   */
  public record LearnerWarning(String file, String entry, String learnerId, Warning kind, String message) {}

  /**
   * What a read gave.
   *
   * @param file the file read
   * @param format {@code csv}, {@code jsonl} or {@code json}
   * @param encoding how the file was decoded ({@link TextDecoding.Decoded#encoding()})
   * @param columns for a CSV, which columns fill which field (for {@code describe()}); null for JSON
   * @param learners the learners, in file order
   * @param rejects entries that were not learners
   * @param duplicates entries repeating an earlier learner
   * @param warnings what is worth telling about learners that were read
   * @param read non-blank entries read; read = learners + duplicates + rejects
   */
  public record Result(String file, String format, String encoding, CsvColumns columns, List<LearnerProfile> learners,
      List<LearnerReject> rejects, List<LearnerDuplicate> duplicates, List<LearnerWarning> warnings, int read) {
    public Result {
      learners = List.copyOf(learners);
      rejects = List.copyOf(rejects);
      duplicates = List.copyOf(duplicates);
      warnings = List.copyOf(warnings);
    }

    /** How many learners have at least one warning. */
    public int warned() {
      return (int) warnings.stream().map(LearnerWarning::learnerId).distinct().count();
    }

    /** The warnings of one kind. */
    public List<LearnerWarning> warnings(Warning kind) {
      return warnings.stream().filter(w -> w.kind() == kind).toList();
    }

    /** How many learners got their id from {@code origin}. */
    public int ids(IdOrigin origin) {
      return (int) learners.stream().filter(l -> l.idOrigin() == origin).count();
    }
  }

  private final InputLimits limits;
  private final ObjectMapper json;

  /** A reader within {@link InputLimits#DEFAULTS}. */
  public LearnerReader() {
    this(InputLimits.DEFAULTS);
  }

  /** A reader within {@code limits}. */
  public LearnerReader(InputLimits limits) {
    this.limits = java.util.Objects.requireNonNull(limits, "limits");
    this.json = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
        .streamReadConstraints(limits.jsonConstraints()).build());
  }

  /** Reads {@code file}, recognising a CSV's columns from its header; see {@link #read(Path, ColumnMapping)}. */
  public Result read(Path file) throws IOException {
    try {
      return read(file, ColumnMapping.NONE);
    } catch (ColumnMappingException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Whether a file of this name is, by its extension, a learners file: {@code .csv}, {@code .tsv},
   * {@code .jsonl}, {@code .ndjson} or {@code .json}, each also {@code .gz}; a folder walk takes
   * these (a file named directly is read whatever its name).
   */
  public static boolean reads(String fileName) {
    String n = plainName(fileName);
    return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".jsonl") || n.endsWith(".ndjson")
        || n.endsWith(".json");
  }

  /** The lower-case file name without a {@code .gz} ending. */
  private static String plainName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
  }

  /**
   * Reads {@code file}: by its extension ({@code .gz} aside), {@code .csv} or {@code .tsv} as a
   * table whose columns {@code columns} maps (fields it does not name are recognised from the
   * header), {@code .jsonl} or {@code .ndjson} as JSON Lines, {@code .json} as a JSON array or JSON
   * Lines; any other name by its first character ({@code [} or <code>{</code> is JSON).
   *
   * @throws ColumnMappingException when {@code columns} names a field or column the file lacks, or
   *     a CSV has no column for any of cv, cv_file, skills and badges
   * @throws IllegalArgumentException when {@code columns} names columns for a JSON file
   * @throws IOException when the file cannot be read, is empty, is larger than {@link
   *     InputLimits#maxFileBytes()} once gunzipped, or is a JSON array that breaks off or nests too deep
   */
  public Result read(Path file, ColumnMapping columns) throws IOException, ColumnMappingException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    String name = plainName(file.getFileName().toString());
    // JSON Lines are cut as they stream, so that an endless line is never held; a CSV's rows are cut by CsvReader
    boolean lines = name.endsWith(".jsonl") || name.endsWith(".ndjson");
    BoundedInput.Read read = BoundedInput.read(file.toString(), Files.newInputStream(file), limits, lines);
    if (read.problem() != null) {
      throw new IOException(file + ": " + read.problem());
    }
    TextDecoding.Decoded decoded = TextDecoding.decode(read.bytes());
    String text = decoded.text();
    boolean csv = name.endsWith(".csv") || name.endsWith(".tsv");
    boolean json = reads(name) && !csv;
    if (!csv && !json) {
      String start = text.stripLeading();
      json = start.startsWith("{") || start.startsWith("[");
    }
    Entries out = new Entries(file, decoded.encoding(), limits);
    if (!json) {
      readCsv(text, name.endsWith(".tsv") ? '\t' : CsvDialect.delimiter(text), columns, out);
    } else {
      if (!columns.isEmpty()) {
        throw new IllegalArgumentException(columns.origin() + ": a column mapping is for CSV and TSV files; "
            + file + " is JSON, whose fields are learnerId, name, targetRole, cvFile, declaredSkills, badges and language");
      }
      if (text.stripLeading().startsWith("[")) {
        readJsonArray(text, out);
      } else if (text.stripLeading().startsWith("{") && !firstLineIsJson(text)) {
        readJsonArray("[" + text + "]", out); // one pretty-printed learner: an array of one, lines unchanged
      } else {
        readJsonLines(text, read.longLines(), out);
      }
    }
    return out.result();
  }

  // ---- formats: each turns its entries into Raw learners for Entries.accept

  /** One entry as the file gives it, before any checking. */
  private record Raw(long line, String entry, String id, String name, String target, String cv, String cvFile,
      List<String> skills, List<String> badges, String language) {}

  private void readCsv(String text, char delimiter, ColumnMapping mapping, Entries out)
      throws IOException, ColumnMappingException {
    out.format = "csv";
    try (CsvReader csv = new CsvReader(new StringReader(text), delimiter, limits)) {
      long row = 1; // records as a spreadsheet numbers its rows, blank ones too
      CsvReader.Row header = csv.next();
      while (header != null && blank(header) && header.limit() == null) {
        header = csv.next();
        row++;
      }
      if (header == null) {
        throw new IOException(out.file + ": empty file, expected a header row");
      }
      if (header.limit() != null) {
        throw new IOException(out.file + ": the header row (line " + header.line() + "): " + header.limit());
      }
      for (String cell : header.fields()) {
        if (cell.length() > MAX_HEADER || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
          // no cell is quoted: a first row of data holds someone's CV
          throw new IOException(out.file + ": the first row is not a header (a cell of " + cell.length()
              + " characters" + (cell.strip().contains("\n") ? " over several lines" : "") + "); a learners CSV needs"
              + " a header row naming its columns");
        }
      }
      CsvColumns columns;
      try {
        columns = mapping.resolve(CSV_SCHEMA, header.fields());
      } catch (ColumnMappingException e) {
        throw new ColumnMappingException(out.file + ": " + e.getMessage());
      }
      if (!columns.has("cv") && !columns.has("cv_file") && !columns.has("skills") && !columns.has("badges")) {
        throw new ColumnMappingException(out.file + ": no column gives a CV, CV file, skills or badges (header "
            + header.fields() + "); name the CV column, e.g. cv=\"" + header.get(header.size() - 1) + "\"");
      }
      out.columns = columns;
      for (CsvReader.Row r = csv.next(); r != null; r = csv.next()) {
        row++;
        if (blank(r) && r.limit() == null) {
          continue;
        }
        String entry = r.line() == row ? "row " + row : "row " + row + " (line " + r.line() + ")";
        if (r.limit() != null) {
          out.read++;
          out.reject(r.line(), entry, r.limit());
          continue;
        }
        if (r.unterminatedQuote()) {
          out.read++;
          out.reject(r.line(), entry, "a quoted cell opens here and never closes, so the rest of the file is one cell");
          continue;
        }
        List<String> f = r.fields();
        out.accept(new Raw(r.line(), entry, columns.get(f, "id"), columns.get(f, "name"), columns.get(f, "target"),
            columns.get(f, "cv"), columns.get(f, "cv_file"), split(columns.get(f, "skills"), true),
            // contact details out before the cell is cut at blanks, which would cut a phone number into pieces
            split(PersonalData.redactContacts(columns.get(f, "badges")).text(), false), columns.get(f, "language")));
      }
    }
  }

  /** Whether the first non-blank line is a whole JSON value, as in JSON Lines (a pretty-printed object's is not). */
  private boolean firstLineIsJson(String text) {
    for (String line : text.split("\r?\n|\r")) {
      if (!line.isBlank()) {
        try {
          json.readTree(line);
          return true;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
          return true; // a whole value on the line, beyond a limit: JSON Lines, whose line is rejected
        } catch (JacksonException e) {
          return false;
        }
      }
    }
    return true;
  }

  private void readJsonLines(String text, List<BoundedInput.LongLine> longLines, Entries out) {
    out.format = "jsonl";
    String[] lines = text.split("\r?\n|\r", -1);
    java.util.Map<Long, BoundedInput.LongLine> cut = new java.util.HashMap<>();
    longLines.forEach(l -> cut.put(l.line(), l));
    for (int i = 0; i < lines.length; i++) {
      BoundedInput.LongLine l = cut.get((long) i + 1);
      if (l != null) {
        out.read++;
        out.reject(i + 1, "line " + (i + 1), limits.recordTooLong("line", l.bytes(), "bytes"));
        continue;
      }
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = json.readTree(lines[i]);
      } catch (JacksonException e) {
        out.read++;
        out.reject(i + 1, "line " + (i + 1), notJson(e));
        continue;
      }
      out.acceptJson(n, i + 1, "line " + (i + 1));
    }
  }

  private void readJsonArray(String text, Entries out) throws IOException {
    out.format = "json";
    try (JsonParser p = json.getFactory().createParser(text)) {
      p.nextToken();
      int k = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          throw new IOException(out.file + ": the JSON array is not closed");
        }
        k++;
        long line = p.currentTokenLocation().getLineNr();
        JsonNode n = json.readTree(p);
        out.acceptJson(n, line, "entry " + k + " (line " + line + ")");
      }
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      throw new IOException(out.file + ": " + notJson(e) + (at == null ? "" : " (line " + at.getLineNr() + ")"), e);
    }
  }

  /**
   * Why a text is not JSON, without the parser's message: Jackson quotes the offending token, which
   * can be a piece of someone's CV or name.
   */
  private String notJson(JacksonException e) {
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException c) {
      return limits.jsonLimit(c);
    }
    JsonLocation at = e.getLocation();
    return "not valid JSON" + (at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr());
  }

  private static boolean blank(CsvReader.Row r) {
    return r.fields().stream().allMatch(String::isBlank);
  }

  /**
   * The items of a list cell: split on {@code |}, {@code ;} and line breaks, and on commas outside
   * brackets ("Microsoft Office (Word, Excel)" is one skill); badge ids on blanks too.
   */
  static List<String> split(String cell, boolean skills) {
    List<String> out = new ArrayList<>();
    if (cell == null || cell.isBlank()) {
      return out;
    }
    StringBuilder item = new StringBuilder();
    int depth = 0;
    for (int i = 0; i <= cell.length(); i++) {
      char c = i < cell.length() ? cell.charAt(i) : '\n';
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
      boolean cut = c == '|' || c == ';' || c == '\n' || c == '\r' || c == ',' && depth == 0
          || !skills && Character.isWhitespace(c);
      if (cut) {
        if (!item.toString().isBlank()) {
          out.add(item.toString().strip());
        }
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    return out;
  }

  // ---- what every format shares: CV, repair, redaction, id, duplicates, rejects

  /** The entries of one file as they are accepted. */
  private static final class Entries {
    final Path file;
    final Path dir;
    final String encoding;
    final InputLimits limits;
    String format;
    CsvColumns columns;
    int read;
    final List<LearnerProfile> learners = new ArrayList<>();
    final List<LearnerReject> rejects = new ArrayList<>();
    final List<LearnerDuplicate> duplicates = new ArrayList<>();
    final List<LearnerWarning> warnings = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    final Map<String, String> byContent = new HashMap<>();

    Entries(Path file, String encoding, InputLimits limits) {
      this.file = file;
      this.dir = file.toAbsolutePath().normalize().getParent();
      this.encoding = encoding;
      this.limits = limits;
    }

    Result result() {
      return new Result(file.toString(), format, encoding, columns, learners, rejects, duplicates, warnings, read);
    }

    void reject(long line, String entry, String reason) {
      rejects.add(new LearnerReject(file.toString(), line, reason, entry));
    }

    void acceptJson(JsonNode n, long line, String entry) {
      if (!n.isObject()) {
        read++;
        reject(line, entry, "not a JSON object");
        return;
      }
      accept(new Raw(line, entry, text(n, "learnerId"), text(n, "name"), text(n, "targetRole"), null,
          text(n, "cvFile"), strings(n, "declaredSkills"), strings(n, "badges"), text(n, "language")));
    }

    void accept(Raw raw) {
      read++;
      List<Issue> issues = new ArrayList<>();
      String cv = raw.cv() == null || raw.cv().isBlank() ? null : raw.cv();
      boolean cvFileMissing = false;
      if (cv == null && raw.cvFile() != null && !raw.cvFile().isBlank()) {
        // the CV file's name is left out of every note: people name their CV after themselves
        Path p = dir.resolve(raw.cvFile().strip()).normalize();
        String refused = refusedCvFile(p, dir);
        if (refused != null) {
          cvFileMissing = true;
          issues.add(new Issue(Warning.CV_FILE_MISSING, refused + "; skills come from declared skills and badges only"));
        } else {
          try {
            BoundedInput.Read cvFile = BoundedInput.read(p.toString(), Files.newInputStream(p),
                new InputLimits(limits.maxRecordBytes(), limits.maxRecordBytes(), limits.maxJsonDepth(),
                    limits.maxCsvColumns()), false);
            if (cvFile.problem() != null) {
              cvFileMissing = true;
              issues.add(new Issue(Warning.CV_FILE_MISSING, "CV file not read: " + cvFile.problem().replace(
                  "the most one input file may hold", "the most a CV may hold").replace("; split it into smaller files",
                  "") + "; skills come from declared skills and badges only"));
            } else {
              TextDecoding.Decoded d = TextDecoding.decode(cvFile.bytes());
              cv = d.text().isBlank() ? null : d.text();
              if (d.unusual()) {
                issues.add(new Issue(Warning.CV_ENCODING, "CV file read as " + d.encoding()));
              }
            }
          } catch (IOException e) {
            cvFileMissing = true;
            issues.add(new Issue(Warning.CV_FILE_MISSING, (Files.exists(p) ? "CV file could not be read"
                : "CV file not found") + "; skills come from declared skills and badges only"));
          }
        }
      }
      int[] mojibake = new int[2];
      // the learner's own name goes from every text kept, as contact details do
      String name = nz(raw.name()).strip();
      cv = PersonalData.redactName(clean(cv, mojibake), name);
      // an occupation's URI or code is kept whole: as a link or digits it would read as contact details
      String target = RoleResolver.isOccupationId(raw.target()) ? raw.target().strip()
          : PersonalData.redactName(clean(nz(raw.target()), mojibake), name).strip();
      List<String> skills = new ArrayList<>();
      raw.skills().forEach(s -> skills.add(PersonalData.redactName(clean(s, mojibake), name)));
      skills.removeIf(s -> s.strip().equals(PersonalData.MARK));
      if (mojibake[0] > 0) {
        issues.add(new Issue(Warning.MOJIBAKE_REPAIRED, mojibake[0] + " character" + (mojibake[0] == 1 ? "" : "s")
            + " garbled by an earlier wrong decoding (such as \u201c\u00c3\u00a9\u201d for \u201c\u00e9\u201d)"
            + " repaired"));
      }
      if (mojibake[1] > 0) {
        issues.add(new Issue(Warning.MOJIBAKE_LEFT, mojibake[1] + " place" + (mojibake[1] == 1 ? "" : "s")
            + " in the text look garbled by a wrong decoding and could not be repaired"));
      }
      List<String> badges = new ArrayList<>();
      // badge ids are links more often than not, so only one holding contact details is redacted
      raw.badges().forEach(b -> badges.add(PersonalData.redactName(PersonalData.contains(b) ? PersonalData.redact(b).text()
          : b, name)));
      if (cv == null && skills.isEmpty() && badges.isEmpty()) {
        reject(raw.line(), raw.entry(), (cvFileMissing ? "CV file not found, and no" : "no") + " CV text, declared"
            + " skills or badges: nothing to measure the learner's skills from");
        return;
      }
      String given = nz(raw.id()).strip();
      IdOrigin origin = given.isEmpty() ? IdOrigin.DERIVED
          : PersonalData.contains(given) || PersonalData.containsName(given, name) ? IdOrigin.PSEUDONYMISED
          : IdOrigin.GIVEN;
      String id = switch (origin) {
        case GIVEN -> given;
        case PSEUDONYMISED -> ID_PREFIX + hash(given);
        case DERIVED -> ID_PREFIX + hash(String.join("\u0000", blanks(cv), target.toLowerCase(Locale.ROOT),
            String.join("|", skills), String.join("|", badges)));
      };
      String content = cv == null ? null : hash(blanks(cv) + "\u0000" + target.toLowerCase(Locale.ROOT));
      if (!ids.add(id)) {
        duplicates.add(new LearnerDuplicate(file.toString(), raw.line(), raw.entry(), id, id,
            origin == IdOrigin.DERIVED ? Match.SAME_CONTENT : Match.SAME_ID));
        return;
      }
      if (content != null && byContent.containsKey(content)) {
        ids.remove(id);
        duplicates.add(new LearnerDuplicate(file.toString(), raw.line(), raw.entry(), id, byContent.get(content),
            Match.SAME_CONTENT));
        return;
      }
      if (content != null) {
        byContent.put(content, id);
      }
      if (origin == IdOrigin.PSEUDONYMISED) {
        issues.add(new Issue(Warning.ID_PSEUDONYMISED, (PersonalData.contains(given) ? "the learner id was an e-mail"
            + " address or phone number; " : "the learner id held the learner's name; ") + id + " stands for it"));
      }
      List<String> notes = new ArrayList<>();
      issues.forEach(i -> notes.add(i.message()));
      if (target.isEmpty()) {
        // not a note: the recommender's own note says so on the learner's page
        issues.add(new Issue(Warning.NO_TARGET_ROLE, "no target role: skills are measured, but there is no gap"));
      }
      issues.forEach(i -> warnings.add(new LearnerWarning(file.toString(), raw.entry(), id, i.kind(), i.message())));
      learners.add(new LearnerProfile(id, nz(raw.name()).strip(), target, cv, skills, badges, notes, origin,
          LanguageCodes.of(raw.language())));
    }
  }

  /**
   * Why the CV file {@code p} (resolved and normalised) is not read, or null when it may be: it
   * must lie in the learners file's folder or below ({@code ../} cannot reach other files) and be a
   * regular file (a named pipe or device would never end). Messages name no file: people name their
   * CV after themselves.
   */
  private static String refusedCvFile(Path p, Path dir) {
    if (!p.startsWith(dir)) {
      return "CV file not read: it is outside the learners file's folder";
    }
    if (Files.exists(p) && !Files.isRegularFile(p)) {
      return "CV file not read: not a regular file";
    }
    return null;
  }

  /** A warning as it is found, before the learner's id is known. */
  private record Issue(Warning kind, String message) {}

  /** Mojibake repaired (counts added to {@code counts}: repaired, left), then contact details removed. */
  private static String clean(String text, int[] counts) {
    if (text == null) {
      return null;
    }
    Mojibake.Repair r = Mojibake.repair(text);
    counts[0] += r.repaired();
    counts[1] += r.unrepaired();
    return PersonalData.redact(r.text()).text();
  }

  /** Runs of blanks as one space: the same CV exported twice differs in line ends and trailing spaces. */
  private static String blanks(String s) {
    return s == null ? "" : String.join(" ", s.strip().split("\\s+"));
  }

  static String hash(String s) {
    return Sha256.hex(s).substring(0, ID_HEX);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText().trim();
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.get(field);
    if (v != null && v.isArray()) {
      v.forEach(x -> {
        if (x.isTextual() && !x.asText().isBlank()) {
          out.add(x.asText().trim());
        }
      });
    }
    return out;
  }
}
