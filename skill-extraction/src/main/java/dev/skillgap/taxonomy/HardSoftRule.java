package dev.skillgap.taxonomy;

import java.util.Set;

/**
 * The written rule that types every concept hard or soft.
 *
 * <ol>
 *   <li>Knowledge and technologies are hard, except knowledge filed under ISCED-F {@code 0031}
 *       personal skills and development ("communication", "assertiveness", "teamwork principles",
 *       "leadership principles"), which is soft.
 *   <li>Language skills are hard, although ESCO files them as transversal: a concept under the
 *       language pillar ({@code L}) or under {@code T1.1 mastering languages}.
 *   <li>Transversal skills (ESCO reuse level {@code transversal}, or a member of the transversal
 *       skills collection) are soft, except where their whole pillar ancestry lies in the core
 *       numeric and digital groups ({@code T1.2}, {@code T1.3}) or the physical and manual group
 *       ({@code T5}): those are hard.
 *   <li>Cross-sector skills (and the few with a blank reuse level) are decided by pillar ancestry.
 *       Where ESCO classifies them in the skills pillar ({@code S}), they are soft when some
 *       ancestor is one of the interpersonal groups {@link #SOFT_SKILL_GROUPS} (general
 *       communication, collaboration and creativity, negotiating,
 *       liaising and networking, obtaining information verbally, working with others, solving
 *       problems, leading and motivating, building teams); otherwise soft when some ancestor is
 *       one of the transversal thinking, self-management, social-and-communication or life-skill
 *       groups, which is where ESCO v1.1 keeps attitudes and values ({@link #SOFT_TRANSVERSAL_GROUPS}).
 *   <li>Sector-specific and occupation-specific skills are hard.
 *   <li>A short curated list ({@value #SOFT_OVERRIDES}) makes soft a few people-management and
 *       work-style skills that ESCO files under mixed groups ("lead a team", "manage staff",
 *       "work in an organised manner", "handle tasks independently"); each line gives its reason.
 * </ol>
 */
public final class HardSoftRule {

  /** Transversal groups that hold soft skills, attitudes and values. */
  public static final Set<String> SOFT_TRANSVERSAL_GROUPS = Set.of("T2", "T3", "T4", "T6");

  /** Skills-pillar groups of interpersonal skills. */
  public static final Set<String> SOFT_SKILL_GROUPS =
      Set.of("S1.0", "S1.1", "S1.2", "S1.7", "S1.8", "S1.9", "S4.5", "S4.6");

  private static final Set<String> HARD_TRANSVERSAL_GROUPS = Set.of("T1.2", "T1.3", "T5");

  /** How a knowledge group of ISCED-F appears among ancestor codes: {@code isced-f/0031}. */
  public static final String ISCED_PREFIX = "isced-f/";

  /** ISCED-F fields whose knowledge concepts are soft. */
  public static final Set<String> SOFT_KNOWLEDGE_FIELDS = Set.of(ISCED_PREFIX + "0031");

  /** Classpath resource of concepts typed soft by hand: {@code ESCO URI TAB label TAB reason}. */
  public static final String SOFT_OVERRIDES = "/taxonomy/soft-overrides.tsv";

  private HardSoftRule() {}

  /**
   * Types one concept.
   *
   * @param kind the concept's kind
   * @param reuse its ESCO reuse level
   * @param ancestorCodes the hierarchy codes of all its skill-group ancestors (e.g. {@code S1.2.3, S1.2, S1, S})
   * @param inTransversalCollection whether it is in ESCO's transversal skills collection
   */
  public static SkillType classify(
      ConceptKind kind, ReuseLevel reuse, Set<String> ancestorCodes, boolean inTransversalCollection) {
    if (kind == ConceptKind.KNOWLEDGE && underAny(ancestorCodes, SOFT_KNOWLEDGE_FIELDS)) {
      return SkillType.SOFT;
    }
    if (kind != ConceptKind.SKILL) {
      return SkillType.HARD;
    }
    if (underAny(ancestorCodes, Set.of("L", "T1.1"))) {
      return SkillType.HARD;
    }
    if (reuse == ReuseLevel.TRANSVERSAL || inTransversalCollection) {
      boolean soft = underAny(ancestorCodes, SOFT_TRANSVERSAL_GROUPS);
      boolean hard = underAny(ancestorCodes, HARD_TRANSVERSAL_GROUPS);
      return hard && !soft ? SkillType.HARD : SkillType.SOFT;
    }
    if (reuse == ReuseLevel.CROSS_SECTOR || reuse == ReuseLevel.UNKNOWN) {
      boolean inSkillsPillar = ancestorCodes.contains("S");
      boolean soft = inSkillsPillar
          ? underAny(ancestorCodes, SOFT_SKILL_GROUPS)
          : underAny(ancestorCodes, SOFT_TRANSVERSAL_GROUPS);
      return soft ? SkillType.SOFT : SkillType.HARD;
    }
    return SkillType.HARD;
  }

  /** The ids of the concepts {@value #SOFT_OVERRIDES} types soft. */
  public static Set<String> softOverrides() throws java.io.IOException {
    Set<String> ids = new java.util.HashSet<>();
    for (dev.skillgap.io.CuratedTable.Line l : dev.skillgap.io.CuratedTable.read(HardSoftRule.class, SOFT_OVERRIDES, 3,
        "ESCO URI<TAB>label<TAB>reason")) {
      ids.add(l.columns()[0]);
    }
    return Set.copyOf(ids);
  }

  /** True when some code equals a group code or lies below it ({@code T4.3.1} is under {@code T4}). */
  static boolean underAny(Set<String> codes, Set<String> groups) {
    for (String c : codes) {
      for (String g : groups) {
        if (c.equals(g) || (c.startsWith(g) && c.length() > g.length() && c.charAt(g.length()) == '.')) {
          return true;
        }
      }
    }
    return false;
  }
}
