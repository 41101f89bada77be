package dev.skillgap.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleVariantsTest {

  /** Knows every word but "riverside" and "amblescroft"; nurses, managers and therapists are workers. */
  static final TitleVariants.Lexicon LEXICON = new TitleVariants.Lexicon() {
    @Override
    public boolean known(String word) {
      return !Set.of("riverside", "amblescroft").contains(word);
    }

    @Override
    public boolean names(String word) {
      return Set.of("nurse", "manager", "therapist", "psychologist").contains(word);
    }

    @Override
    public boolean compound(String first, String second) {
      return first.equals("human") && second.equals("resource");
    }
  };

  static List<String> keys(String title, int tier) {
    return TitleVariants.of(title, LEXICON).stream().filter(p -> p.tier() == tier).map(TitleVariants.Phrase::key)
        .toList();
  }

  @Test
  void bandsContractWordsCountsAndYearsGo() {
    assertEquals("staff nurse", keys("Bank Band 5 Staff Nurse x2", 0).get(0));
    assertEquals("staff nurse", keys("Band 8a - Staff Nurse (Fixed Term, 18.75 hpw)", 0).get(0));
    assertEquals("business", keys("Business Intern, Summer 2018", 0).get(1));
    assertEquals(List.of(), keys("Band 5 - Bank", 0));
  }

  @Test
  void theFirstPartComesFirstAndPlacesAfterADashLater() {
    List<TitleVariants.Phrase> p = TitleVariants.of("Band 5 Staff Nurse - Amblescroft North, Salisbury", LEXICON);
    assertEquals("staff nurse", p.get(0).key());
    assertEquals(0, p.get(0).tier());
    assertTrue(p.stream().anyMatch(x -> x.key().equals("salisbury") && x.tier() == 2));
    assertTrue(keys("Band 5 Staff Nurse - Amblescroft North", 0).contains("nurse"), "staff is a rank");
    assertEquals(List.of("homecare nurse", "nurse"), keys("Paediatric Homecare Nurse", 1), "the last words, longest first");
  }

  @Test
  void ranksAreDroppedOneAtATimeAndUnknownWordsLeftOut() {
    assertEquals(List.of("senior staff nurse", "staff nurse", "nurse"), keys("Senior Staff Nurse", 0));
    assertTrue(keys("Riverside Community Nurse Team Leader", 0).contains("community nurse"));
  }

  @Test
  void theWordsAfterAWorkerNounSayWhereAndAreLeftOffTheEnd() {
    assertTrue(keys("Occupational Therapist Neuro Rehabilitation", 1).contains("occupational therapist"));
    assertFalse(keys("Nurse Manager", 1).contains("nurse"), "a nurse manager is not a nurse");
    assertFalse(keys("HR Administrator", 1).contains("resource administrator"), "human resources is one term");
  }

  @Test
  void slashesAndOrOfferAlternativesThatShareTheHead() {
    assertEquals(List.of("clinical psychologist", "clinical", "counselling psychologist"),
        TitleVariants.alternatives("clinical/counselling psychologist"));
    assertEquals(List.of("ward sister nurse", "ward sister", "charge nurse"),
        TitleVariants.alternatives("ward sister / charge nurse"));
    assertEquals(List.of("theatre practitioner", "recovery practitioner"),
        TitleVariants.alternatives("theatre practitioner/recovery practitioner"));
    List<String> or = TitleVariants.alternatives("clinical psychologist or cbt therapist");
    assertTrue(or.contains("clinical psychologist") && or.contains("cbt therapist"), or.toString());
  }

  @Test
  void theFieldAfterInIsAPhraseOfItsOwn() {
    List<TitleVariants.Phrase> p = TitleVariants.of("Consultant in Old Age Psychiatry", LEXICON);
    assertEquals(List.of("consultant old age psychiatry"), p.stream().filter(x -> x.tier() == 0).limit(1)
        .map(TitleVariants.Phrase::key).toList());
    assertTrue(p.stream().anyMatch(x -> x.tier() == 3 && x.key().equals("old age psychiatry")));
    assertEquals("head", TitleVariants.of("Head of Nursing", LEXICON).get(0).head());
  }
}
