package dev.skillgap.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unified, immutable skills taxonomy: concepts with their hierarchy, skill groups, and ESCO
 * and O*NET occupations with the skills they list. Concepts and occupations are addressed by a
 * dense index (stable for one compiled taxonomy) or by id. Thread-safe.
 */
public final class Taxonomy {

  private final String version;
  private final List<Concept> concepts;
  private final int[][] broader;
  private final int[][] narrower;
  private final int[][] conceptGroups;
  private final List<SkillGroup> groups;
  private final List<Occupation> occupations;
  private final int[][] occupationsOfConcept;
  private final Map<String, Integer> conceptIndex;
  private final Map<String, Integer> occupationIndex;
  private final Map<String, Integer> onetCodeIndex;

  Taxonomy(
      String version,
      List<Concept> concepts,
      int[][] broader,
      int[][] conceptGroups,
      List<SkillGroup> groups,
      List<Occupation> occupations) {
    this.version = version;
    this.concepts = List.copyOf(concepts);
    this.broader = broader;
    this.conceptGroups = conceptGroups;
    this.groups = List.copyOf(groups);
    this.occupations = List.copyOf(occupations);
    int n = concepts.size();
    this.narrower = invert(broader, n);
    this.conceptIndex = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      conceptIndex.put(concepts.get(i).id(), i);
    }
    this.occupationIndex = new HashMap<>(occupations.size() * 2);
    this.onetCodeIndex = new HashMap<>();
    int[][] occByConcept = new int[occupations.size()][];
    for (int o = 0; o < occupations.size(); o++) {
      Occupation occ = occupations.get(o);
      occupationIndex.put(occ.id(), o);
      if (!occ.isEsco()) {
        onetCodeIndex.put(occ.code(), o);
      }
      int[] all = new int[occ.essentialSkills().length + occ.optionalSkills().length];
      System.arraycopy(occ.essentialSkills(), 0, all, 0, occ.essentialSkills().length);
      System.arraycopy(occ.optionalSkills(), 0, all, occ.essentialSkills().length, occ.optionalSkills().length);
      occByConcept[o] = all;
    }
    this.occupationsOfConcept = invert(occByConcept, n);
  }

  private static int[][] invert(int[][] edges, int targetCount) {
    int[] counts = new int[targetCount];
    for (int[] row : edges) {
      for (int t : row) {
        counts[t]++;
      }
    }
    int[][] out = new int[targetCount][];
    for (int i = 0; i < targetCount; i++) {
      out[i] = new int[counts[i]];
    }
    int[] fill = new int[targetCount];
    for (int s = 0; s < edges.length; s++) {
      for (int t : edges[s]) {
        out[t][fill[t]++] = s;
      }
    }
    return out;
  }

  /** A human-readable statement of the sources, e.g. {@code ESCO v1.1.1 + O*NET 29.2}. */
  public String version() {
    return version;
  }

  public int size() {
    return concepts.size();
  }

  public Concept concept(int index) {
    return concepts.get(index);
  }

  public List<Concept> concepts() {
    return concepts;
  }

  /** Returns the index of the concept with this id, or -1. */
  public int indexOf(String id) {
    Integer i = conceptIndex.get(id);
    return i == null ? -1 : i;
  }

  public Optional<Concept> byId(String id) {
    int i = indexOf(id);
    return i < 0 ? Optional.empty() : Optional.of(concepts.get(i));
  }

  /** Indices of the concepts directly broader than {@code index} (skill-to-skill relations only). */
  public int[] broader(int index) {
    return broader[index].clone();
  }

  /** Indices of the concepts directly narrower than {@code index}. */
  public int[] narrower(int index) {
    return narrower[index].clone();
  }

  /** Skill groups that {@code index} sits directly under in ESCO's hierarchy. */
  public List<SkillGroup> groupsOf(int index) {
    List<SkillGroup> out = new ArrayList<>(conceptGroups[index].length);
    for (int g : conceptGroups[index]) {
      out.add(groups.get(g));
    }
    return out;
  }

  public List<SkillGroup> groups() {
    return groups;
  }

  public SkillGroup group(int index) {
    return groups.get(index);
  }

  public List<Occupation> occupations() {
    return occupations;
  }

  public Occupation occupation(int index) {
    return occupations.get(index);
  }

  /** Returns the index of the occupation with this id (ESCO URI or {@code onet:<code>}), or -1. */
  public int occupationIndexOf(String id) {
    Integer i = occupationIndex.get(id);
    return i == null ? -1 : i;
  }

  /** Returns the O*NET occupation with this O*NET-SOC code (e.g. {@code 15-1252.00}), if any. */
  public Optional<Occupation> onetOccupation(String socCode) {
    Integer i = onetCodeIndex.get(socCode);
    return i == null ? Optional.empty() : Optional.of(occupations.get(i));
  }

  /** Indices of the occupations that list concept {@code index} as essential or optional (or use it, for O*NET). */
  public int[] occupationsOf(int index) {
    return occupationsOfConcept[index].clone();
  }

  int[][] broaderTable() {
    return broader;
  }

  int[][] conceptGroupTable() {
    return conceptGroups;
  }

  /** Counts for {@code taxonomy stats}: concepts by kind and type, occupations by source, surface forms. */
  public Stats stats() {
    Map<ConceptKind, Integer> byKind = new EnumMap<>(ConceptKind.class);
    Map<SkillType, Integer> byType = new EnumMap<>(SkillType.class);
    Map<String, Integer> kindType = new LinkedHashMap<>();
    long forms = 0;
    int merged = 0;
    int onetOnly = 0;
    int hot = 0;
    for (ConceptKind k : ConceptKind.values()) {
      for (SkillType t : SkillType.values()) {
        kindType.put(k.wireName() + "/" + t.wireName(), 0);
      }
    }
    for (Concept c : concepts) {
      byKind.merge(c.kind(), 1, Integer::sum);
      byType.merge(c.type(), 1, Integer::sum);
      kindType.merge(c.kind().wireName() + "/" + c.type().wireName(), 1, Integer::sum);
      forms += c.surfaceForms().size();
      if (c.isEsco() && !c.onetNames().isEmpty()) {
        merged++;
      }
      if (!c.isEsco()) {
        onetOnly++;
      }
      if (c.hotTechnology()) {
        hot++;
      }
    }
    int esco = 0;
    for (Occupation o : occupations) {
      if (o.isEsco()) {
        esco++;
      }
    }
    return new Stats(version, concepts.size(), Collections.unmodifiableMap(byKind),
        Collections.unmodifiableMap(byType), Collections.unmodifiableMap(kindType), merged, onetOnly, hot,
        esco, occupations.size() - esco, forms, groups.size());
  }

  /** Summary counts of a taxonomy. */
  public record Stats(
      String version,
      int concepts,
      Map<ConceptKind, Integer> byKind,
      Map<SkillType, Integer> byType,
      Map<String, Integer> byKindAndType,
      int technologiesMergedIntoEsco,
      int onetOnlyTechnologies,
      int hotTechnologies,
      int escoOccupations,
      int onetOccupations,
      long surfaceForms,
      int skillGroups) {}
}
