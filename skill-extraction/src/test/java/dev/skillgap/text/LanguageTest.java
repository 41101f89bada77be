package dev.skillgap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

  private final LanguageGuesser guesser = new LanguageGuesser();

  @Test
  void aShortTitleInAnotherScriptIsToldByItsScript() {
    assertEquals("zh", guesser.guess("市场营销学"));
    assertEquals("zh", guesser.guess("Python 数据分析与机器学习实战")); // Latin product names among Chinese
    assertEquals("ja", guesser.guess("マーケティング入門"));
    assertEquals("ja", guesser.guess("経営戦略の基礎を学ぶ")); // kanji outnumber kana
    assertEquals("ko", guesser.guess("데이터 분석 입문"));
    assertEquals("ru", guesser.guess("Основы программирования"));
    assertEquals("ar", guesser.guess("مقدمة في التسويق"));
  }

  @Test
  void latinTextIsToldByFunctionWordsAndShortLatinTextIsEnglish() {
    assertEquals("en", guesser.guess("SQL, Python, Tableau"));
    assertEquals("en", guesser.guess("Aprende Python")); // too short to tell: taken as English
    assertEquals("es", guesser.guess("Aprende a programar con Python desde cero: el curso para los que no saben nada"
        + " de la programación y de los datos"));
    assertEquals("en", guesser.guess("Learn to program with Python from scratch: the course for those who know nothing"
        + " about programming and data"));
    assertEquals("en", guesser.guess("Learn 数据 with Python and Tableau in the course for analysts"),
        "a few foreign letters among English words");
  }

  @Test
  void declaredLanguagesAreReadAsIso6391() {
    assertEquals("en", LanguageCodes.of("English"));
    assertEquals("en", LanguageCodes.of("en-US"));
    assertEquals("en", LanguageCodes.of("en_GB"));
    assertEquals("en", LanguageCodes.of("English, French"));
    assertEquals("es", LanguageCodes.of("Español"));
    assertEquals("es", LanguageCodes.of("Spanish"));
    assertEquals("de", LanguageCodes.of("Deutsch"));
    assertEquals("zh", LanguageCodes.of("zh-Hans"));
    assertEquals("zh", LanguageCodes.of("Chinese (Simplified)"));
    assertEquals("zh", LanguageCodes.of("Simplified Chinese"));
    assertEquals("zh", LanguageCodes.of("Mandarin"));
    assertEquals("pt", LanguageCodes.of("Português"));
    assertEquals("fr", LanguageCodes.of("fra"));
    assertEquals("", LanguageCodes.of("Multiple"));
    assertEquals("", LanguageCodes.of("  "));
    assertEquals("", LanguageCodes.of(null));
  }
}
