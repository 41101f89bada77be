package dev.skillgap.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which forms the real taxonomy yields for a word, and how they are flagged. */
class SurfaceFormIndexTest {

  static final ExtractionModels M = ExtractorFixture.models();

  /** The forms a one-word text would look up, as "preferred label <- form". */
  static List<String> forms(String word) {
    return M.forms().lookup(M.normalizer().term(word)).stream()
        .map(f -> M.taxonomy().concept(f.concept()).preferredLabel() + " <- " + f.text()).toList();
  }

  static SurfaceForm form(String word, String conceptLabel) {
    return M.forms().lookup(M.normalizer().term(word)).stream()
        .filter(f -> M.taxonomy().concept(f.concept()).preferredLabel().equals(conceptLabel)).findFirst()
        .orElseThrow(() -> new AssertionError("no form of " + conceptLabel + " for " + word + ": " + forms(word)));
  }

  @Test
  void aNameIsAmbiguousWhenItSpellsAnOrdinaryWordWhateverItsPunctuation() {
    // "Act!" (a CRM) is the word "act" with an exclamation mark
    assertTrue(form("act", "Act!").ambiguous());
    assertTrue(form("Excel", "Microsoft Excel").ambiguous());
    assertFalse(form("Tableau", "Tableau").ambiguous());
  }

  @Test
  void aVendorLessNameThatIsAnOrdinaryWordIsNoForm() {
    // "Cloud" of "IBM Cloud" and "Publisher" of "Microsoft Publisher" are ordinary words
    assertFalse(forms("Cloud").contains("IBM Cloud <- Cloud"), forms("Cloud").toString());
    assertFalse(forms("Publisher").contains("Microsoft Publisher <- Publisher"), forms("Publisher").toString());
    // the curated ones, reviewed by hand, stay
    assertTrue(forms("Excel").contains("Microsoft Excel <- Excel"), forms("Excel").toString());
    assertTrue(forms("Teams").contains("Microsoft Teams <- Teams"), forms("Teams").toString());
  }

  @Test
  void aVendorsNameAloneIsTheCompany() {
    // O*NET's "Google" merged into ESCO's search engines; alone it names the employer far more often
    assertTrue(forms("Google").stream().noneMatch(f -> f.startsWith("search engines")), forms("Google").toString());
    assertTrue(forms("Yahoo").stream().anyMatch(f -> f.startsWith("search engines")), forms("Yahoo").toString());
  }
}
