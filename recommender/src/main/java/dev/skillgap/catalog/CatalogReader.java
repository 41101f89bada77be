package dev.skillgap.catalog;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.catalog.quantity.IsoDuration;
import dev.skillgap.io.CsvReader;
import dev.skillgap.io.TextFiles;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads micro-credential catalogues into a {@link Catalog}: every valid entry becomes a {@link
 * Credential}, every invalid one a {@link CatalogReject}, and reading carries on. Thread-safe: one
 * reader may serve several threads.
 *
 * <p><b>Files.</b> A path is a file or a folder, walked recursively in path order (hidden files and
 * files of other extensions in folders are skipped). {@code *.json} and {@code *.jsonld} (optionally
 * {@code .gz}) are recognised by their content: an Open Badges 3.0 {@code Achievement}, an {@code
 * OpenBadgeCredential}/{@code AchievementCredential} with an embedded achievement, an Open Badges 2.0
 * {@code BadgeClass} (or an {@code Assertion} with an embedded one), or CTDL ({@code ceterms:} types,
 * alone or in a {@code @graph}; other graph nodes such as organisations are context, not entries).
 * A top-level JSON array is a list of entries. {@code *.csv} is the catalogue CSV of FORMATS.md, and
 * each data row is an entry.
 *
 * <p><b>Counting.</b> For each file, entries read = credentials loaded + duplicates + rejects. A file
 * that cannot be parsed at all (bad JSON, bad UTF-8, a CSV without the required columns, a {@code
 * @graph} with no entry) counts as one entry, rejected. The same credential id read twice keeps the
 * first (in reading order) and records a {@link CatalogDuplicate}; invalid entries are rejects even
 * when their id is a duplicate.
 *
 * <p><b>Rejects</b>, each reason starting with one of: {@code not valid JSON}, {@code not valid
 * UTF-8}, {@code not a catalogue CSV}, {@code bad CSV row}, {@code wrong type}, {@code missing id},
 * {@code missing name}, {@code hours not a number}, {@code negative hours}, {@code cost not a number},
 * {@code negative cost}, {@code no usable skill}. Checks run in that order and the first failure
 * wins.
 *
 * <p><b>Skills.</b> An alignment to a skill URI must name a taxonomy concept; an O*NET alignment
 * (framework "O*NET", or a bare name in the CSV) is mapped by name through {@link
 * Concept#onetNames()} and then the preferred label. Unknown alignments are dropped with a warning.
 * An entry that has alignments but none of them known is rejected: the publisher claimed skills that
 * we cannot read, and guessing from the text would hide that. Only an entry with no alignment at all
 * gets skills inferred from its title and description by the {@link SkillExtractor}: those scoring at
 * least {@link #INFERRED_MIN_SCORE} (at most {@link #MAX_INFERRED}, best first) are kept with {@code
 * inferred = true} and the score as confidence; if none is found the entry is rejected.
 *
 * <p><b>Hours and cost.</b> Missing hours or cost is not an error: the credential loads with null
 * and a {@link CatalogWarning}. Hours come from {@code estimatedHours} (badges), {@code
 * ceterms:estimatedDuration} (CTDL: an ISO-8601 duration or a DurationProfile; a day is 8 learning
 * hours and a week 5 days; years and months give no hours, with a warning) or the {@code hours}
 * column. Cost comes from {@code cost.amount}/{@code cost.currency}, the {@code cost}/{@code
 * currency} columns, or {@code ceterms:estimatedCost}: the prices of all its CostProfiles are added
 * up (tuition + fees); when they are in several currencies only those in the first one count, with a
 * warning.
 */
public final class CatalogReader {

  /**
   * Inferred skills scoring below this are not kept: scores are calibrated probabilities, and a
   * credential should claim only skills more likely right than wrong.
   */
  public static final double INFERRED_MIN_SCORE = 0.5;
  /** At most this many inferred skills are kept per entry, best first. */
  public static final int MAX_INFERRED = 8;

  /** The columns a catalogue CSV must have (FORMATS.md). */
  public static final List<String> CSV_COLUMNS = List.of("id", "title", "provider", "description", "hours", "cost",
      "currency", "level", "format", "url", "skills");

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Set<String> CTDL_ENTRY_TYPES = Set.of("ceterms:Course", "ceterms:LearningOpportunityProfile",
      "ceterms:LearningOpportunity", "ceterms:LearningProgram", "ceterms:Credential", "ceterms:MicroCredential",
      "ceterms:Badge", "ceterms:DigitalBadge", "ceterms:OpenBadge", "ceterms:Certificate", "ceterms:Certification");

  private final SkillResolver resolver;
  private final SkillExtractor extractor;
  private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * A reader that links alignments to {@code taxonomy} and infers the skills of unaligned entries
   * with {@code extractor}.
   */
  public CatalogReader(Taxonomy taxonomy, SkillExtractor extractor) {
    this.resolver = new SkillResolver(Objects.requireNonNull(taxonomy, "taxonomy"));
    this.extractor = Objects.requireNonNull(extractor, "extractor");
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
    Acc acc = new Acc();
    for (Path f : files(paths)) {
      String kind = kind(f);
      if (kind.equals("csv")) {
        readCsv(f, acc);
      } else {
        readJson(f, acc);
      }
    }
    return new Catalog(acc.credentials, acc.rejects, acc.duplicates, acc.warnings, acc.read);
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

  private static String kind(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".json") || n.endsWith(".jsonld")) {
      return "json";
    }
    return n.endsWith(".csv") ? "csv" : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Accumulator

  /** What one entry yielded before it is accepted: fields, raw alignments and warnings. */
  private static final class Draft {
    final String entry;
    final String sourceFormat;
    String id;
    String title;
    String provider = "";
    String description = "";
    Double hours;
    Double cost;
    String currency = "";
    Level level = Level.UNKNOWN;
    String format = "";
    String url = "";
    final List<Alignment> alignments = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    Draft(String entry, String sourceFormat) {
      this.entry = entry;
      this.sourceFormat = sourceFormat;
    }
  }

  /** One alignment as written: a URI to look up, or an O*NET/free name to map. */
  private record Alignment(String uri, String name, boolean byName) {}

  private final class Acc {
    final List<Credential> credentials = new ArrayList<>();
    final List<CatalogReject> rejects = new ArrayList<>();
    final List<CatalogDuplicate> duplicates = new ArrayList<>();
    final List<CatalogWarning> warnings = new ArrayList<>();
    final Map<String, Integer> read = new LinkedHashMap<>();
    final Map<String, String> firstFile = new HashMap<>();

    void counted(String file) {
      read.merge(file, 1, Integer::sum);
    }

    void reject(String file, String entry, String reason) {
      counted(file);
      rejects.add(new CatalogReject(file, entry, reason));
    }

    /** Finishes and files one entry: loaded, duplicate or rejected (it is counted here). */
    void accept(String file, Draft d) {
      Credential c;
      try {
        c = finish(file, d);
      } catch (EntryRejected e) {
        reject(file, d.entry, e.getMessage());
        return;
      }
      counted(file);
      String first = firstFile.putIfAbsent(c.id(), file);
      if (first != null) {
        duplicates.add(new CatalogDuplicate(file, d.entry, c.id(), first));
        return;
      }
      credentials.add(c);
      for (String w : d.warnings) {
        warnings.add(new CatalogWarning(file, d.entry, w));
      }
    }
  }

  private Credential finish(String file, Draft d) throws EntryRejected {
    Map<String, TaughtSkill> skills = new LinkedHashMap<>();
    if (!d.alignments.isEmpty()) {
      List<String> unknown = new ArrayList<>();
      for (Alignment a : d.alignments) {
        Optional<Concept> c = a.byName() ? resolver.byName(a.name()) : resolver.byUri(a.uri());
        if (c.isPresent()) {
          skills.putIfAbsent(c.get().id(), new TaughtSkill(c.get().id(), c.get().preferredLabel(),
              TaughtSkill.Source.ALIGNED, 1.0, a.name()));
        } else {
          unknown.add(a.byName() ? "O*NET technology '" + a.name() + "'" : a.uri());
        }
      }
      if (skills.isEmpty()) {
        throw new EntryRejected("no usable skill: none of its " + d.alignments.size() + " alignment(s) is a skill of the"
            + " taxonomy (" + String.join(", ", unknown) + ")");
      }
      for (String u : unknown) {
        d.warnings.add("alignment dropped: " + u + " is not a skill of the taxonomy");
      }
    } else {
      for (TaughtSkill s : infer(d.title, d.description)) {
        skills.putIfAbsent(s.conceptId(), s);
      }
      if (skills.isEmpty()) {
        throw new EntryRejected("no usable skill: no alignment, and no skill could be inferred from the title and"
            + " description");
      }
    }
    if (d.hours == null) {
      d.warnings.add(0, "no hours: the entry does not say how many learning hours it takes");
    }
    if (d.cost == null) {
      d.warnings.add(d.hours == null ? 1 : 0, "no cost: the entry does not give a price");
    }
    return new Credential(d.id, d.title, d.provider, d.description, d.hours, d.cost, d.currency, d.level, d.format,
        d.url, List.copyOf(skills.values()), file, d.sourceFormat);
  }

  private List<TaughtSkill> infer(String title, String description) {
    String text = description.isBlank() ? title : title + ".\n" + description;
    List<TaughtSkill> out = new ArrayList<>();
    for (ExtractedSkill s : extractor.extract(text).skills()) {
      if (s.score() >= INFERRED_MIN_SCORE && out.size() < MAX_INFERRED) {
        out.add(new TaughtSkill(s.concept().id(), s.concept().preferredLabel(), TaughtSkill.Source.INFERRED, s.score(), ""));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /** Parses a number; null when absent or blank. */
  private static Double amount(String raw, String quantity, String field) throws EntryRejected {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String v = raw.trim();
    if (!DECIMAL.matcher(v).matches()) {
      throw new EntryRejected(quantity + " not a number: " + field + " is '" + v + "'");
    }
    double d = Double.parseDouble(v);
    return checked(d, quantity, field, v);
  }

  private static Double checked(double d, String quantity, String field, String shown) throws EntryRejected {
    if (!Double.isFinite(d)) {
      throw new EntryRejected(quantity + " not a number: " + field + " is '" + shown + "'");
    }
    if (d < 0) {
      throw new EntryRejected("negative " + quantity + ": " + field + " is " + shown);
    }
    return d;
  }

  private static Double amount(JsonNode n, String quantity, String field) throws EntryRejected {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      return checked(n.doubleValue(), quantity, field, n.asText());
    }
    if (n.isTextual()) {
      return amount(n.asText(), quantity, field);
    }
    throw new EntryRejected(quantity + " not a number: " + field + " is " + n);
  }

  private static String nz(String s) {
    return s == null ? "" : s.trim();
  }

  private static String format(String s) {
    String v = nz(s).toLowerCase(Locale.ROOT);
    if (v.contains("blend") || v.contains("hybrid")) {
      return "blended";
    }
    if (v.contains("online") || v.contains("remote") || v.contains("distance")) {
      return "online";
    }
    if (v.contains("person") || v.contains("classroom") || v.contains("onsite") || v.contains("on-site")) {
      return "in-person";
    }
    return v;
  }

  // ---------------------------------------------------------------------------------------------
  // CSV

  private void readCsv(Path f, Acc acc) throws IOException {
    String file = f.toString();
    acc.read.putIfAbsent(file, 0);
    int row = 0;
    try (Reader r = TextFiles.openUtf8(f); CsvReader csv = new CsvReader(r)) {
      CsvReader.Row header = csv.next();
      if (header == null) {
        acc.reject(file, "header", "not a catalogue CSV: the file is empty, expected a header row");
        return;
      }
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        col.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
      }
      List<String> missing = CSV_COLUMNS.stream().filter(c -> !col.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        acc.reject(file, "header", "not a catalogue CSV: missing column(s) " + missing + " (header has "
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
            acc.reject(file, entry, "bad CSV row: a quoted field starting on line " + rec.line() + " is never closed");
          } else if (rec.size() != header.size()) {
            acc.reject(file, entry, "bad CSV row: line " + rec.line() + " has " + rec.size() + " fields, the header "
                + header.size());
          } else {
            try {
              acc.accept(file, csvDraft(entry, rec, col));
            } catch (EntryRejected e) {
              acc.reject(file, entry, e.getMessage());
            }
          }
        }
      } catch (CharacterCodingException e) {
        acc.reject(file, "row " + (row + 1), "not valid UTF-8: bytes after data row " + row + " are not UTF-8;"
            + " the rest of the file is skipped");
      }
    } catch (CharacterCodingException e) {
      acc.reject(file, "header", "not valid UTF-8: the header row is not UTF-8");
    }
  }

  private Draft csvDraft(String entry, CsvReader.Row rec, Map<String, Integer> col) throws EntryRejected {
    Draft d = new Draft(entry, "csv");
    d.id = nz(rec.get(col.get("id")));
    if (d.id.isEmpty()) {
      throw new EntryRejected("missing id: the id column is empty");
    }
    d.title = nz(rec.get(col.get("title")));
    if (d.title.isEmpty()) {
      throw new EntryRejected("missing name: the title column is empty");
    }
    d.provider = nz(rec.get(col.get("provider")));
    d.description = nz(rec.get(col.get("description")));
    d.hours = amount(rec.get(col.get("hours")), "hours", "the hours column");
    d.cost = amount(rec.get(col.get("cost")), "cost", "the cost column");
    d.currency = nz(rec.get(col.get("currency"))).toUpperCase(Locale.ROOT);
    d.level = Level.parse(rec.get(col.get("level")));
    d.format = format(rec.get(col.get("format")));
    d.url = nz(rec.get(col.get("url")));
    for (String s : rec.get(col.get("skills")).split("\\|")) {
      String v = s.trim();
      if (!v.isEmpty()) {
        boolean uri = v.startsWith("http://") || v.startsWith("https://") || v.startsWith(Concept.ONET_TECH_PREFIX);
        d.alignments.add(new Alignment(uri ? v : null, uri ? null : v, !uri));
      }
    }
    return d;
  }

  // ---------------------------------------------------------------------------------------------
  // JSON: Open Badges 3.0 / 2.0 and CTDL

  private void readJson(Path f, Acc acc) throws IOException {
    String file = f.toString();
    String name = f.getFileName().toString();
    acc.read.putIfAbsent(file, 0);
    JsonNode root;
    try (Reader r = TextFiles.openUtf8(f)) {
      root = json.readTree(r);
    } catch (CharacterCodingException e) {
      acc.reject(file, name, "not valid UTF-8: " + name + " has bytes that are not UTF-8");
      return;
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
      String msg = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[[^]]*\\]\\)", "")
          .replaceAll("\\s+", " ").trim();
      acc.reject(file, name, "not valid JSON: " + name + where + ": " + msg);
      return;
    }
    if (root == null || root.isMissingNode()) {
      acc.reject(file, name, "not valid JSON: " + name + " is empty");
      return;
    }
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        jsonEntry(file, "[" + i + "]", root.get(i), Map.of(), acc);
      }
      if (root.isEmpty()) {
        acc.reject(file, name, "wrong type: " + name + " is an empty JSON array");
      }
      return;
    }
    if (root.has("@graph")) {
      JsonNode graph = root.get("@graph");
      Map<String, JsonNode> byId = new HashMap<>();
      for (JsonNode n : graph) {
        if (n.hasNonNull("@id")) {
          byId.putIfAbsent(n.get("@id").asText(), n);
        }
      }
      int entries = 0;
      for (int i = 0; i < graph.size(); i++) {
        JsonNode n = graph.get(i);
        if (isEntry(n)) {
          entries++;
          jsonEntry(file, "@graph[" + i + "]", n, byId, acc);
        }
      }
      if (entries == 0) {
        acc.reject(file, name, "wrong type: the @graph of " + name + " holds no course, learning opportunity or"
            + " credential");
      }
      return;
    }
    jsonEntry(file, name, root, Map.of(), acc);
  }

  /** True for graph nodes that are catalogue entries (not organisations, profiles and the like). */
  private static boolean isEntry(JsonNode n) {
    for (String t : types(n)) {
      if (ctdlEntryType(t) || t.equals("Achievement") || t.equals("BadgeClass") || t.equals("OpenBadgeCredential")
          || t.equals("AchievementCredential")) {
        return true;
      }
    }
    return false;
  }

  private static boolean ctdlEntryType(String t) {
    return CTDL_ENTRY_TYPES.contains(t) || (t.startsWith("ceterms:")
        && (t.endsWith("Degree") || t.endsWith("Diploma") || t.endsWith("Certificate") || t.endsWith("Doctorate")
        || t.endsWith("Credential")));
  }

  private static List<String> types(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (String key : new String[] {"type", "@type"}) {
      JsonNode t = n.get(key);
      if (t == null) {
        continue;
      }
      if (t.isArray()) {
        t.forEach(x -> out.add(x.asText()));
      } else {
        out.add(t.asText());
      }
    }
    return out;
  }

  private void jsonEntry(String file, String entry, JsonNode n, Map<String, JsonNode> graph, Acc acc) {
    try {
      acc.accept(file, jsonDraft(entry, n, graph));
    } catch (EntryRejected e) {
      acc.reject(file, entry, e.getMessage());
    }
  }

  private Draft jsonDraft(String entry, JsonNode n, Map<String, JsonNode> graph) throws EntryRejected {
    if (!n.isObject()) {
      throw new EntryRejected("wrong type: expected a JSON object, found " + n.getNodeType());
    }
    List<String> types = types(n);
    for (String t : types) {
      if (t.startsWith("ceterms:")) {
        if (types.stream().anyMatch(CatalogReader::ctdlEntryType)) {
          return ctdl(entry, n, graph);
        }
        throw new EntryRejected("wrong type: " + types + " is not a CTDL course, learning opportunity or credential");
      }
    }
    if (types.contains("Achievement")) {
      return ob3(entry, n, null);
    }
    if (types.contains("OpenBadgeCredential") || types.contains("AchievementCredential")) {
      JsonNode a = n.path("credentialSubject").path("achievement");
      if (!a.isObject()) {
        throw new EntryRejected("wrong type: an OpenBadgeCredential whose credentialSubject has no achievement"
            + " (a catalogue lists achievements, not issued credentials without one)");
      }
      return ob3(entry, a, n);
    }
    if (types.contains("BadgeClass")) {
      return ob2(entry, n, null);
    }
    if (types.contains("Assertion")) {
      JsonNode b = n.path("badge");
      if (!b.isObject()) {
        throw new EntryRejected("wrong type: an Open Badges 2.0 Assertion without an embedded BadgeClass");
      }
      return ob2(entry, b, n);
    }
    throw new EntryRejected("wrong type: " + (types.isEmpty() ? "no type" : "type " + types) + "; expected an Open Badges"
        + " 3.0 Achievement or OpenBadgeCredential, an Open Badges 2.0 BadgeClass, or a CTDL course or credential");
  }

  /** Text of a plain string, a {@code @value} object, a language map, or the first of an array. */
  static String text(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (n.isValueNode()) {
      return n.asText().trim();
    }
    if (n.isArray()) {
      JsonNode best = null;
      for (JsonNode x : n) {
        String lang = x.path("@language").asText("");
        if (best == null || (lang.startsWith("en") && !best.path("@language").asText("").startsWith("en"))) {
          best = x;
        }
      }
      return best == null ? null : text(best);
    }
    if (n.has("@value")) {
      return text(n.get("@value"));
    }
    for (String lang : new String[] {"en", "en-US", "en-GB"}) {
      if (n.hasNonNull(lang)) {
        return text(n.get(lang));
      }
    }
    String first = null;
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      String v = text(e.getValue());
      if (e.getKey().toLowerCase(Locale.ROOT).startsWith("en") && v != null) {
        return v;
      }
      if (first == null) {
        first = v;
      }
    }
    return first;
  }

  private static Iterable<JsonNode> list(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return List.of();
    }
    return n.isArray() ? n : List.of(n);
  }

  /** Open Badges 3.0 Achievement {@code a}, inside OpenBadgeCredential {@code credential} when not null. */
  private Draft ob3(String entry, JsonNode a, JsonNode credential) throws EntryRejected {
    Draft d = new Draft(entry, "ob3");
    d.id = nz(text(a.get("id")));
    if (d.id.isEmpty()) {
      throw new EntryRejected("missing id: the Achievement has no \"id\"");
    }
    d.title = nz(text(a.get("name")));
    if (d.title.isEmpty()) {
      throw new EntryRejected("missing name: the Achievement has no \"name\"");
    }
    d.description = nz(text(a.get("description")));
    d.provider = profileName(a.get("creator"));
    if (d.provider.isEmpty() && credential != null) {
      d.provider = profileName(credential.get("issuer"));
    }
    extensions(d, a, credential);
    badgeAlignments(d, a.get("alignment"));
    return d;
  }

  /** Open Badges 2.0 BadgeClass {@code b}, inside Assertion {@code assertion} when not null. */
  private Draft ob2(String entry, JsonNode b, JsonNode assertion) throws EntryRejected {
    Draft d = new Draft(entry, "ob2");
    d.id = nz(text(b.get("id")));
    if (d.id.isEmpty()) {
      throw new EntryRejected("missing id: the BadgeClass has no \"id\"");
    }
    d.title = nz(text(b.get("name")));
    if (d.title.isEmpty()) {
      throw new EntryRejected("missing name: the BadgeClass has no \"name\"");
    }
    d.description = nz(text(b.get("description")));
    d.provider = profileName(b.get("issuer"));
    extensions(d, b, assertion);
    badgeAlignments(d, b.get("alignment"));
    return d;
  }

  private static String profileName(JsonNode p) {
    if (p == null || p.isNull() || p.isMissingNode()) {
      return "";
    }
    if (p.isObject()) {
      String name = nz(text(p.get("name")));
      return name.isEmpty() ? nz(text(p.get("id"))) : name;
    }
    return nz(text(p));
  }

  /** The catalogue extension properties (estimatedHours, cost, level, format, url) of a badge. */
  private static void extensions(Draft d, JsonNode main, JsonNode outer) throws EntryRejected {
    JsonNode hours = pick(main, outer, "estimatedHours");
    d.hours = amount(hours, "hours", "estimatedHours");
    JsonNode cost = pick(main, outer, "cost");
    if (cost != null && cost.isObject()) {
      d.cost = amount(cost.get("amount"), "cost", "cost.amount");
      d.currency = nz(text(cost.get("currency"))).toUpperCase(Locale.ROOT);
    } else {
      d.cost = amount(cost, "cost", "cost");
    }
    d.level = Level.parse(text(pick(main, outer, "level")));
    d.format = format(text(pick(main, outer, "format")));
    d.url = nz(text(pick(main, outer, "url")));
  }

  private static JsonNode pick(JsonNode main, JsonNode outer, String field) {
    JsonNode v = main.get(field);
    if ((v == null || v.isNull()) && outer != null) {
      v = outer.get(field);
    }
    return v;
  }

  private static void badgeAlignments(Draft d, JsonNode alignments) {
    for (JsonNode a : list(alignments)) {
      String url = nz(text(a.get("targetUrl")));
      String name = nz(text(a.get("targetName")));
      if (SkillResolver.isOnet(text(a.get("targetFramework")))) {
        d.alignments.add(new Alignment(null, name.isEmpty() ? url : name, true));
      } else {
        d.alignments.add(new Alignment(url.isEmpty() ? "(alignment without targetUrl: '" + name + "')" : url, name,
            false));
      }
    }
  }

  /** A CTDL course, learning opportunity or credential; {@code graph} resolves organisation references. */
  private Draft ctdl(String entry, JsonNode n, Map<String, JsonNode> graph) throws EntryRejected {
    Draft d = new Draft(entry, "ctdl");
    d.id = nz(text(n.get("@id")));
    if (d.id.isEmpty()) {
      d.id = nz(text(n.get("ceterms:ctid")));
    }
    if (d.id.isEmpty()) {
      throw new EntryRejected("missing id: the node has neither \"@id\" nor \"ceterms:ctid\"");
    }
    d.title = nz(text(n.get("ceterms:name")));
    if (d.title.isEmpty()) {
      throw new EntryRejected("missing name: the node has no \"ceterms:name\"");
    }
    d.description = nz(text(n.get("ceterms:description")));
    d.provider = organisation(n.get("ceterms:ownedBy"), graph);
    if (d.provider.isEmpty()) {
      d.provider = organisation(n.get("ceterms:offeredBy"), graph);
    }
    ctdlHours(d, n.get("ceterms:estimatedDuration"));
    ctdlCost(d, n.get("ceterms:estimatedCost"));
    for (JsonNode l : list(n.get("ceterms:audienceLevelType"))) {
      Level lv = Level.parse(localName(nodeText(l)));
      if (lv != Level.UNKNOWN) {
        d.level = lv;
        break;
      }
    }
    Set<String> formats = new LinkedHashSet<>();
    for (JsonNode t : list(n.get("ceterms:deliveryType"))) {
      String f = format(localName(nodeText(t)).replaceAll("([a-z])([A-Z])", "$1 $2"));
      if (!f.isEmpty()) {
        formats.add(f);
      }
    }
    d.format = formats.size() > 1 ? "blended" : formats.stream().findFirst().orElse("");
    d.url = nz(text(n.get("ceterms:subjectWebpage")));
    for (JsonNode t : list(n.get("ceterms:teaches"))) {
      String target = t.isObject() ? nz(text(idOf(t.get("ceterms:targetNode")))) : nz(text(t));
      String name = t.isObject() ? nz(text(t.get("ceterms:targetNodeName"))) : "";
      String framework = t.isObject() ? text(t.get("ceterms:framework")) + " " + text(t.get("ceterms:frameworkName")) : "";
      if (SkillResolver.isOnet(framework) && !name.isEmpty()) {
        d.alignments.add(new Alignment(null, name, true));
      } else {
        d.alignments.add(new Alignment(target.isEmpty() ? "(alignment without targetNode: '" + name + "')" : target,
            name, false));
      }
    }
    return d;
  }

  private static JsonNode idOf(JsonNode n) {
    return n != null && n.isObject() && n.has("@id") ? n.get("@id") : n;
  }

  /** A CredentialAlignmentObject's name or node, or a plain string such as {@code audLevel:BeginnerLevel}. */
  private static String nodeText(JsonNode n) {
    if (n.isObject()) {
      String s = text(n.get("ceterms:targetNodeName"));
      if (s == null || s.isBlank()) {
        s = text(idOf(n.get("ceterms:targetNode")));
      }
      return nz(s);
    }
    return nz(text(n));
  }

  private static String localName(String s) {
    int i = Math.max(s.lastIndexOf(':'), Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')));
    return i >= 0 && !s.contains(" ") ? s.substring(i + 1) : s;
  }

  private static String organisation(JsonNode owners, Map<String, JsonNode> graph) {
    for (JsonNode o : list(owners)) {
      String name = "";
      String id = "";
      if (o.isObject()) {
        name = nz(text(o.get("ceterms:name")));
        id = nz(text(o.get("@id")));
      } else {
        id = nz(text(o));
      }
      if (name.isEmpty() && graph.containsKey(id)) {
        name = nz(text(graph.get(id).get("ceterms:name")));
      }
      if (!name.isEmpty()) {
        return name;
      }
      if (!id.isEmpty()) {
        return id;
      }
    }
    return "";
  }

  private static void ctdlHours(Draft d, JsonNode duration) throws EntryRejected {
    for (JsonNode x : list(duration)) {
      String iso;
      if (x.isObject()) {
        iso = text(x.get("ceterms:exactDuration"));
        if (iso == null) {
          iso = text(x.get("ceterms:maximumDuration"));
        }
        if (iso == null) {
          iso = text(x.get("ceterms:minimumDuration"));
        }
      } else {
        iso = text(x);
      }
      if (iso == null || iso.isBlank()) {
        continue;
      }
      IsoDuration.Hours h = IsoDuration.parse(iso);
      if (h == null) {
        throw new EntryRejected("hours not a number: ceterms:estimatedDuration '" + iso + "' is not an ISO-8601"
            + " duration such as PT20H");
      }
      if (h.negative()) {
        throw new EntryRejected("negative hours: ceterms:estimatedDuration is " + iso);
      }
      if (h.calendarSpan()) {
        d.warnings.add("calendar duration: ceterms:estimatedDuration " + iso + " is in years or months, which gives no"
            + " learning hours");
        return;
      }
      d.hours = h.hours();
      return;
    }
  }

  private static void ctdlCost(Draft d, JsonNode costs) throws EntryRejected {
    double total = 0;
    String currency = null;
    boolean any = false;
    Set<String> others = new LinkedHashSet<>();
    for (JsonNode p : list(costs)) {
      Double price = amount(p.isObject() ? p.get("ceterms:price") : p, "cost", "ceterms:price");
      if (price == null) {
        continue;
      }
      String cur = p.isObject() ? nz(text(p.get("ceterms:currency"))).toUpperCase(Locale.ROOT) : "";
      if (currency == null) {
        currency = cur;
      }
      if (cur.equals(currency)) {
        total += price;
        any = true;
      } else {
        others.add(cur.isEmpty() ? "(no currency)" : cur);
      }
    }
    if (any) {
      d.cost = total;
      d.currency = currency;
    }
    if (!others.isEmpty()) {
      d.warnings.add("mixed currencies: cost profiles in " + others + " were left out; only those in "
          + (currency.isEmpty() ? "(no currency)" : currency) + " are added up");
    }
  }
}
