package dev.skillgap.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.taxonomy.Concept;
import dev.skillgap.text.TextCleaner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded random texts of labels, filler, markup, entities and bullets: every returned span lies
 * inside the text, starts and ends on a visible character outside markup, and its words are a
 * surface form of the skill it cites. The seed is printed on failure.
 */
class RandomTextOffsetsTest {

  static final String[] FILLER = {"we", "are", "looking", "for", "a", "colleague", "with", "and", "the", "team",
      "in", "London", "salary", "£30,000", "per", "annum", "great", "benefits", "(remote)", "e.g.", "daily"};
  static final String[] MARKUP = {"<p>", "</p>", "<b>", "</b>", "<li>", "</li>", "<br/>", "&amp;", "&nbsp;", "\n- ",
      "\n• ", "\n* ", " & ", ", ", "; ", ". ", "<a href=\"x\">", "</a>", "<!-- note -->", "&#8226; ", "\r\n"};

  @Test
  void offsetsStayInsideTheTextAndCiteTheWords() {
    long seed = Long.getLong("seed", System.nanoTime());
    Random rnd = new Random(seed);
    ExtractionModels models = ExtractorFixture.models();
    SkillExtractor x = new PipelineSkillExtractor(models, ExtractorConfig.defaults().lexicalOnly());
    List<Concept> pool = new ArrayList<>();
    for (Concept c : models.taxonomy().concepts()) {
      if (c.preferredLabel().length() < 30 && rnd.nextInt(40) == 0) {
        pool.add(c);
      }
    }
    TextCleaner cleaner = new TextCleaner();
    dev.skillgap.text.TextAnalyzer analyzer = new dev.skillgap.text.TextAnalyzer(models.nlp(), models.normalizer());
    java.util.function.Function<String, String> bagOf = s -> {
      List<String> terms = new ArrayList<>();
      for (dev.skillgap.text.Sentence sen : analyzer.analyzePlain(s).sentences()) {
        for (dev.skillgap.text.Token t : sen.tokens()) {
          if (LexicalMatcher.isContent(t)) {
            terms.add(t.term());
          }
        }
      }
      return SurfaceFormIndex.bagKey(terms);
    };
    List<SurfaceFormIndex.ExtraForm> curated;
    try {
      curated = ExtractionModels.supplement();
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    int checked = 0;
    for (int doc = 0; doc < 150; doc++) {
      StringBuilder b = new StringBuilder();
      int parts = 5 + rnd.nextInt(40);
      for (int i = 0; i < parts; i++) {
        switch (rnd.nextInt(4)) {
          case 0 -> b.append(pool.get(rnd.nextInt(pool.size())).preferredLabel());
          case 1 -> b.append(MARKUP[rnd.nextInt(MARKUP.length)]);
          default -> b.append(FILLER[rnd.nextInt(FILLER.length)]);
        }
        b.append(rnd.nextInt(3) == 0 ? "" : " ");
      }
      String text = b.toString();
      Extraction e = x.extract(text);
      for (ExtractedSkill s : e.skills()) {
        Set<String> bags = new HashSet<>();
        for (String f : s.concept().surfaceForms()) {
          bags.add(SurfaceFormIndex.bagKey(SurfaceFormIndex.contentTerms(f, models.normalizer())));
          bags.add(bagOf.apply(f)); // the text tokenizer may split a label differently ("make-up")
        }
        for (SurfaceFormIndex.ExtraForm f : curated) {
          if (f.conceptId().equals(s.concept().id())) {
            bags.add(SurfaceFormIndex.bagKey(SurfaceFormIndex.contentTerms(f.form(), models.normalizer())));
          }
        }
        for (String f : SurfaceFormIndex.derivedForms(s.concept())) {
          bags.add(SurfaceFormIndex.bagKey(SurfaceFormIndex.contentTerms(f, models.normalizer())));
        }
        for (int[] sp : s.spans()) {
          String where = "seed=" + seed + " doc=" + doc + " span=" + sp[0] + "-" + sp[1] + " text=" + text;
          assertTrue(0 <= sp[0] && sp[0] < sp[1] && sp[1] <= text.length(), where);
          assertTrue(!Character.isWhitespace(text.charAt(sp[0])) && text.charAt(sp[0]) != '<', where);
          assertTrue(!Character.isWhitespace(text.charAt(sp[1] - 1)) && text.charAt(sp[1] - 1) != '>', where);
          String cited = cleaner.clean(text.substring(sp[0], sp[1])).text().replace('\n', ' ');
          String bag = SurfaceFormIndex.bagKey(SurfaceFormIndex.contentTerms(cited, models.normalizer()));
          assertTrue(bags.contains(bag) || bags.contains(bagOf.apply(cited)), where + " cited='" + cited + "' is not a form of " + s.concept().preferredLabel());
          checked++;
        }
      }
    }
    assertTrue(checked > 100, "seed=" + seed + ": only " + checked + " spans checked");
  }
}
