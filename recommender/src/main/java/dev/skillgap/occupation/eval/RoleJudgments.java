package dev.skillgap.occupation.eval;

import dev.skillgap.io.CuratedTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judged occupations of sampled real titles, keyed by feed and {@link TitleKey#hash title key}
 * ({@code role-judgments.md} says how they were drawn and judged). Read from tab-separated lines
 * {@code source, hash, occupations, reason}, where occupations is {@code none} or ESCO occupation
 * URIs joined by {@code |}, best first.
 */
public final class RoleJudgments {

  /** Classpath resource of the committed judgements. */
  public static final String DEFAULT_RESOURCE = "/eval/role-judgments.tsv";
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{16}");
  private static final String ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/";

  private final Map<String, RoleJudgment> judged;

  private RoleJudgments(Map<String, RoleJudgment> judged) {
    this.judged = judged;
  }

  /** Classpath resource of the held-out judgements: for reporting, never for tuning. */
  public static final String HELD_OUT_RESOURCE = "/eval/role-judgments-heldout.tsv";

  /** The committed judgements. */
  public static RoleJudgments loadDefault() throws IOException {
    return load(DEFAULT_RESOURCE);
  }

  /** The held-out judgements ({@code role-judgments.md}, "Held-out sample"). */
  public static RoleJudgments loadHeldOut() throws IOException {
    return load(HELD_OUT_RESOURCE);
  }

  private static RoleJudgments load(String resource) throws IOException {
    return of(resource, CuratedTable.read(RoleJudgments.class, resource, 4,
        "source<TAB>hash<TAB>occupations|none<TAB>reason"));
  }

  /** Judgements from table lines; a malformed or repeated line is an error naming {@code name} and the line. */
  public static RoleJudgments of(String name, List<CuratedTable.Line> lines) throws IOException {
    Map<String, RoleJudgment> m = new LinkedHashMap<>();
    for (CuratedTable.Line l : lines) {
      String[] f = l.columns();
      if (f.length != 4 || !HASH.matcher(f[1]).matches()) {
        throw new IOException(name + ": line " + l.number() + ": expected source, 16-hex-digit hash, occupations|none,"
            + " reason separated by tabs");
      }
      List<String> occupations = f[2].equals("none") ? List.of() : Arrays.asList(f[2].split("\\|"));
      for (String uri : occupations) {
        if (!uri.startsWith(ESCO_OCCUPATION)) {
          throw new IOException(name + ": line " + l.number() + ": not an ESCO occupation URI: " + uri);
        }
      }
      if (m.put(key(f[0], f[1]), new RoleJudgment(f[0], f[1], occupations, f[3])) != null) {
        throw new IOException(name + ": line " + l.number() + ": " + f[0] + " " + f[1] + " judged twice");
      }
    }
    return new RoleJudgments(m);
  }

  private static String key(String source, String hash) {
    return source + '\t' + hash;
  }

  /** The judgement of the title with key {@code hash} in feed {@code source}, if judged. */
  public Optional<RoleJudgment> get(String source, String hash) {
    return Optional.ofNullable(judged.get(key(source, hash)));
  }

  /** Every judgement of feed {@code source}, in file order. */
  public List<RoleJudgment> of(String source) {
    List<RoleJudgment> out = new ArrayList<>();
    for (RoleJudgment j : judged.values()) {
      if (j.source().equals(source)) {
        out.add(j);
      }
    }
    return out;
  }
}
