package dev.skillgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExtractorConfigTest {

  @Test
  void surfaceFormsAloneAreScoredWithTheirOwnWeights() {
    ExtractorConfig full = ExtractorConfig.defaults();
    assertEquals(full.scoring(), full.effectiveScoring());
    assertEquals(full.lexical().aloneScoring(), full.lexicalOnly().effectiveScoring());
    assertNotEquals(full.scoring(), full.lexical().aloneScoring(), "learned with semantic and span evidence present");
    assertEquals(full, ExtractorConfig.fromJson(full.toJson()), "the block survives a round trip");
  }

  @Test
  void theLexicalBlockNeedsItsAloneScoring() {
    String json = ExtractorConfig.defaults().toJson().replaceFirst(",\"aloneScoring\":\\{.*?\\}\\}", "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtractorConfig.fromJson(json));
    assertEquals(true, e.getMessage().contains("aloneScoring"), e.getMessage());
  }
}
