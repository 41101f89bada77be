package dev.skillgap.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The synthetic job-ad sentences written for skillgap ({@code /train/synthetic-job-sentences.tsv},
 * described in the README beside it): training data only, never scored as an evaluation set.
 */
public final class SyntheticSentences {

  /** The file in the jar. */
  public static final String RESOURCE = "/train/synthetic-job-sentences.tsv";

  /** Whether a sentence asks for skills, and if not, why it looks as if it might. */
  public enum Kind {
    /** Asks the candidate for the skills listed. */
    DEMAND,
    /** Describes the employer, team or organisation; asks nothing. */
    EMPLOYER,
    /** What the employer offers; asks nothing. */
    BENEFIT,
    /** Holds a word or name that looks like a skill but is not asked for; lists only what is. */
    TRAP
  }

  /**
   * One sentence.
   *
   * @param id its id ({@code syn-0001})
   * @param sector the sector it was written for
   * @param text the sentence
   * @param skills the ESCO skill URIs it demands (may be empty)
   * @param kind what sort of sentence it is
   */
  public record Sentence(String id, String sector, String text, Set<String> skills, Kind kind) {
    public Sentence {
      skills = Set.copyOf(skills);
    }
  }

  private SyntheticSentences() {}

  /** Reads the file in the jar. */
  public static List<Sentence> load() throws IOException {
    try (InputStream in = SyntheticSentences.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing from the classpath");
      }
      return read(in, RESOURCE);
    }
  }

  /**
   * Reads {@code id TAB sector TAB sentence TAB skill URIs (space-separated) TAB kind} lines,
   * {@code #} comments.
   *
   * @throws IOException naming the line when one is malformed
   */
  public static List<Sentence> read(InputStream in, String name) throws IOException {
    List<Sentence> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new IOException(name + ":" + n + ": expected 5 tab-separated columns, found " + f.length);
      }
      Kind kind;
      try {
        kind = Kind.valueOf(f[4].trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IOException(name + ":" + n + ": unknown kind '" + f[4] + "'", e);
      }
      Set<String> skills = f[3].isBlank() ? Set.of() : Set.of(f[3].trim().split("\\s+"));
      out.add(new Sentence(f[0], f[1], f[2], skills, kind));
    }
    return out;
  }
}
