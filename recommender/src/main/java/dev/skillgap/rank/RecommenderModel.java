package dev.skillgap.rank;

import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.gap.GapModel;
import dev.skillgap.gap.LearnerSkillModel;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.gap.SkillImplications;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A recommender and the learner-skill model it measures with, assembled one way for every caller
 * ({@code recommend}, {@code eval recommend}, {@code bench recommend}, the weekly job), as
 * OpenNLP's tools are built from one model: a badge counts the skills its catalogue entry teaches,
 * and the gap is measured on the role's {@code topSkills} hard skills.
 *
 * @param skills what a learner holds, from CV, declared skills and badges
 * @param recommender gap and plan for one learner
 */
public record RecommenderModel(LearnerSkillModel skills, Recommender recommender) {

  /**
   * Assembles the models over a loaded catalogue and its index.
   *
   * @param demand each occupation's demand (by taxonomy index), computed once per role by the caller
   * @throws IOException when the skill implications cannot be read
   */
  public static RecommenderModel of(Taxonomy taxonomy, SkillExtractor extractor, RoleResolver roles,
      IntFunction<RoleDemand> demand, int topSkills, CredentialIndex index, List<Credential> catalogue)
      throws IOException {
    Map<String, List<String>> badges = new HashMap<>();
    catalogue.forEach(c -> badges.put(c.id(), c.skills().stream().map(TaughtSkill::conceptId).toList()));
    LearnerSkillModel skills = new LearnerSkillModel(taxonomy, extractor, id -> badges.getOrDefault(id, List.of()),
        SkillImplications.load(taxonomy));
    return new RecommenderModel(skills, new Recommender(taxonomy, skills, roles, demand,
        new GapModel(taxonomy, topSkills), index, catalogue));
  }
}
