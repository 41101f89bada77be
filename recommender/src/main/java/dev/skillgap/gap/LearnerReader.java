package dev.skillgap.gap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.io.TextDecoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads learner profiles from JSON Lines ({@code data-samples/FORMATS.md}) with their CV files,
 * resolved against the folder of the JSON Lines file. A line that cannot be a learner is
 * rejected with its line and reason; a missing or oddly encoded CV is read as well as it can be
 * and noted on the learner.
 */
public final class LearnerReader {

  /**
   * A learner line that could not be read.
   *
   * @param file the JSON Lines file
   * @param line 1-based line number
   * @param reason why
   */
  public record LearnerReject(String file, long line, String reason) {}

  /**
   * What a read gave.
   *
   * @param learners the learners, in file order
   * @param rejects lines that were not learners
   * @param duplicates lines repeating an earlier learner id (the first is kept)
   * @param read non-blank lines read; read = learners + duplicates + rejects
   */
  public record Result(List<LearnerProfile> learners, List<LearnerReject> rejects, int duplicates, int read) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads {@code file}. */
  public Result read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    Path dir = file.toAbsolutePath().getParent();
    List<LearnerProfile> out = new ArrayList<>();
    List<LearnerReject> rejects = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    int read = 0;
    List<String> lines = List.of(TextDecoding.decode(Files.readAllBytes(file)).text().split("\r?\n", -1));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      read++;
      long no = i + 1;
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (com.fasterxml.jackson.core.JacksonException e) {
        rejects.add(new LearnerReject(file.toString(), no, "not valid JSON: " + e.getOriginalMessage()));
        continue;
      }
      String id = text(n, "learnerId");
      if (id.isEmpty()) {
        rejects.add(new LearnerReject(file.toString(), no, "missing \"learnerId\""));
        continue;
      }
      if (!seen.add(id)) {
        duplicates++;
        continue;
      }
      List<String> notes = new ArrayList<>();
      String cv = null;
      String cvFile = text(n, "cvFile");
      if (!cvFile.isEmpty()) {
        Path p = dir.resolve(cvFile).normalize();
        if (!Files.isRegularFile(p)) {
          notes.add(cvFile + ": CV file not found; skills come from declared skills and badges only");
        } else {
          TextDecoding.Decoded d = TextDecoding.decode(Files.readAllBytes(p));
          cv = d.text();
          if (d.unusual()) {
            notes.add(cvFile + ": read as " + d.encoding());
          }
        }
      }
      out.add(new LearnerProfile(id, text(n, "name"), text(n, "targetRole"), cv, strings(n, "declaredSkills"),
          strings(n, "badges"), notes));
    }
    return new Result(out, rejects, duplicates, read);
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
