package dev.skillgap.occupation.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.io.HeaderedCsv;
import dev.skillgap.io.TextFiles;
import dev.skillgap.text.TextCleaner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the posting titles of a real feed in file order, cleaned as the ingest cleans a title
 * (entities decoded and tags removed where the text has any, NFC, whitespace collapsed). Blank
 * titles are left out.
 */
public final class RealTitles {

  private static final Pattern WS = Pattern.compile("\\s+");
  private static final TextCleaner CLEANER = new TextCleaner();
  private static final ObjectMapper JSON = new ObjectMapper();

  private RealTitles() {}

  /** The {@code title} of every object in a JSON Lines file (gzip allowed); lines that are not objects fail, naming the line. */
  public static List<String> jsonLines(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (Reader r = TextFiles.openUtf8(file); BufferedReader in = new BufferedReader(r)) {
      String line;
      int no = 0;
      while ((line = in.readLine()) != null) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = JSON.readTree(line);
        } catch (IOException e) {
          throw new IOException(file + " line " + no + ": not JSON: " + e.getMessage(), e);
        }
        JsonNode t = n.get("title");
        if (t != null && t.isValueNode()) {
          add(out, t.asText());
        }
      }
    }
    return out;
  }

  /** The values of column {@code column} of a CSV file with a header row (gzip allowed). */
  public static List<String> csv(Path file, String column) throws IOException {
    List<String> out = new ArrayList<>();
    HeaderedCsv.read(file, ',', List.of(column), r -> add(out, r.get(column)));
    return out;
  }

  /** {@code title} as the ingest cleans it. */
  public static String clean(String title) {
    String t = title.indexOf('<') >= 0 || title.indexOf('&') >= 0 ? CLEANER.clean(title).text() : title;
    return WS.matcher(Normalizer.normalize(t, Normalizer.Form.NFC)).replaceAll(" ").strip();
  }

  private static void add(List<String> out, String raw) {
    String t = clean(raw);
    if (!t.isEmpty()) {
      out.add(t);
    }
  }
}
