package dev.skillgap.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.skillgap.io.SkillgapHome;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomySources;
import dev.skillgap.taxonomy.TaxonomyStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java WordPiece tokenizer gives the native HuggingFace tokenizer's ids. */
class WordPieceTokenizerTest {

  static SentenceEncoder encoder;
  static WordPieceTokenizer tok;

  @BeforeAll
  static void load() throws Exception {
    encoder = new SentenceEncoder();
    tok = WordPieceTokenizer.loadDefault();
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  /** The native tokenizer's ids without [CLS]/[SEP], from a text short enough not to be truncated. */
  static int[] nativeIds(String text) {
    long[] ids = encoder.wordPieceIds(text);
    return Arrays.stream(ids, 1, ids.length - 1).mapToInt(l -> (int) l).toArray();
  }

  @Test
  void smallVocabularyGreedyLongestMatch() {
    WordPieceTokenizer t = WordPieceTokenizer.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able", "aff",
        "able", "##a", ",", "c", "+", "unaffable");
    // the whole word first, then longest prefixes with ## continuations; a word with an uncovered rest is one [UNK]
    assertArrayEquals(new int[] {13}, t.ids("unaffable"));
    assertArrayEquals(new int[] {4, 5, 9}, t.ids("UNAFFA"));
    assertArrayEquals(new int[] {13, 9, 10, 7}, t.ids("unaffablea,aff"));
    assertArrayEquals(new int[] {3, 4, 5},
        WordPieceTokenizer.of("[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able").ids("unaffable"));
    assertArrayEquals(new int[] {1}, t.ids("unaffx"));
    assertArrayEquals(new int[] {11, 12, 12}, t.ids("C++"));
    assertArrayEquals(new int[] {8, 1}, t.ids("  able\tzzz\n"));
    assertArrayEquals(new int[] {}, t.ids(" \u200b\u0007 "));
    assertArrayEquals(new long[] {2, 8, 3}, t.idsWithSpecialTokens("Able"));
    assertArrayEquals(new int[] {1}, t.ids("a".repeat(101)));
  }

  @Test
  void missingSpecialTokensAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> WordPieceTokenizer.of("[UNK]", "[CLS]", "a"));
    assertThrows(java.io.IOException.class, () -> WordPieceTokenizer.fromTokenizerJson(
        new ByteArrayInputStream("{\"model\":{\"type\":\"BPE\"}}".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void sameIdsAsTheNativeTokenizerOnAwkwardText() {
    List<String> texts = List.of("work in teams", "Python (computer programming)", "C++/C# & .NET", "Node.js, e-mail",
        "Ärzte und Pflegekräfte: café résumé naïve", "İstanbul straße ΣΊΣΥΦΟΣ москва", "日本語の文章と中文",
        "emoji 🙂 here 👩‍💻", "tab\tnew\nline\r\u000b\u000c\u0085 nbsp\u00a0thin\u2009end",
        "soft\u00adhyphen zero\u200bwidth bom\ufeff", "quotes ‘single’ “double” «guillemets» – — …",
        "x", "", "   ", "3.5 years, £30,000–£40,000 p.a.", "a".repeat(100), "b".repeat(101),
        "Supercalifragilisticexpialidocious antidisestablishmentarianism", "ﬁnance ligature Ⅻ ① ㎞", "\ud800 lone");
    for (String t : texts) {
      assertArrayEquals(nativeIds(t), tok.ids(t), t);
    }
  }

  /** Every label and description of the real taxonomy (about 120k texts) tokenises as the native tokenizer does. */
  @Test
  void sameIdsAsTheNativeTokenizerOnTheWholeTaxonomy() throws Exception {
    Taxonomy t = TaxonomyStore.open(SkillgapHome.defaultCompiledTaxonomy(),
        TaxonomySources.under(SkillgapHome.defaultTaxonomySources()), s -> {});
    List<String> texts = new ArrayList<>();
    for (Concept c : t.concepts()) {
      texts.addAll(c.surfaceForms());
      if (c.description() != null) {
        texts.add(c.description());
      }
    }
    int checked = 0;
    List<String> differ = new ArrayList<>();
    for (String text : texts) {
      long[] ids = encoder.wordPieceIds(text);
      if (ids.length == SentenceEncoder.MAX_WORD_PIECES) {
        continue; // truncated natively
      }
      checked++;
      if (!Arrays.equals(nativeIds(text), tok.ids(text))) {
        differ.add(text);
      }
    }
    assertEquals(List.of(), differ.subList(0, Math.min(10, differ.size())));
    assertEquals(true, checked > 100_000, "checked " + checked);
  }
}
