package dev.skillgap.pipeline.eval;

import static dev.skillgap.pipeline.eval.PoolFixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.extract.Evidence;
import dev.skillgap.extract.Requirement;
import dev.skillgap.extract.SkillMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTextTest {

  // an invented posting in the shape of the job board's HTML: headings in <strong> and <h2>, lists
  static final String HTML = "<h2>About us</h2>\n<p>Our ward team values teamwork &amp; kindness.</p>\n"
      + "<p><strong>What you will need</strong></p>\n<ul>\n<li>Experience of wound care and dressing changes.</li>\n"
      + "<li>Good written English.</li>\n</ul>\n<p>We offer training in wound care.</p>";

  // the careers CSV's shape: plain text, each column under its heading and a colon
  static final String PLAIN = "Responsibilities:\nBuild data pipelines.\nMinimum Qualifications:\n"
      + "BA/BS degree or equivalent practical experience.\nExperience with Python and SQL.";

  @Test
  void marksTheMentionInTheSentenceAsReadAndNamesTheHeadingAbove() {
    EvidenceText.Rendered r = EvidenceText.render(HTML, List.of(mention(HTML, "wound care")));
    assertEquals(new EvidenceText.Rendered("Experience of [[wound care]] and dressing changes.", "What you will need"), r);

    EvidenceText.Rendered about = EvidenceText.render(HTML, List.of(mention(HTML, "teamwork")));
    assertEquals(new EvidenceText.Rendered("Our ward team values [[teamwork]] & kindness.", "About us"), about);

    EvidenceText.Rendered plain = EvidenceText.render(PLAIN, List.of(mention(PLAIN, "Python")));
    assertEquals(new EvidenceText.Rendered("Experience with [[Python]] and SQL.", "Minimum Qualifications:"), plain);
  }

  @Test
  void everySentenceOfTheSkillInTextOrderUpToThreeAndEveryMentionInEach() {
    String offer = "We offer training in wound care.";
    int o = HTML.indexOf(offer);
    SkillMention inOffer = new SkillMention(0, o + offer.indexOf("wound care"), o + offer.indexOf("wound care") + 10, o,
        o + offer.length(), Evidence.LEXICAL, 0.6, Requirement.UNSPECIFIED, 1, 0, 0);
    SkillMention dressing = mention(HTML, "dressing changes");
    EvidenceText.Rendered r = EvidenceText.render(HTML, List.of(inOffer, mention(HTML, "wound care"), dressing));
    assertEquals("Experience of [[wound care]] and [[dressing changes]]. || We offer training in [[wound care]].",
        r.sentences());
    assertEquals("What you will need", r.section());

    String four = "a x\nb x\nc x\nd x";
    List<SkillMention> each = List.of(mention(four, "d x"), mention(four, "a x"), mention(four, "c x"),
        mention(four, "b x"));
    assertEquals("[[a x]] || [[b x]] || [[c x]] || (+1 more)", EvidenceText.render(four, each).sentences());
  }

  @Test
  void aLongSentenceIsCutAroundItsMarkAndALongDescriptionAtAWord() {
    String s = "a".repeat(300) + " [[x]] " + "b".repeat(300);
    String cut = EvidenceText.cut(s, 400);
    // the mark at 301: from a third of 400 before it, 400 characters
    assertEquals("…" + "a".repeat(132) + " [[x]] " + "b".repeat(261) + "…", cut);
    assertEquals("The care of…", EvidenceText.truncate("The care of wounds", 14));
    assertEquals("short", EvidenceText.truncate(" short\n", 14));
  }

  @Test
  void aHeadingIsAWholeBoldLineOrOneEndingInAColonNeverTheSentencesOwnLine() {
    assertEquals("", EvidenceText.heading("Some text before the sentence on its line "));
    assertEquals("", EvidenceText.heading("A plain paragraph.\nA list item\n"));
    assertEquals("Essential:", EvidenceText.heading("Essential:\nA list item\n"));
  }
}
