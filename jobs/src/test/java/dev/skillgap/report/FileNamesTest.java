package dev.skillgap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void cleanIdsAreKeptAsTheyAre() {
    assertEquals("L001", FileNames.safe("L001"));
    assertEquals("learner.2026_a-b", FileNames.safe("learner.2026_a-b"));
  }

  @Test
  void everythingElseIsReplacedAndHashed() {
    String h = FileNames.sha256("../../etc/passwd").substring(0, 10);
    assertEquals("______etc_passwd-" + h, FileNames.safe("../../etc/passwd"));
    assertEquals("a_b-" + FileNames.sha256("a/b").substring(0, 10), FileNames.safe("a/b"));
    assertNotEquals(FileNames.safe("a/b"), FileNames.safe("a\\b"), "different ids, different names");
    assertEquals("CON-" + FileNames.sha256("CON").substring(0, 10), FileNames.safe("CON"));
    assertEquals("_hidden-" + FileNames.sha256(".hidden").substring(0, 10), FileNames.safe(".hidden"));
    assertEquals("_-" + FileNames.sha256("").substring(0, 10), FileNames.safe(""));
    assertEquals("_-rf-" + FileNames.sha256("-rf").substring(0, 10), FileNames.safe("-rf"));
    assertEquals("a__b-" + FileNames.sha256("a..b").substring(0, 10), FileNames.safe("a..b"));
    assertEquals("J_r_me-" + FileNames.sha256("Jérôme").substring(0, 10), FileNames.safe("Jérôme"));
    String longId = "x".repeat(5000);
    assertEquals("x".repeat(80) + "-" + FileNames.sha256(longId).substring(0, 10), FileNames.safe(longId));
    assertTrue(FileNames.safe("<script>alert(1)</script>").matches("[A-Za-z0-9_.-]+"));
  }
}
