package dev.skillgap.pipeline.eval;

import static dev.skillgap.pipeline.eval.PoolFixtures.PYTHON;
import static dev.skillgap.pipeline.eval.PoolFixtures.TEAMWORK;
import static dev.skillgap.pipeline.eval.PoolFixtures.WOUND_CARE;
import static dev.skillgap.pipeline.eval.PoolFixtures.mention;
import static dev.skillgap.pipeline.eval.PoolFixtures.posting;
import static dev.skillgap.pipeline.eval.PoolFixtures.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.ingest.Posting;
import dev.skillgap.taxonomy.ConceptKind;
import dev.skillgap.taxonomy.SkillType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandPoolsTest {

  static final PoolDesign DESIGN = new PoolDesign(4, 5, 2026, 0.5);

  /** Six postings; the seventh repeats the first one's id with other text. */
  static List<Posting> postings() {
    List<Posting> out = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      out.add(posting("https://jobs.example.org/vacancy/" + i, "Ward nurse " + i,
          "Posting " + i + ": wound care, teamwork and Python."));
    }
    out.add(posting("https://jobs.example.org/vacancy/1", "Ward nurse 1", "Reposted: wound care."));
    return out;
  }

  /** Wound care at 0.9, teamwork at exactly the cut-off, Python just below it; {@code extra} adds a skill at 0.7. */
  static SkillExtractor extractor(boolean extra) {
    return new SkillExtractor() {
      @Override
      public List<dev.skillgap.extract.TagLink> linkTag(String tag, int k) {
        throw new UnsupportedOperationException("DemandPools links no tags");
      }

      @Override
      public Extraction extract(String text, dev.skillgap.extract.TextKind kind, dev.skillgap.extract.Cutoff cutoff) {
        return fixed(text, extra);
      }
    };
  }

  /** The fake extraction of {@code text}: see {@link #extractor}. */
  private static Extraction fixed(String text, boolean extra) {
    List<ExtractedSkill> s = new ArrayList<>();
    s.add(skill(WOUND_CARE, 0.9, List.of(mention(text, "wound care"))));
    if (extra) {
      s.add(skill(PoolFixtures.concept("infection-control", "infection control", ConceptKind.KNOWLEDGE,
          SkillType.HARD, ""), 0.7, List.of(mention(text, "Posting"))));
    }
    if (text.contains("teamwork")) {
      s.add(skill(TEAMWORK, 0.5, List.of(mention(text, "teamwork"))));
      s.add(skill(PYTHON, 0.49, List.of(mention(text, "Python"))));
    }
    return new Extraction(s, "en", false, List.of());
  }

  static String label(PoolPair p) {
    return p.title().substring(p.title().length() - 1) + " " + p.concept().preferredLabel();
  }

  @Test
  void samplesPostingsByTheHashOfTheirKeysAndDrawsPairsAtTheCutoffByTheirs() {
    SourcePool pool = DemandPools.build("feed", postings(), extractor(false), 2, DESIGN);
    assertEquals(7, pool.postings());
    assertEquals(1, pool.repeatedKeys());
    // keys ordered by sha256("2026/postings\t" + key), as Python's hashlib gives them
    assertEquals(List.of("86a1f705a54b4ad9", "b396db2fb19e879e", "cf55f2b441593633", "5935b1dd9f948f77"),
        pool.sampled().stream().map(SourcePool.SampledPosting::key).toList());
    assertEquals(List.of(2, 2, 2, 2), pool.sampled().stream().map(SourcePool.SampledPosting::skills).toList());
    assertEquals(8, pool.atCutoff().size(), "teamwork at 0.5 is in, Python at 0.49 is not");
    assertEquals(List.of("1 wound care", "6 wound care", "4 wound care", "3 work in teams", "6 work in teams"),
        pool.drawn().stream().map(DemandPoolsTest::label).toList());
  }

  @Test
  void theSameFeedInAnotherOrderGivesTheSamePoolAndANewSkillLeavesTheOldPairsInTheirOrder() {
    SourcePool pool = DemandPools.build("feed", postings(), extractor(false), 1, DESIGN);
    List<Posting> reversed = new ArrayList<>(postings().subList(0, 6));
    java.util.Collections.reverse(reversed);
    reversed.add(postings().get(6));
    assertEquals(pool, DemandPools.build("feed", reversed, extractor(false), 2, DESIGN));

    // a later extractor gives one pair more per posting: the postings are the same, and the old
    // pairs it still draws come in the old draw's order
    SourcePool later = DemandPools.build("feed", postings(), extractor(true), 2, DESIGN);
    assertEquals(pool.sampled().stream().map(SourcePool.SampledPosting::key).toList(),
        later.sampled().stream().map(SourcePool.SampledPosting::key).toList());
    List<String> old = pool.atCutoff().stream().map(p -> p.pair().id()).toList();
    List<String> kept = later.drawn().stream().map(p -> p.pair().id()).filter(old::contains).toList();
    List<String> oldOrder = HashSample.order(old, s -> s, DESIGN.pairSalt());
    assertEquals(oldOrder.subList(0, kept.size()), kept);
  }
}
