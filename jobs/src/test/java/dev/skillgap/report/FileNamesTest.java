package dev.skillgap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.Sha256;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void cleanIdsAreKeptAsTheyAre() {
    assertEquals("L001", FileNames.safe("L001"));
    assertEquals("learner.2026_a-b", FileNames.safe("learner.2026_a-b"));
  }

  @Test
  void everythingElseIsReplacedAndHashed() {
    String h = Sha256.hex("../../etc/passwd").substring(0, 10);
    assertEquals("______etc_passwd-" + h, FileNames.safe("../../etc/passwd"));
    assertEquals("a_b-" + Sha256.hex("a/b").substring(0, 10), FileNames.safe("a/b"));
    assertNotEquals(FileNames.safe("a/b"), FileNames.safe("a\\b"), "different ids, different names");
    assertEquals("CON-" + Sha256.hex("CON").substring(0, 10), FileNames.safe("CON"));
    assertEquals("_hidden-" + Sha256.hex(".hidden").substring(0, 10), FileNames.safe(".hidden"));
    assertEquals("_-" + Sha256.hex("").substring(0, 10), FileNames.safe(""));
    assertEquals("_-rf-" + Sha256.hex("-rf").substring(0, 10), FileNames.safe("-rf"));
    assertEquals("a__b-" + Sha256.hex("a..b").substring(0, 10), FileNames.safe("a..b"));
    assertEquals("J_r_me-" + Sha256.hex("Jérôme").substring(0, 10), FileNames.safe("Jérôme"));
    String longId = "x".repeat(5000);
    assertEquals("x".repeat(80) + "-" + Sha256.hex(longId).substring(0, 10), FileNames.safe(longId));
    assertTrue(FileNames.safe("<script>alert(1)</script>").matches("[A-Za-z0-9_.-]+"));
  }
}
