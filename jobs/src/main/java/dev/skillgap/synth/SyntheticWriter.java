package dev.skillgap.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.demand.WeekId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes generated inputs in the layout and formats of {@code data-samples}: {@code
 * postings/<week>/part-NNNNN.{jsonl,csv,jsonld}} (files of {@link #POSTINGS_PER_FILE}, formats in
 * turn: JSON Lines, CSV, JSON-LD, JSON Lines), {@code learners/learners.jsonl} with {@code cv/},
 * and {@code catalog/courses.csv} with every tenth credential as an Open Badges 3.0 file under
 * {@code catalog/openbadges/}.
 */
public final class SyntheticWriter {

  /** Postings per file: files are Spark's unit of parallel parsing. */
  public static final int POSTINGS_PER_FILE = 250;

  /** What was written. */
  public record Written(Path dir, Map<WeekId, Long> postingsByWeek, int postingFiles, long postingBytes, int learners,
      int cvs, int credentials) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] FORMATS = {"jsonl", "csv", "jsonld", "jsonl"};

  private SyntheticWriter() {}

  /** Writes {@code postings} postings over {@code weeks}, {@code learners} learners and {@code credentials} credentials. */
  public static Written write(SyntheticInputs gen, Path dir, List<WeekId> weeks, long postings, int learners,
      int credentials) throws IOException {
    Map<WeekId, List<SyntheticPosting>> pending = new TreeMap<>();
    Map<WeekId, Integer> fileNo = new TreeMap<>();
    Map<WeekId, Long> perWeek = new TreeMap<>();
    int files = 0;
    long bytes = 0;
    for (long i = 0; i < postings; i++) {
      SyntheticPosting p = gen.posting(i, weeks);
      WeekId w = WeekId.of(java.time.LocalDate.parse(p.datePosted()));
      perWeek.merge(w, 1L, Long::sum);
      List<SyntheticPosting> buf = pending.computeIfAbsent(w, k -> new ArrayList<>());
      buf.add(p);
      if (buf.size() == POSTINGS_PER_FILE) {
        bytes += flush(dir, w, fileNo.merge(w, 1, Integer::sum) - 1, buf);
        files++;
        buf.clear();
      }
    }
    for (Map.Entry<WeekId, List<SyntheticPosting>> e : pending.entrySet()) {
      if (!e.getValue().isEmpty()) {
        bytes += flush(dir, e.getKey(), fileNo.merge(e.getKey(), 1, Integer::sum) - 1, e.getValue());
        files++;
      }
    }
    List<Credential> creds = gen.credentials(credentials);
    writeCatalog(dir.resolve("catalog"), creds);
    int cvs = writeLearners(gen, dir.resolve("learners"), learners, creds.stream().map(Credential::id).toList());
    return new Written(dir, perWeek, files, bytes, learners, cvs, creds.size());
  }

  private static long flush(Path dir, WeekId week, int n, List<SyntheticPosting> ps) throws IOException {
    String format = FORMATS[n % FORMATS.length];
    Path f = dir.resolve("postings").resolve(week.toString()).resolve(String.format(Locale.ROOT, "part-%05d.%s", n, format));
    Files.createDirectories(f.getParent());
    String text = switch (format) {
      case "jsonl" -> jsonl(ps);
      case "csv" -> csv(ps);
      default -> jsonld(ps);
    };
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Files.write(f, b);
    return b.length;
  }

  static String jsonl(List<SyntheticPosting> ps) throws IOException {
    StringBuilder b = new StringBuilder();
    for (SyntheticPosting p : ps) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", p.id()).put("title", p.title()).put("company", p.company());
      o.putObject("location").put("city", p.city()).put("region", p.region()).put("country", p.country());
      o.put("datePosted", p.datePosted()).put("employmentType", p.employmentType()).put("salary", p.salary())
          .put("description", p.html());
      b.append(JSON.writeValueAsString(o)).append('\n');
    }
    return b.toString();
  }

  static String csv(List<SyntheticPosting> ps) {
    StringBuilder b = new StringBuilder(
        "posting_id,title,company,city,region,country,date_posted,employment_type,salary,occupation_code,description\r\n");
    for (SyntheticPosting p : ps) {
      b.append(String.join(",", List.of(csvField(p.id()), csvField(p.title()), csvField(p.company()), csvField(p.city()),
          csvField(p.region()), csvField(p.country()), csvField(p.datePosted()), csvField(p.employmentType()),
          csvField(p.salary()), "", csvField(p.plainText())))).append("\r\n");
    }
    return b.toString();
  }

  static String jsonld(List<SyntheticPosting> ps) throws IOException {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("@context", "https://schema.org");
    ArrayNode graph = doc.putArray("@graph");
    for (SyntheticPosting p : ps) {
      ObjectNode o = graph.addObject();
      o.put("@type", "JobPosting");
      o.putObject("identifier").put("@type", "PropertyValue").put("name", p.company()).put("value", p.id());
      o.put("title", p.title()).put("description", p.html()).put("datePosted", p.datePosted())
          .put("employmentType", p.employmentType());
      o.putObject("hiringOrganization").put("@type", "Organization").put("name", p.company());
      o.putObject("jobLocation").put("@type", "Place").putObject("address").put("@type", "PostalAddress")
          .put("addressLocality", p.city()).put("addressRegion", p.region()).put("addressCountry", p.country());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
  }

  static String csvField(String s) {
    if (s == null) {
      return "";
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static void writeCatalog(Path dir, List<Credential> creds) throws IOException {
    Files.createDirectories(dir.resolve("openbadges"));
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("courses.csv"), StandardCharsets.UTF_8)) {
      w.write("id,title,provider,description,hours,cost,currency,level,format,url,skills\r\n");
      for (int i = 0; i < creds.size(); i++) {
        Credential c = creds.get(i);
        if (i % 10 == 9) {
          Files.writeString(dir.resolve("openbadges").resolve(c.id() + ".json"), openBadge(c), StandardCharsets.UTF_8);
          continue;
        }
        List<String> skills = new ArrayList<>();
        for (TaughtSkill s : c.skills()) {
          if (s.source() != TaughtSkill.Source.INFERRED) {
            skills.add(s.conceptId().startsWith("onet-tech:") ? s.label() : s.conceptId());
          }
        }
        w.write(String.join(",", List.of(csvField(c.id()), csvField(c.title()), csvField(c.provider()),
            csvField(c.description()), c.hours() == null ? "" : String.valueOf(c.hours().intValue()),
            c.cost() == null ? "" : String.valueOf(c.cost()), c.currency(), c.level().wireName(), c.format(),
            csvField(c.url()), csvField(String.join("|", skills)))));
        w.write("\r\n");
      }
    }
  }

  static String openBadge(Credential c) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.putArray("@context").add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
        .add("https://skillgap.dev/ns/catalog/v1");
    o.put("id", "https://provider.example/achievements/" + c.id());
    o.putArray("type").add("Achievement");
    o.put("name", c.title()).put("description", c.description());
    o.putObject("criteria").put("narrative", "Complete the modules and pass the final assessment.");
    o.put("achievementType", "Certificate");
    ObjectNode creator = o.putObject("creator");
    creator.put("id", "https://provider.example/issuers/" + c.provider().replace(' ', '-').toLowerCase(Locale.ROOT));
    creator.putArray("type").add("Profile");
    creator.put("name", c.provider());
    ArrayNode align = o.putArray("alignment");
    for (TaughtSkill s : c.skills()) {
      if (s.source() != TaughtSkill.Source.INFERRED && !s.conceptId().startsWith("onet-tech:")) {
        ObjectNode a = align.addObject();
        a.putArray("type").add("Alignment");
        a.put("targetName", s.label()).put("targetUrl", s.conceptId()).put("targetFramework", "ESCO")
            .put("targetType", "ceterms:Skill");
      }
    }
    o.put("inLanguage", "en-GB");
    if (c.hours() != null) {
      o.put("estimatedHours", c.hours().intValue());
    }
    if (c.cost() != null) {
      o.putObject("cost").put("amount", c.cost()).put("currency", c.currency());
    }
    o.put("level", c.level().wireName()).put("format", c.format()).put("url", c.url());
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
  }

  private static int writeLearners(SyntheticInputs gen, Path dir, int n, List<String> credentialIds) throws IOException {
    Files.createDirectories(dir.resolve("cv"));
    int cvs = 0;
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("learners.jsonl"), StandardCharsets.UTF_8)) {
      for (int j = 0; j < n; j++) {
        SyntheticLearner l = gen.learner(j, credentialIds);
        ObjectNode o = JSON.createObjectNode();
        o.put("learnerId", l.learnerId()).put("name", l.name()).put("targetRole", l.targetRole());
        if (l.cvText() != null) {
          String rel = "cv/" + l.learnerId() + ".txt";
          Files.writeString(dir.resolve(rel), l.cvText(), StandardCharsets.UTF_8);
          o.put("cvFile", rel);
          cvs++;
        } else {
          o.putNull("cvFile");
        }
        ArrayNode d = o.putArray("declaredSkills");
        l.declaredSkills().forEach(d::add);
        ArrayNode b = o.putArray("badges");
        l.badges().forEach(b::add);
        w.write(JSON.writeValueAsString(o));
        w.write('\n');
      }
    }
    return cvs;
  }
}
