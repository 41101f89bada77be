package dev.skillgap.gap;

import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.extract.TagLink;
import dev.skillgap.extract.TagLinker;
import dev.skillgap.extract.TextKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A learner's skills, each with a confidence and its source: skills extracted from the CV
 * (confidence = extraction score x {@link SkillSource#CV} trust), skills they declare (each
 * declared phrase is linked as a short tag, {@link SkillExtractor#linkTag}, and its best link kept
 * when it reaches {@link TagLinker#MIN_SCORE}; x {@link SkillSource#DECLARED} trust), and the
 * skills their earned badges align to (confidence 1). Per concept the strongest evidence wins.
 * Then partial credit flows through {@link SkillImplications}: a held skill gives a share of its
 * confidence to broader and related concepts, never lowering what is already there. Thread-safe
 * when the extractor is.
 */
public final class LearnerSkillModel {

  private final SkillExtractor extractor;
  private final Function<String, List<String>> badgeSkills;
  private final SkillImplications implications;
  private final dev.skillgap.taxonomy.Taxonomy taxonomy;

  /**
   * @param taxonomy the taxonomy skills are indexed in
   * @param extractor finds skills in CVs and declared phrases
   * @param badgeSkills the concept ids a credential id teaches (empty for unknown ids)
   * @param implications partial credit between skills
   */
  public LearnerSkillModel(dev.skillgap.taxonomy.Taxonomy taxonomy, SkillExtractor extractor,
      Function<String, List<String>> badgeSkills, SkillImplications implications) {
    this.taxonomy = taxonomy;
    this.extractor = extractor;
    this.badgeSkills = badgeSkills;
    this.implications = implications;
  }

  /** The learner's skills, strongest first; {@code unknownBadges} receives badge ids the catalogue lacks. */
  public List<LearnerSkill> skills(LearnerProfile learner, List<String> unknownBadges) {
    Map<Integer, LearnerSkill> held = new LinkedHashMap<>();
    for (String badge : learner.badges()) {
      List<String> ids = badgeSkills.apply(badge);
      if (ids.isEmpty()) {
        unknownBadges.add(badge);
      }
      for (String id : ids) {
        int c = taxonomy.indexOf(id);
        if (c >= 0) {
          offer(held, new LearnerSkill(c, SkillSource.BADGE, SkillSource.BADGE.trust()));
        }
      }
    }
    if (learner.cvText() != null) {
      for (ExtractedSkill s : extractor.extract(learner.cvText(), TextKind.CV).skills()) {
        offer(held, new LearnerSkill(s.conceptIndex(), SkillSource.CV, s.score() * SkillSource.CV.trust()));
      }
    }
    for (String d : learner.declaredSkills()) {
      for (TagLink l : extractor.linkTag(d, 1)) {
        if (l.aboveThreshold()) {
          offer(held, new LearnerSkill(l.conceptIndex(), SkillSource.DECLARED, l.score() * SkillSource.DECLARED.trust()));
        }
      }
    }
    List<LearnerSkill> direct = new ArrayList<>(held.values());
    for (LearnerSkill s : direct) {
      for (SkillImplications.Implied i : implications.impliedBy(s.concept())) {
        offer(held, new LearnerSkill(i.concept(), SkillSource.IMPLIED, s.confidence() * i.weight()));
      }
    }
    List<LearnerSkill> out = new ArrayList<>(held.values());
    out.sort(Comparator.comparingDouble(LearnerSkill::confidence).reversed().thenComparingInt(LearnerSkill::concept));
    return out;
  }

  private static void offer(Map<Integer, LearnerSkill> held, LearnerSkill s) {
    LearnerSkill prev = held.get(s.concept());
    if (prev == null || s.confidence() > prev.confidence()) {
      held.put(s.concept(), s);
    }
  }
}
