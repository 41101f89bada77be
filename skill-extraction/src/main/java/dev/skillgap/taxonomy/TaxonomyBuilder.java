package dev.skillgap.taxonomy;

import dev.skillgap.io.HeaderedCsv;
import dev.skillgap.io.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the unified {@link Taxonomy} from the ESCO v1.1.1 CSVs, the O*NET 29.2 technology,
 * occupation and title tables, and the ESCO to O*NET occupation crosswalk.
 */
public final class TaxonomyBuilder {

  public static final String VERSION = "ESCO v1.1.1 + O*NET 29.2";

  /**
   * Bump whenever what the builder makes of the same sources changes (the hard/soft rule, merging,
   * labels): a compiled taxonomy of another revision is rebuilt instead of silently reused.
   */
  public static final int REVISION = 4;
  private static final String ISCED_F = "http://data.europa.eu/esco/isced-f/";

  private static final char COMMA = ',';
  private static final char TAB = '\t';

  private final TaxonomySources sources;
  private int skillRows;
  private int blankTypeRows;
  private int relationRows;
  private int technologyRows;
  private int technologyNames;
  private int technologiesMerged;
  private BuildReport report;

  public TaxonomyBuilder(TaxonomySources sources) {
    this.sources = sources;
  }

  /**
   * What the last {@link #build()} read.
   *
   * @param skillRows rows of {@code skills_en.csv}
   * @param blankSkillTypeRows of which with a blank {@code skillType} (loaded as skills)
   * @param occupationSkillRelations relation rows whose skill exists
   * @param technologyRows rows of O*NET {@code Technology Skills.txt}
   * @param technologyNames distinct O*NET technology names
   * @param technologiesMerged of which merged into an ESCO concept
   */
  public record BuildReport(int skillRows, int blankSkillTypeRows, int occupationSkillRelations, int technologyRows,
      int technologyNames, int technologiesMerged) {}

  /** The counts read by the last build; null before the first. */
  public BuildReport report() {
    return report;
  }

  /** A concept under construction. */
  private static final class Draft {
    String id;
    String preferred;
    LinkedHashSet<String> alt = new LinkedHashSet<>();
    LinkedHashSet<String> hidden = new LinkedHashSet<>();
    ConceptKind kind;
    ReuseLevel reuse;
    String description;
    boolean hot;
    LinkedHashSet<String> onetNames = new LinkedHashSet<>();
    LinkedHashSet<String> onetOccupations = new LinkedHashSet<>();
    List<Integer> broader = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
  }

  /** Reads all sources and returns the taxonomy; fails naming the file and line of any bad row. */
  public Taxonomy build() throws IOException {
    skillRows = blankTypeRows = relationRows = technologyRows = technologyNames = technologiesMerged = 0;
    // 1. Skill groups (the hierarchy's inner nodes).
    List<String[]> groupRows = new ArrayList<>();
    Map<String, Integer> groupIndex = new HashMap<>();
    HeaderedCsv.read(TextFiles.resolve(sources.escoDir(), "skillGroups_en.csv"), COMMA,
        List.of("conceptUri", "preferredLabel", "code"), r -> {
          groupIndex.put(r.get("conceptUri"), groupRows.size());
          groupRows.add(new String[] {r.get("conceptUri"), r.get("code").trim(), r.get("preferredLabel")});
        });

    // 2. Skills and knowledge.
    List<Draft> drafts = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Path skillsFile = TextFiles.resolve(sources.escoDir(), "skills_en.csv");
    HeaderedCsv.read(skillsFile, COMMA,
        List.of("conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "hiddenLabels", "description"),
        r -> {
          Draft d = new Draft();
          d.id = r.get("conceptUri").trim();
          if (d.id.isEmpty()) {
            throw new IOException(skillsFile + ": line " + r.line() + ": empty conceptUri");
          }
          d.preferred = r.get("preferredLabel").trim();
          String skillType = r.get("skillType").trim();
          d.kind = "knowledge".equals(skillType) ? ConceptKind.KNOWLEDGE : ConceptKind.SKILL;
          skillRows++;
          if (skillType.isEmpty()) {
            blankTypeRows++;
          }
          d.reuse = ReuseLevel.parse(r.get("reuseLevel"));
          d.description = r.get("description").trim();
          splitLabels(r.get("altLabels"), d.alt, d.preferred);
          splitLabels(r.get("hiddenLabels"), d.hidden, d.preferred);
          d.hidden.removeAll(d.alt);
          if (index.putIfAbsent(d.id, drafts.size()) != null) {
            throw new IOException(skillsFile + ": line " + r.line() + ": duplicate conceptUri " + d.id);
          }
          drafts.add(d);
        });
    int escoSkillCount = drafts.size();

    // 3. Broader relations: skill-skill, skill-group and group-group.
    List<List<Integer>> groupBroader = new ArrayList<>();
    for (int i = 0; i < groupRows.size(); i++) {
      groupBroader.add(new ArrayList<>());
    }
    HeaderedCsv.read(TextFiles.resolve(sources.escoDir(), "broaderRelationsSkillPillar.csv"), COMMA,
        List.of("conceptUri", "broaderUri"), r -> {
          String narrow = r.get("conceptUri");
          String broad = r.get("broaderUri");
          Integer ns = index.get(narrow);
          Integer bs = index.get(broad);
          Integer bg = groupIndex.get(broad);
          if (ns != null && bs != null) {
            drafts.get(ns).broader.add(bs);
          } else if (ns != null && bg != null) {
            drafts.get(ns).groups.add(bg);
          } else if (groupIndex.containsKey(narrow) && bg != null) {
            groupBroader.get(groupIndex.get(narrow)).add(bg);
          }
        });

    // 4. Collections used by the hard/soft rule.
    Set<String> transversalCollection = readUris(TextFiles.resolve(sources.escoDir(), "transversalSkillsCollection_en.csv"));

    // 5. Hard/soft type from pillar ancestry.
    List<SkillGroup> groups = new ArrayList<>(groupRows.size());
    for (int g = 0; g < groupRows.size(); g++) {
      String[] row = groupRows.get(g);
      groups.add(new SkillGroup(row[0], row[1], row[2], toArray(groupBroader.get(g))));
    }
    Map<Integer, Set<String>> groupCodes = new HashMap<>();
    Map<Integer, Set<String>> conceptCodes = new HashMap<>();
    Set<String> softOverrides = HardSoftRule.softOverrides();

    List<SkillType> types = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Set<String> codes = ancestorCodes(i, drafts, groups, conceptCodes, groupCodes, new HashSet<>());
      SkillType type = HardSoftRule.classify(d.kind, d.reuse, codes, transversalCollection.contains(d.id));
      types.add(softOverrides.contains(d.id) ? SkillType.SOFT : type);
    }

    // 6. O*NET technologies: merged into their ESCO twin or added as technology concepts.
    mergeTechnologies(drafts, index, types, escoSkillCount);

    // 7. Occupations: ESCO with their skill relations and crosswalk codes, then O*NET.
    List<Occupation> occupations = readOccupations(drafts, index);

    List<Concept> concepts = new ArrayList<>(drafts.size());
    int[][] broader = new int[drafts.size()][];
    int[][] conceptGroups = new int[drafts.size()][];
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      d.alt.remove(d.preferred);
      concepts.add(new Concept(d.id, d.preferred, new ArrayList<>(d.alt), new ArrayList<>(d.hidden), d.kind,
          types.get(i), d.reuse, d.description == null ? "" : d.description, d.hot,
          new ArrayList<>(d.onetNames), new ArrayList<>(d.onetOccupations)));
      broader[i] = distinct(d.broader);
      conceptGroups[i] = distinct(d.groups);
    }
    report = new BuildReport(skillRows, blankTypeRows, relationRows, technologyRows, technologyNames, technologiesMerged);
    return new Taxonomy(VERSION, concepts, broader, conceptGroups, groups, occupations);
  }

  private static void splitLabels(String field, Set<String> into, String preferred) {
    for (String s : field.split("\n")) {
      String t = s.trim();
      if (!t.isEmpty() && !t.equals(preferred)) {
        into.add(t);
      }
    }
  }

  private static Set<String> readUris(Path file) throws IOException {
    Set<String> out = new HashSet<>();
    HeaderedCsv.read(file, COMMA, List.of("conceptUri"), r -> out.add(r.get("conceptUri").trim()));
    return out;
  }

  private static Set<String> ancestorCodes(int concept, List<Draft> drafts, List<SkillGroup> groups,
      Map<Integer, Set<String>> memo, Map<Integer, Set<String>> groupMemo, Set<Integer> onPath) {
    Set<String> known = memo.get(concept);
    if (known != null) {
      return known;
    }
    Set<String> codes = new HashSet<>();
    if (onPath.add(concept)) {
      Draft d = drafts.get(concept);
      for (int g : d.groups) {
        codes.addAll(groupCodes(g, groups, groupMemo, new HashSet<>()));
      }
      for (int b : d.broader) {
        codes.addAll(ancestorCodes(b, drafts, groups, memo, groupMemo, onPath));
      }
      onPath.remove(concept);
    }
    memo.put(concept, codes);
    return codes;
  }

  private static Set<String> groupCodes(int g, List<SkillGroup> groups, Map<Integer, Set<String>> memo, Set<Integer> onPath) {
    Set<String> known = memo.get(g);
    if (known != null) {
      return known;
    }
    Set<String> codes = new HashSet<>();
    if (onPath.add(g)) {
      SkillGroup group = groups.get(g);
      if (!group.code().isEmpty()) {
        codes.add(group.code());
      } else if (group.id().startsWith(ISCED_F)) {
        codes.add(HardSoftRule.ISCED_PREFIX + group.id().substring(ISCED_F.length()));
      }
      for (int b : group.broader()) {
        codes.addAll(groupCodes(b, groups, memo, onPath));
      }
      onPath.remove(g);
    }
    memo.put(g, codes);
    return codes;
  }

  private void mergeTechnologies(List<Draft> drafts, Map<String, Integer> index, List<SkillType> types, int escoCount)
      throws IOException {
    List<String> prefs = new ArrayList<>(escoCount);
    List<List<String>> alts = new ArrayList<>(escoCount);
    List<Boolean> eligible = new ArrayList<>(escoCount);
    for (int i = 0; i < escoCount; i++) {
      Draft d = drafts.get(i);
      prefs.add(d.preferred);
      alts.add(new ArrayList<>(d.alt));
      eligible.add(d.kind == ConceptKind.KNOWLEDGE);
    }
    TechnologyMerger merger = new TechnologyMerger(prefs, alts, eligible);
    Map<String, Integer> byName = new HashMap<>();
    HeaderedCsv.read(TextFiles.resolve(sources.onetDir(), "Technology Skills.txt"), TAB,
        List.of("O*NET-SOC Code", "Example", "Commodity Title", "Hot Technology"), r -> {
          technologyRows++;
          String name = r.get("Example").trim();
          if (name.isEmpty()) {
            return;
          }
          Integer target = byName.get(name);
          if (target == null) {
            technologyNames++;
            target = merger.twinOf(name).orElse(-1);
            if (target < 0) {
              String id = Concept.ONET_TECH_PREFIX + slug(name);
              Integer existing = index.get(id);
              if (existing != null) {
                target = existing;
              } else {
                Draft d = new Draft();
                d.id = id;
                d.preferred = name;
                d.kind = ConceptKind.TECHNOLOGY;
                d.reuse = ReuseLevel.UNKNOWN;
                d.description = r.get("Commodity Title").trim();
                target = drafts.size();
                index.put(id, target);
                drafts.add(d);
                types.add(HardSoftRule.classify(ConceptKind.TECHNOLOGY, ReuseLevel.UNKNOWN, Set.of(), false));
              }
            } else {
              technologiesMerged++;
              Draft twin = drafts.get(target);
              twin.kind = ConceptKind.TECHNOLOGY;
              if (!name.equalsIgnoreCase(twin.preferred)) {
                twin.alt.add(name);
              }
            }
            byName.put(name, target);
          }
          Draft d = drafts.get(target);
          d.onetNames.add(name);
          d.onetOccupations.add(r.get("O*NET-SOC Code").trim());
          if ("Y".equalsIgnoreCase(r.get("Hot Technology").trim())) {
            d.hot = true;
          }
        });
  }

  /** Lower-case ASCII slug: {@code "Microsoft SQL Server"} gives {@code microsoft-sql-server}; C# and C++ stay distinct. */
  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace("#", "-sharp").replace("++", "-plus-plus").replace("+", "-plus");
    s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? Integer.toHexString(name.hashCode()) : s;
  }

  private List<Occupation> readOccupations(List<Draft> drafts, Map<String, Integer> index) throws IOException {
    Map<String, List<String>> crosswalk = new HashMap<>();
    Map<String, Double> confidence = new HashMap<>();
    Path cw = sources.crosswalkDir();
    if (TextFiles.exists(cw, "esco_onet_crosswalk_Nov2020.csv")) {
      Path file = TextFiles.resolve(cw, "esco_onet_crosswalk_Nov2020.csv");
      HeaderedCsv.read(file, COMMA, List.of("concept_uri", "onet_code", "confidence"), r -> {
        String code = r.get("onet_code").trim();
        if (!code.isEmpty()) {
          String uri = r.get("concept_uri").trim();
          crosswalk.computeIfAbsent(uri, k -> new ArrayList<>()).add(code);
          try {
            confidence.merge(uri, Double.parseDouble(r.get("confidence").trim()), Math::max);
          } catch (NumberFormatException e) {
            throw new IOException(file + ": line " + r.line() + ": confidence '" + r.get("confidence") + "' is not a number");
          }
        }
      });
    }
    Map<String, List<Integer>> essential = new HashMap<>();
    Map<String, List<Integer>> optional = new HashMap<>();
    HeaderedCsv.read(TextFiles.resolve(sources.escoDir(), "occupationSkillRelations.csv"), COMMA,
        List.of("occupationUri", "relationType", "skillUri"), r -> {
          Integer s = index.get(r.get("skillUri").trim());
          if (s == null) {
            return;
          }
          relationRows++;
          Map<String, List<Integer>> into = "essential".equals(r.get("relationType").trim()) ? essential : optional;
          into.computeIfAbsent(r.get("occupationUri").trim(), k -> new ArrayList<>()).add(s);
        });
    List<Occupation> out = new ArrayList<>();
    HeaderedCsv.read(TextFiles.resolve(sources.escoDir(), "occupations_en.csv"), COMMA,
        List.of("conceptUri", "preferredLabel", "altLabels", "hiddenLabels", "description", "code"), r -> {
          String id = r.get("conceptUri").trim();
          String pref = r.get("preferredLabel").trim();
          LinkedHashSet<String> alt = new LinkedHashSet<>();
          splitLabels(r.get("altLabels"), alt, pref);
          LinkedHashSet<String> hidden = new LinkedHashSet<>();
          splitLabels(r.get("hiddenLabels"), hidden, pref);
          hidden.removeAll(alt);
          out.add(new Occupation(id, r.get("code").trim(), pref, new ArrayList<>(alt), new ArrayList<>(hidden),
              r.get("description").trim(), crosswalk.getOrDefault(id, List.of()), confidence.getOrDefault(id, 0.0),
              toArray(essential.getOrDefault(id, List.of())), toArray(optional.getOrDefault(id, List.of()))));
        });

    // O*NET occupations: titles, alternate and reported titles, and the technologies they use.
    Map<String, LinkedHashSet<String>> titles = new LinkedHashMap<>();
    Map<String, String[]> onet = new LinkedHashMap<>();
    HeaderedCsv.read(TextFiles.resolve(sources.onetDir(), "Occupation Data.txt"), TAB,
        List.of("O*NET-SOC Code", "Title", "Description"),
        r -> onet.put(r.get("O*NET-SOC Code").trim(), new String[] {r.get("Title").trim(), r.get("Description").trim()}));
    for (String table : List.of("Alternate Titles.txt", "Sample of Reported Titles.txt")) {
      if (!TextFiles.exists(sources.onetDir(), table)) {
        continue;
      }
      String column = table.startsWith("Alternate") ? "Alternate Title" : "Reported Job Title";
      HeaderedCsv.read(TextFiles.resolve(sources.onetDir(), table), TAB, List.of("O*NET-SOC Code", column), r -> {
        String t = r.get(column).trim();
        if (!t.isEmpty()) {
          titles.computeIfAbsent(r.get("O*NET-SOC Code").trim(), k -> new LinkedHashSet<>()).add(t);
        }
      });
    }
    Map<String, List<Integer>> techByOcc = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      for (String code : drafts.get(i).onetOccupations) {
        techByOcc.computeIfAbsent(code, k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<String, String[]> e : onet.entrySet()) {
      String code = e.getKey();
      LinkedHashSet<String> alt = titles.getOrDefault(code, new LinkedHashSet<>());
      alt.remove(e.getValue()[0]);
      out.add(new Occupation(Occupation.ONET_PREFIX + code, code, e.getValue()[0], new ArrayList<>(alt), List.of(),
          e.getValue()[1], List.of(code), 0, toArray(techByOcc.getOrDefault(code, List.of())), new int[0]));
    }
    return out;
  }

  private static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }

  private static int[] distinct(List<Integer> list) {
    return Arrays.stream(toArray(list)).distinct().toArray();
  }
}
