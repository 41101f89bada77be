package dev.skillgap.extract;

import dev.skillgap.io.PersonalData;
import dev.skillgap.taxonomy.ConceptKind;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.text.Sentence;
import java.util.List;

/**
 * Sets each sentence's requirement level and drops the candidates the text does not ask for: those
 * it negates ("no SAP experience needed"), those in what the employer offers or says of itself
 * ("Benefits: lease car scheme", "About us"; {@link RequirementTagger#offered()}), and, in a
 * posting ({@link TextKind}), traits of the organisation ("a dedicated recruitment team"; {@link
 * HolderRule#describesOther}) and sentences whose subject is the organisation and that ask for nothing ("The
 * radiology department provides nuclear medicine and MRI"; {@link HolderRule#aboutOrganisation}),
 * but for technologies: "We use Tableau every day" names a tool the job works with; and, in a
 * posting, contact lines, sentences with an e-mail address or phone number ({@link
 * PersonalData#contains}): "Jo Bloggs, Team Leader, on 01234 567890" asks for no leadership.
 * These are dropped rather than scored low: a skill's score is the calibrated probability that it
 * is right for the text, fitted on sentences without sections, and a benefit is not a skill the
 * posting asks for.
 */
public final class RequirementStep implements ExtractionStep {

  private final HolderRule holders;
  private final Taxonomy taxonomy;

  /** A step that reads whose skills a text names with {@code holders}, over the concepts of {@code taxonomy}. */
  public RequirementStep(HolderRule holders, Taxonomy taxonomy) {
    this.holders = holders;
    this.taxonomy = taxonomy;
  }

  @Override
  public void apply(ExtractionContext context) {
    RequirementTagger tagger = new RequirementTagger();
    List<Sentence> sentences = context.text().sentences();
    boolean posting = context.kind() == TextKind.POSTING;
    boolean[] offered = new boolean[sentences.size()];
    boolean[] aboutOrganisation = new boolean[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      Requirement[] r = tagger.tag(sentences.get(s), context.text().text());
      context.requirements(s, r);
      offered[s] = tagger.offered();
      Sentence sentence = sentences.get(s);
      aboutOrganisation[s] = posting && holders.aboutOrganisation(sentence, asks(r));
      // contact details ("Jo Bloggs, Team Leader, jo.bloggs@trust.nhs.uk") name people to call, not skills
      offered[s] |= posting && PersonalData.contains(
          context.text().text().substring(sentence.start(), sentence.end()));
    }
    context.candidates().removeIf(c -> offered[c.sentence()]
        || (aboutOrganisation[c.sentence()] && taxonomy.concept(c.concept()).kind() != ConceptKind.TECHNOLOGY)
        || RequirementTagger.negated(sentences.get(c.sentence()), c.startToken(), c.endToken())
        || (posting && holders.describesOther(sentences.get(c.sentence()), c.startToken(), c.endToken())));
  }

  /** Whether any part of a sentence asks for something (required or preferred, by cue or section). */
  private static boolean asks(Requirement[] r) {
    for (Requirement x : r) {
      if (x != Requirement.UNSPECIFIED) {
        return true;
      }
    }
    return false;
  }
}
