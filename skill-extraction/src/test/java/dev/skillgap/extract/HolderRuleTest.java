package dev.skillgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.text.NlpModels;
import dev.skillgap.text.Sentence;
import dev.skillgap.text.SentenceCache;
import dev.skillgap.text.TermNormalizer;
import dev.skillgap.text.TextAnalyzer;
import dev.skillgap.text.Token;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HolderRuleTest {

  private static TextAnalyzer analyzer;
  private static HolderRule rule;

  @BeforeAll
  static void load() throws Exception {
    TermNormalizer n = new TermNormalizer();
    analyzer = new TextAnalyzer(NlpModels.loadEnglish(), n, new SentenceCache(100));
    rule = new HolderRule(Set.of("nurse", "pharmacist", "psychologist", "developer"), n);
  }

  private static Sentence sentence(String text) {
    List<Sentence> s = analyzer.analyze(text).sentences();
    assertEquals(1, s.size(), text);
    return s.get(0);
  }

  /** Whether the words {@code words} (first occurrence) of {@code text} describe an organisation. */
  private static boolean describesOther(String text, String words) {
    Sentence s = sentence(text);
    String[] w = words.split(" ");
    List<Token> t = s.tokens();
    for (int i = 0; i + w.length <= t.size(); i++) {
      boolean match = true;
      for (int j = 0; j < w.length; j++) {
        match &= t.get(i + j).text().equals(w[j]);
      }
      if (match) {
        return rule.describesOther(s, i, i + w.length);
      }
    }
    throw new IllegalArgumentException(words + " not in " + text);
  }

  @Test
  void aTraitIsTheOrganisationsWhenItPremodifiesAnOrganisationNoun() {
    assertEquals(true, describesOther("A dedicated recruitment team to ensure you can start quickly.", "dedicated"));
    assertEquals(true, describesOther("You will be part of a dedicated team.", "dedicated"));
    assertEquals(true, describesOther("You will support the development of a competent and confident hospice workforce.",
        "confident"));
    assertEquals(true, describesOther("The town sits in a quintessentially English county.", "English"));
  }

  @Test
  void aTraitOfAPersonOrOfTheirSkillsIsTheCandidates() {
    assertEquals(false, describesOther("We are looking for an enthusiastic pharmacist to join us.", "enthusiastic"));
    assertEquals(false, describesOther("Demonstrated organizational and project management capabilities.",
        "organizational"));
    assertEquals(false, describesOther("A self-managing, motivated and entrepreneurial nature.", "motivated"));
    // not made of adjectives: a verb phrase is never a trait
    assertEquals(false, describesOther("Our team will train new starters.", "train"));
  }

  @Test
  void aPredicativeTraitIsWhoseTheSubjectSays() {
    assertEquals(true, describesOther("Our service is innovative and relevant.", "innovative"));
    assertEquals(false, describesOther("Are you caring and compassionate?", "caring"));
  }

  @Test
  void aSentenceWhoseSubjectIsTheOrganisationAndThatAsksNothingIsAboutIt() {
    assertEquals(true, rule.aboutOrganisation(sentence(
        "The radiology department provides all imaging modalities, including nuclear medicine, CT and MRI."), false));
    assertEquals(true, rule.aboutOrganisation(sentence("We are investing in new cognitive computing technologies."),
        false));
    assertEquals(true, rule.aboutOrganisation(sentence("St Michaels Hospital Specialises in Mental Health Physiotherapy."),
        false));
  }

  @Test
  void aSentenceThatAddressesTheReaderNamesAPersonOrTheJobOrAsksIsNot() {
    assertEquals(false, rule.aboutOrganisation(sentence("Our team will support you to develop your skills."), false));
    assertEquals(false, rule.aboutOrganisation(sentence("Our team is made up of nurses and healthcare assistants."),
        false));
    assertEquals(false, rule.aboutOrganisation(sentence("Duties include administering medication."), false));
    assertEquals(false, rule.aboutOrganisation(sentence("The role involves managing budgets."), false));
    assertEquals(false, rule.aboutOrganisation(sentence("We require experience of SQL."), true));
    // the subject is not the organisation
    assertEquals(false, rule.aboutOrganisation(sentence("Excellent communication skills are needed daily."), false));
  }
}
