package dev.skillgap.pipeline.eval;

import dev.skillgap.extract.Evidence;
import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Requirement;
import dev.skillgap.extract.SkillMention;
import dev.skillgap.ingest.Posting;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.ConceptKind;
import dev.skillgap.taxonomy.ReuseLevel;
import dev.skillgap.taxonomy.SkillType;
import java.util.List;

/** Small invented postings, concepts and mentions for the pool's tests (no text of the real feeds). */
final class PoolFixtures {

  static final String ESCO = "http://data.europa.eu/esco/skill/";
  static final Concept WOUND_CARE = concept("wound-care", "wound care", ConceptKind.KNOWLEDGE, SkillType.HARD,
      "The care of wounds: cleaning, dressing and watching them heal.");
  static final Concept TEAMWORK = concept("teamwork", "work in teams", ConceptKind.SKILL, SkillType.SOFT,
      "Work with others towards a shared goal.");
  static final Concept PYTHON = concept("python", "Python (computer programming)", ConceptKind.TECHNOLOGY,
      SkillType.HARD, "A programming language.");

  private PoolFixtures() {}

  static Concept concept(String slug, String label, ConceptKind kind, SkillType type, String description) {
    return new Concept(ESCO + slug, label, List.of(), List.of(), kind, type, ReuseLevel.UNKNOWN, description, false,
        List.of(), List.of());
  }

  static Posting posting(String id, String title, String text) {
    return new Posting(id, "feed.jsonl", "line 1", "jsonl", title, "", "", "", "", "2026-01-05", "", "", "", text,
        "hash-" + id);
  }

  /** A mention of {@code phrase} (its first occurrence) in {@code text}, whose sentence is the line around it. */
  static SkillMention mention(String text, String phrase) {
    int start = text.indexOf(phrase);
    if (start < 0) {
      throw new IllegalArgumentException(phrase);
    }
    int from = text.lastIndexOf('\n', start) + 1;
    int to = text.indexOf('\n', start);
    return new SkillMention(0, start, start + phrase.length(), from, to < 0 ? text.length() : to, Evidence.LEXICAL,
        0.9, Requirement.UNSPECIFIED, 1, 0, 0);
  }

  static ExtractedSkill skill(Concept c, double score, List<SkillMention> mentions) {
    return new ExtractedSkill(0, c, score, mentions.stream().map(m -> new int[] {m.start(), m.end()}).toList(),
        Requirement.UNSPECIFIED, mentions, score);
  }

  static PoolPair pair(String source, String posting, Concept c, String text, String phrase) {
    return new PoolPair(new DemandPair(source, posting, c.id()), c, 0.8, "Ward nurse", text,
        List.of(mention(text, phrase)));
  }
}
