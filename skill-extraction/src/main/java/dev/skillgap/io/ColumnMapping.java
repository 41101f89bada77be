package dev.skillgap.io;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which of a user's CSV columns fill which field, as the user named them once: {@code
 * id=job_id,title="Job Title",text=Responsibilities+"Minimum Qualifications"}. A field may take
 * several columns ({@code +}); a column name with a comma, plus, equals sign or quote is written in
 * double quotes ({@code ""} for a quote); {@code field=} says the file has no column for it. Fields
 * the mapping does not name are found by the header names their {@link CsvField} recognises, so
 * that most files need no mapping at all. Immutable and serializable.
 */
public final class ColumnMapping implements Serializable {

  private static final long serialVersionUID = 1L;

  /** No field named: every field is recognised from the header. */
  public static final ColumnMapping NONE = new ColumnMapping(Map.of(), "");

  private final Map<String, List<String>> named;
  private final String origin;

  private ColumnMapping(Map<String, List<String>> named, String origin) {
    LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
    named.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.named = Collections.unmodifiableMap(copy);
    this.origin = origin;
  }

  /**
   * Parses {@code spec}: entries {@code field=column[+column...]} separated by commas or line
   * breaks; lines starting with {@code #} are comments.
   *
   * @throws IllegalArgumentException naming the entry and what is wrong with it
   */
  public static ColumnMapping parse(String spec) {
    return parse(spec, "--columns");
  }

  /**
   * The mapping in {@code file}: one or more {@code field=column[+column...]} entries per line, as
   * in {@link #parse(String)}.
   *
   * @throws IllegalArgumentException naming the file and the bad entry
   */
  public static ColumnMapping read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * A mapping from a command-line value: the spec itself when it holds {@code =}, otherwise the
   * name of a mapping file.
   */
  public static ColumnMapping fromOption(String value) throws IOException {
    if (value.indexOf('=') >= 0) {
      return parse(value);
    }
    Path p = Path.of(value);
    if (!Files.isRegularFile(p)) {
      throw new java.nio.file.NoSuchFileException(value, null,
          "--columns takes field=column entries, or a mapping file of them");
    }
    return read(p);
  }

  private static ColumnMapping parse(String spec, String origin) {
    Objects.requireNonNull(spec, "spec");
    Map<String, List<String>> out = new LinkedHashMap<>();
    String text = spec.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder clean = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!line.strip().startsWith("#")) {
        clean.append(line).append('\n');
      }
    }
    int i = 0;
    String s = clean.toString();
    while (i < s.length()) {
      // one entry: field = column (+ column)*
      int eq = s.indexOf('=', i);
      int stop = nextSeparator(s, i);
      if (eq < 0 || eq > stop) {
        String bad = s.substring(i, stop).strip();
        if (!bad.isEmpty()) {
          throw new IllegalArgumentException(origin + ": '" + bad + "' is not field=column (e.g. title=\"Job Title\")");
        }
        i = stop + 1;
        continue;
      }
      String field = s.substring(i, eq).strip().toLowerCase(Locale.ROOT);
      if (field.isEmpty() || !field.matches("[a-z][a-z0-9_]*")) {
        throw new IllegalArgumentException(origin + ": '" + s.substring(i, eq).strip() + "' is not a field name");
      }
      List<String> columns = new ArrayList<>();
      int j = eq + 1;
      while (true) {
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
          j++;
        }
        if (j < s.length() && s.charAt(j) == '"') {
          StringBuilder col = new StringBuilder();
          j++;
          boolean closed = false;
          while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '"') {
              if (j + 1 < s.length() && s.charAt(j + 1) == '"') {
                col.append('"');
                j += 2;
                continue;
              }
              closed = true;
              j++;
              break;
            }
            col.append(c);
            j++;
          }
          if (!closed) {
            throw new IllegalArgumentException(origin + ": the quote opened for " + field + " never closes");
          }
          columns.add(col.toString());
          while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
          }
        } else {
          int k = j;
          while (k < s.length() && "+,\n\"=".indexOf(s.charAt(k)) < 0) {
            k++;
          }
          if (k < s.length() && (s.charAt(k) == '"' || s.charAt(k) == '=')) {
            throw new IllegalArgumentException(origin + ": in " + field + "=..., put a column name holding "
                + s.charAt(k) + " in double quotes");
          }
          String col = s.substring(j, k).strip();
          if (!col.isEmpty()) {
            columns.add(col);
          } else if (k < s.length() && s.charAt(k) == '+') {
            throw new IllegalArgumentException(origin + ": " + field + "=... has an empty column name before '+'");
          }
          j = k;
        }
        if (j < s.length() && s.charAt(j) == '+') {
          j++;
          continue;
        }
        break;
      }
      if (j < s.length() && s.charAt(j) != ',' && s.charAt(j) != '\n') {
        throw new IllegalArgumentException(origin + ": unexpected '" + s.charAt(j) + "' after " + field + "=...");
      }
      if (out.put(field, columns) != null) {
        throw new IllegalArgumentException(origin + ": field " + field + " is named twice");
      }
      i = j + 1;
    }
    return new ColumnMapping(out, origin);
  }

  private static int nextSeparator(String s, int from) {
    for (int k = from; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == ',' || c == '\n') {
        return k;
      }
      if (c == '=' || c == '"') {
        return s.length();
      }
    }
    return s.length();
  }

  /** The fields the user named, in the order named, each with its columns (empty: no column). */
  public Map<String, List<String>> named() {
    return named;
  }

  /** Whether no field is named. */
  public boolean isEmpty() {
    return named.isEmpty();
  }

  /** Where the mapping came from: {@code --columns}, a mapping file, or empty for {@link #NONE}. */
  public String origin() {
    return origin;
  }

  /**
   * Checks that every named field belongs to {@code schema}.
   *
   * @throws IllegalArgumentException naming the unknown field and the schema's fields
   */
  public ColumnMapping validate(CsvSchema schema) {
    for (String f : named.keySet()) {
      if (schema.field(f).isEmpty()) {
        throw new IllegalArgumentException(origin + ": unknown field '" + f + "' for " + schema.kind() + "; its fields are "
            + String.join(", ", schema.names()));
      }
    }
    return this;
  }

  /**
   * The columns of {@code header} that fill each field of {@code schema}: those named here, then
   * for the other fields the header names they recognise.
   *
   * @throws ColumnMappingException when a named field is not in the schema or a named column is not
   *     in the header
   */
  public CsvColumns resolve(CsvSchema schema, List<String> header) throws ColumnMappingException {
    try {
      validate(schema);
    } catch (IllegalArgumentException e) {
      throw new ColumnMappingException(e.getMessage());
    }
    Map<String, List<Integer>> columns = new LinkedHashMap<>();
    Map<String, CsvColumns.Origin> how = new LinkedHashMap<>();
    Set<Integer> claimed = new HashSet<>();
    for (Map.Entry<String, List<String>> e : named.entrySet()) {
      List<Integer> idx = new ArrayList<>();
      for (String col : e.getValue()) {
        int i = find(header, col);
        if (i < 0) {
          throw new ColumnMappingException("column \"" + col + "\" named for " + e.getKey() + " is not in the header ("
              + quoted(header) + ")");
        }
        idx.add(i);
      }
      columns.put(e.getKey(), idx);
      how.put(e.getKey(), CsvColumns.Origin.NAMED);
      claimed.addAll(idx);
    }
    List<String> keys = new ArrayList<>();
    header.forEach(h -> keys.add(headerKey(h)));
    for (CsvField f : schema.fields()) {
      if (columns.containsKey(f.name())) {
        continue;
      }
      List<Integer> idx = new ArrayList<>();
      if (f.gathers()) {
        Set<String> syn = new HashSet<>();
        f.synonyms().forEach(x -> syn.add(headerKey(x)));
        for (int i = 0; i < keys.size(); i++) {
          if (!claimed.contains(i) && (syn.contains(keys.get(i)) || endsWithLong(header.get(i), keys.get(i), syn))) {
            idx.add(i);
          }
        }
      } else {
        for (String syn : f.synonyms()) {
          int i = keys.indexOf(headerKey(syn));
          if (i >= 0 && !claimed.contains(i)) {
            idx.add(i);
            break;
          }
        }
      }
      if (!idx.isEmpty()) {
        columns.put(f.name(), idx);
        how.put(f.name(), CsvColumns.Origin.RECOGNISED);
        claimed.addAll(idx);
      }
    }
    return new CsvColumns(schema, header, columns, how);
  }

  /**
   * Whether a header ends with a long synonym ({@code "Full Description"}, {@code "Key
   * Responsibilities"}): a text column is often named by what kind of text it is. Short synonyms
   * ("text", "skills") and nested JSON keys ({@code hiringOrganization.description}, which describes
   * the employer) must match whole.
   */
  private static boolean endsWithLong(String header, String key, Set<String> synonyms) {
    if (header.indexOf('.') >= 0) {
      return false;
    }
    for (String s : synonyms) {
      if (s.length() >= MIN_SUFFIX && key.length() > s.length() && key.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /** The shortest synonym a header may end with: "description" and "requirements" are long enough, "skills" is not. */
  static final int MIN_SUFFIX = 8;

  /** The index of column {@code name} in {@code header}: same text ignoring case and surrounding blanks, else same {@link #headerKey}. */
  private static int find(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
        return i;
      }
    }
    String key = headerKey(name);
    for (int i = 0; i < header.size(); i++) {
      if (!key.isEmpty() && headerKey(header.get(i)).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** A header name compared loosely: accents, case, spaces and punctuation ignored ({@code "Job Title"} = {@code job_title}). */
  public static String headerKey(String name) {
    String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  static String quoted(List<String> header) {
    List<String> q = new ArrayList<>();
    header.forEach(h -> q.add("\"" + h + "\""));
    return String.join(", ", q);
  }

  /** The mapping as it would be written: {@code id=job_id,title="Job Title"}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    named.forEach((f, cols) -> {
      List<String> c = new ArrayList<>();
      cols.forEach(x -> c.add(CsvColumns.columnLabel(x)));
      parts.add(f + "=" + String.join("+", c));
    });
    return String.join(",", parts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnMapping m && m.named.equals(named);
  }

  @Override
  public int hashCode() {
    return named.hashCode();
  }
}
