package dev.skillgap.synth;

import dev.skillgap.ingest.IngestOptions;
import dev.skillgap.ingest.IngestResult;
import dev.skillgap.ingest.Posting;
import dev.skillgap.ingest.PostingParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads sample postings (any format the ingest parser reads) into {@link PostingTemplate}s. */
public final class SampleTemplates {

  private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</?p>|</?li>|</?ul>|</?ol>|</h\\d>|<h\\d>");
  private static final Pattern TAGS = Pattern.compile("<[^>]+>");
  private static final Pattern BENEFIT_HEADING = Pattern.compile("(?i).*(benefit|perk|we offer|offer you|what you get|why join|rewards).*");

  private SampleTemplates() {}

  /** Every posting under {@code root} (recursively), one template per distinct title and text, in path order. */
  public static List<PostingTemplate> read(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.(jsonl|csv|jsonld)$")).sorted().toList();
    }
    Map<String, PostingTemplate> out = new LinkedHashMap<>();
    // sample postings are dated; a date only serves records without one, which are not templates
    PostingParser parser = new PostingParser(IngestOptions.of(java.time.LocalDate.of(2026, 1, 1)));
    for (Path f : files) {
      IngestResult r = parser.parse(f.toString(), Files.readAllBytes(f));
      for (Posting p : r.accepted()) {
        if (p.warned()) {
          continue; // a record with a supplied id, date, title or text is no model of a posting
        }
        PostingTemplate t = template(p);
        if (!t.requirements().isEmpty()) {
          out.putIfAbsent(p.contentHash(), t);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException(root + ": no sample postings to build synthetic postings from");
    }
    return List.copyOf(out.values());
  }

  /** Splits a posting's description into prose, requirement bullets and benefit bullets. */
  static PostingTemplate template(Posting p) {
    String text = TAGS.matcher(BREAKS.matcher(p.description()).replaceAll("\n")).replaceAll("")
        .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&nbsp;", " ");
    List<String> paragraphs = new ArrayList<>();
    List<String> requirements = new ArrayList<>();
    List<String> benefits = new ArrayList<>();
    boolean inBenefits = false;
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean bullet = line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ");
      if (bullet) {
        String item = line.substring(2).strip();
        if (item.length() > 3) {
          (inBenefits ? benefits : requirements).add(item);
        }
      } else if (line.length() < 45 && !line.endsWith(".")) {
        inBenefits = BENEFIT_HEADING.matcher(line).matches();
      } else {
        paragraphs.add(line);
      }
    }
    return new PostingTemplate(p.title(), p.company(), paragraphs, requirements, benefits, p.city(), p.region(),
        p.country(), p.salary());
  }
}
