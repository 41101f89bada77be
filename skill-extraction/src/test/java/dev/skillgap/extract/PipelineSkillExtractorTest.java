package dev.skillgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.taxonomy.SkillType;
import dev.skillgap.text.TextAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Named examples of each behaviour the extractor promises, on the real taxonomy. */
class PipelineSkillExtractorTest {

  static SkillExtractor x;

  @BeforeAll
  static void load() {
    x = new PipelineSkillExtractor(ExtractorFixture.models(), ExtractorConfig.defaults().lexicalOnly());
  }

  static Optional<ExtractedSkill> find(Extraction e, String label) {
    return e.skills().stream().filter(s -> s.concept().preferredLabel().equals(label)).findFirst();
  }

  static boolean anyLabelContains(Extraction e, String word) {
    return e.skills().stream().anyMatch(s -> s.concept().preferredLabel().toLowerCase().contains(word.toLowerCase()));
  }

  static ExtractedSkill get(Extraction e, String label) {
    return find(e, label).orElseThrow(() -> new AssertionError("no '" + label + "' in "
        + e.skills().stream().map(s -> s.concept().preferredLabel()).toList()));
  }

  static String at(String text, ExtractedSkill s) {
    return text.substring(s.spans().get(0)[0], s.spans().get(0)[1]);
  }

  @Test
  void ambiguousShortFormsNeedContext() {
    assertTrue(find(x.extract("We use R and Python for statistical modelling."), "R").isPresent());
    assertFalse(anyLabelContains(x.extract("You will excel in a fast-paced team."), "excel"));
    assertTrue(find(x.extract("Advanced Excel (pivot tables, VLOOKUP) is essential."), "Microsoft Excel").isPresent());
    assertFalse(anyLabelContains(x.extract("Start date: spring 2027, in our Leeds office."), "spring"));
    assertTrue(find(x.extract("Experience with Java and Spring Boot is a plus."), "Spring Boot").isPresent());
    Extraction goMile = x.extract("You will go the extra mile for every customer.");
    assertTrue(find(goMile, "Go").isEmpty() && find(goMile, "Go (computer programming)").isEmpty(), goMile.toString());
    assertFalse(anyLabelContains(x.extract("Our chef prepares seasonal menus; you will access the word list."), "Chef (tools"));
  }

  @Test
  void productNamesThatAreOrdinaryWordsMatchOnlyAsNames() {
    // Act! is a CRM: the verb is not it, nor is a law whose name ends in "Act"
    assertTrue(find(x.extract("You would act as a link between the ward and families."), "Act!").isEmpty());
    assertTrue(find(x.extract("Training on the Mental Health Act is given."), "Act!").isEmpty());
    assertTrue(find(x.extract("Experience of ACT! or another contact manager is desirable."), "Act!").isPresent());
    Extraction google = x.extract("Build partnerships across Google and grow its reach.");
    assertTrue(find(google, "search engines").isEmpty(), google.skills().toString());
  }

  @Test
  void acronymsMatchOnlyTheirOwnLetters() {
    String hcpcs = "Healthcare common procedure coding system HCPCS";
    // Porter makes one term of "HCPC" (a UK register) and "HCPCS" (a US coding system)
    assertTrue(find(x.extract("You must hold current HCPC registration."), hcpcs).isEmpty());
    assertTrue(find(x.extract("Experience of HCPCS coding is essential."), hcpcs).isPresent());
    // in lower case an acronym must be a noun: the verb "led" is not about LEDs
    assertTrue(find(x.extract("She led the team through the audit."), "optoelectronic devices").isEmpty());
    assertTrue(find(x.extract("Fit and test LEDs on the lighting rig."), "optoelectronic devices").isPresent());
  }

  @Test
  void oneWordFormsMatchTheirInflectionsNotTheirDerivations() {
    String innovate = "seek innovation in current practices"; // "innovate" is one of its labels
    assertTrue(find(x.extract("We are a forward-looking, innovative employer."), innovate).isEmpty());
    assertTrue(find(x.extract("You will innovate and improve current practice."), innovate).isPresent());
    assertTrue(find(x.extract("You will be accountable for the ward budget."), "accounting").isEmpty());
    assertTrue(find(x.extract("Lead reviews with key accounts every quarter."), "accounting").isEmpty());
    assertTrue(find(x.extract("Experience of accounting and payroll is essential."), "accounting").isPresent());
    assertTrue(LexicalMatcher.isFormOf("abilities", "ability", false) && LexicalMatcher.isFormOf("Planned", "plan", true)
        && LexicalMatcher.isFormOf("LED", "LEDs", false) && LexicalMatcher.isFormOf("analyses", "analysis", false));
    // a trait named by its adjective, adverb or noun; a skill's verb in any inflection
    assertTrue(LexicalMatcher.isFormOf("proactively", "proactive", true) && LexicalMatcher.isFormOf("flexibility", "flexible", true)
        && LexicalMatcher.isFormOf("organising", "organised", true));
    assertFalse(LexicalMatcher.isFormOf("organisation", "organisational", true) || LexicalMatcher.isFormOf("lease", "leasing", false)
        || LexicalMatcher.isFormOf("independent", "independently", true) || LexicalMatcher.isFormOf("accounts", "accounting", false));
  }

  @Test
  void aPluralWhoseSingularMeansSomethingElseMatchesOnlyItself() {
    // "securities" (stocks and bonds) lists "security" as a label, but ESCO's prose uses
    // "security" nine times as often, in its other sense
    assertTrue(find(x.extract("You will work on a medium security ward."), "securities").isEmpty());
    assertTrue(find(x.extract("A solid understanding of network security is essential."), "securities").isEmpty());
    assertTrue(find(x.extract("Knowledge of securities and derivatives is essential."), "securities").isPresent());
    assertTrue(find(x.extract("The post sits in the Division of Medicine."), "medicines").isEmpty());
    assertTrue(find(x.extract("You will review medicines on the ward."), "medicines").isPresent());
    assertTrue(find(x.extract("You will prepare the monthly financial reports."), "economics").isEmpty());
    Map<String, Integer> prose = Map.of("security", 290, "securities", 32, "camera", 31, "cameras", 28,
        "energy", 19, "energies", 3);
    assertTrue(SurfaceFormIndex.singularHasOwnSense("securities", prose));
    assertFalse(SurfaceFormIndex.singularHasOwnSense("cameras", prose), "31 is not twice 28");
    assertFalse(SurfaceFormIndex.singularHasOwnSense("energies", prose), "19 uses are too few to tell");
    assertFalse(SurfaceFormIndex.singularHasOwnSense("security", prose), "not a plural");
    assertFalse(SurfaceFormIndex.singularHasOwnSense("Securities", prose), "a name");
  }

  @Test
  void whatTheEmployerOffersIsNotAskedFor() {
    Extraction e = x.extract("Requirements:\n- Python\nBenefits:\n- Free Spanish lessons\n- A pension\nAbout you:\n- SQL");
    assertTrue(find(e, "Spanish").isEmpty(), e.skills().toString());
    assertEquals(Requirement.REQUIRED, get(e, "Python (computer programming)").requirement());
    assertEquals(Requirement.REQUIRED, get(e, "SQL").requirement());
    assertTrue(find(x.extract("We offer free Spanish lessons and a pension."), "Spanish").isEmpty());
    assertTrue(find(x.extract("Free Spanish lessons and a pension."), "Spanish").isPresent());
    // the section ends at the next heading-shaped line, or at a sentence that asks for something
    Extraction why = x.extract("Why join us?\nFree Spanish lessons.\nInterested?\nPython is used daily.");
    assertTrue(find(why, "Spanish").isEmpty() && find(why, "Python (computer programming)").isPresent(), why.skills().toString());
    Extraction led = x.extract("Perks: free Spanish lessons.\nThe job: daily work in Python.");
    assertTrue(find(led, "Spanish").isEmpty() && find(led, "Python (computer programming)").isPresent(), led.skills().toString());
    Extraction asks = x.extract("What can we offer you?\nA pension.\nYou must speak Spanish.");
    assertTrue(anyLabelContains(asks, "Spanish"), asks.skills().toString());
  }

  @Test
  void negatedSkillsAreNotReturned() {
    Extraction e = x.extract("No experience with SAP needed, full training given.");
    assertFalse(anyLabelContains(e, "SAP"), e.skills().toString());
    Extraction f = x.extract("Python is not required but SQL is essential.");
    assertTrue(find(f, "Python (computer programming)").isEmpty());
    assertEquals(Requirement.REQUIRED, get(f, "SQL").requirement());
  }

  @Test
  void requirementLevelFollowsSectionsAndCues() {
    Extraction e = x.extract("Requirements:\n- SQL\n- Python\nNice to have:\n- Tableau");
    assertEquals(Requirement.REQUIRED, get(e, "SQL").requirement());
    assertEquals(Requirement.REQUIRED, get(e, "Python (computer programming)").requirement());
    assertEquals(Requirement.PREFERRED, get(e, "Tableau").requirement());
    assertEquals(Requirement.PREFERRED, get(x.extract("Experience with Tableau is a plus."), "Tableau").requirement());
    assertEquals(Requirement.REQUIRED, get(x.extract("You must have strong SQL skills."), "SQL").requirement());
    assertEquals(Requirement.UNSPECIFIED, get(x.extract("The team uses Tableau every day."), "Tableau").requirement());
    Extraction clauses = x.extract("SQL is essential; Python would be a plus.");
    assertEquals(Requirement.REQUIRED, get(clauses, "SQL").requirement());
    assertEquals(Requirement.PREFERRED, get(clauses, "Python (computer programming)").requirement());
  }

  @Test
  void spansPointIntoTheOriginalHtml() {
    String html = "<ul><li>Strong <b>SQL</b> &amp; Python skills</li><li>Team&nbsp;player</li></ul>";
    Extraction e = x.extract(html);
    assertEquals("SQL", at(html, get(e, "SQL")));
    assertEquals("Python", at(html, get(e, "Python (computer programming)")));
    assertEquals("Team&nbsp;player", at(html, get(e, "work in teams")));
  }

  @Test
  void punctuationBearingNamesAndReorderings() {
    String t = "Experience with C++, C#, .NET, Node.js and CI/CD pipelines. Management of projects and managing budgets.";
    Extraction e = x.extract(t);
    assertEquals("C++", at(t, get(e, "C++")));
    assertEquals("C#", at(t, get(e, "C#")));
    assertEquals(".NET", at(t, get(e, "Microsoft .NET Framework")));
    assertEquals("Node.js", at(t, get(e, "Node.js")));
    assertEquals("CI/CD pipelines", at(t, get(e, "Continuous integration software")));
    assertEquals("Management of projects", at(t, get(e, "project management")));
    assertEquals("managing budgets", at(t, get(e, "manage budgets")));
  }

  @Test
  void namesAndVerbsAreNotMatchedByStemAlone() {
    // a stop word between the words, and a different word with the same stem, are not the product name
    assertTrue(find(x.extract("Stay adaptable when plans change."), "Adaptive Planning").isEmpty());
    assertTrue(find(x.extract("We rolled out Adaptive Planning for the budget cycle."), "Adaptive Planning").isPresent());
    // "managers" is an agent noun, not the verb of "manage work"
    assertTrue(find(x.extract("Our managers work closely with HR."), "manage work").isEmpty());
    assertTrue(find(x.extract("You manage work for a team of five."), "manage work").isPresent());
  }

  @Test
  void softSkillsAreFoundAndTypedSoft() {
    String t = "You are a strong communicator, self-motivated, with great attention to detail. "
        + "You work well with others and keep customers happy.";
    Extraction e = x.extract(t);
    for (String label : List.of("communication", "show initiative", "attend to detail", "work in teams")) {
      assertEquals(SkillType.SOFT, get(e, label).concept().type(), label);
    }
    assertEquals("strong communicator", at(t, get(e, "communication")));
    assertTrue(find(e, "customer service").isPresent());
  }

  @Test
  void oneWordTraitsAreFoundBesideLabelsWithTheSameStem() {
    // "confident" stems like the label "confidence", "committed" like "commitment", "efficient"
    // like "efficiency": each word is a form of its own and matches only itself.
    String t = "You are confident, diplomatic, flexible, efficient and committed to the team.";
    Extraction e = x.extract(t);
    assertEquals("confident", at(t, get(e, "show confidence")));
    assertEquals("diplomatic", at(t, get(e, "show diplomacy")));
    assertEquals("flexible", at(t, get(e, "adapt to change")));
    assertEquals("efficient", at(t, get(e, "work efficiently")));
    assertEquals("committed", at(t, get(e, "show commitment")));
    for (ExtractedSkill s : e.skills()) {
      assertEquals(SkillType.SOFT, s.concept().type(), s.concept().preferredLabel());
    }
    assertTrue(find(x.extract("Keep customer data confidential and polite."), "show confidence").isEmpty());
  }

  @Test
  void acronymsTakenFromProductNamesNeedCapitals() {
    assertTrue(find(x.extract("Record each visit accurately on the care app and our apps."),
        "Automated Package Processing System APPS").isEmpty());
    assertTrue(find(x.extract("Sorting mail with the APPS and other postal automation equipment."),
        "Automated Package Processing System APPS").isPresent());
  }

  @Test
  void nonEnglishTextIsFlaggedWithoutSkills() {
    Extraction e = x.extract("Wir suchen eine engagierte Pflegefachkraft mit Erfahrung in der Wundversorgung und "
        + "Teamfähigkeit für unser Team in Berlin. Sie arbeiten mit SAP und Excel.");
    assertEquals("de", e.language());
    assertTrue(e.skills().isEmpty());
  }

  @Test
  void emptyAndMarkupOnlyTextGiveNoSkills() {
    for (String t : new String[] {"", "   \n\t", "<p></p>", "<div><br/><br/></div>", "&nbsp;&nbsp;", "- \n* \n"}) {
      Extraction e = x.extract(t);
      assertTrue(e.skills().isEmpty(), t);
      assertEquals("en", e.language());
    }
    assertTrue(x.extract(null).skills().isEmpty());
  }

  @Test
  void aOneWordSkillNamedByItsVerbIsNotMatchedByTheNoun() {
    // ESCO's skill "plan" is the verb: a care plan or a hiring plan is no planning
    assertTrue(find(x.extract("You will deliver person-centred care plans."), "plan").isEmpty());
    assertTrue(find(x.extract("Achieve the annual hiring plan."), "plan").isEmpty());
    assertTrue(find(x.extract("Plan and prioritise your own workload."), "plan").isPresent());
    assertTrue(find(x.extract("Experience of planning and budgeting."), "plan").isPresent());
    // after a noun the -ing form heads a compound: a domain's activity, not the bare skill
    assertTrue(find(x.extract("You will lead care planning and goal setting."), "plan").isEmpty());
    assertTrue(find(x.extract("Own quarterly account planning for key clients."), "plan").isEmpty());
  }

  @Test
  void aSkillsVerbPhraseIsNotMatchedWhereItsVerbIsANounNorANounCompoundWithItsWordsSwapped() {
    // "support staff" (of guide staff) opens with a skill verb; here the staff are support workers,
    // and "staff support" (of support ICT system users) swapped is the same workers
    Extraction workers = x.extract("You will work alongside reception and administration support staff.");
    assertTrue(find(workers, "guide staff").isEmpty());
    assertTrue(find(workers, "support ICT system users").isEmpty());
    // the verb as a verb, or its -ing form, still asks for the skill
    assertTrue(find(x.extract("You will support staff in the use of the new rota system."), "guide staff").isPresent());
    assertTrue(find(x.extract("You will be supporting staff on the ward."), "guide staff").isPresent());
    // a compound in its own order is the skill's own label
    assertTrue(find(x.extract("You will provide staff support for the new records system."), "support ICT system users")
        .isPresent());
  }

  @Test
  void anAcronymWithCapitalsInsideMustHaveTheFormsCapitals() {
    // "GPS" is an ESCO alternative label of geographic information systems; "GPs" are doctors
    assertTrue(find(x.extract("You will liaise with GPs and pharmacists."), "geographic information systems").isEmpty());
    assertTrue(find(x.extract("Experience with GPS mapping is needed."), "geographic information systems").isPresent());
  }

  @Test
  void aContactLineOfAPostingAsksForNothing() {
    assertTrue(find(x.extract("For an informal chat call Jo Bloggs, SQL Team Lead, on 01234 567890."), "SQL").isEmpty());
    assertTrue(find(x.extract("Questions? E-mail jo.bloggs@example.org, our SQL lead."), "SQL").isEmpty());
    assertTrue(find(x.extract("You will write SQL daily."), "SQL").isPresent());
  }

  @Test
  void inAPostingWhatIsSaidOfTheOrganisationIsNotAskedButInACvItIsTheWriters() {
    String t = "The radiology department provides nuclear medicine and MRI. You will need SQL.";
    assertTrue(find(x.extract(t), "nuclear medicine").isEmpty());
    assertTrue(find(x.extract(t), "SQL").isPresent());
    String cv = "Our team provides nuclear medicine services.";
    assertTrue(find(x.extract(cv, TextKind.CV), "nuclear medicine").isPresent());
    assertTrue(find(x.extract(cv, TextKind.POSTING), "nuclear medicine").isEmpty());
  }

  @Test
  void hugeTextIsCappedAndSaysSo() {
    StringBuilder b = new StringBuilder("We need SQL and Python. ");
    while (b.length() <= TextAnalyzer.MAX_CHARS + 1000) {
      b.append("Lorem ipsum dolor sit amet consectetur adipiscing elit. ");
    }
    b.append("Kubernetes is essential.");
    Extraction e = x.extract(b.toString());
    assertTrue(e.truncated());
    assertTrue(find(e, "SQL").isPresent());
    assertTrue(find(e, "Kubernetes").isEmpty(), "text past the cap is not analysed");
  }

  @Test
  void skillsAreDistinctAndBestFirst() {
    Extraction e = x.extract("SQL, SQL and more SQL. Python too. Requirements: SQL.");
    assertEquals(e.skills().size(), e.skills().stream().map(s -> s.concept().id()).distinct().count());
    for (int i = 1; i < e.skills().size(); i++) {
      assertTrue(e.skills().get(i - 1).score() >= e.skills().get(i).score());
    }
    assertEquals(4, get(e, "SQL").spans().size());
  }
}
