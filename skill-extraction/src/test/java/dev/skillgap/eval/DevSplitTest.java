package dev.skillgap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevSplitTest {

  @Test
  void aRecordsPartIsTheParityOfTheLastHexDigitOfItsHash() {
    // sha256("esco-tech\ttech-0") ends in 7, "esco-tech\ttech-1" in 0, "esco-house\thouse-5" in 1 (Python's hashlib)
    assertEquals(DevSplit.HELDOUT, DevSplit.of("esco-tech", "tech-0"));
    assertEquals(DevSplit.SELECTION, DevSplit.of("esco-tech", "tech-1"));
    assertEquals(DevSplit.HELDOUT, DevSplit.of("esco-house", "house-5"));
    // the set is part of the key
    assertEquals(DevSplit.SELECTION, DevSplit.of("esco-house", "house-0"));
  }

  @Test
  void thePartsShareASetAboutEquallyAndKeepItsOrder() {
    List<EvalRecord> set = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      set.add(new EvalRecord("tech-" + i, "text " + i, List.of(), List.of()));
    }
    List<EvalRecord> a = DevSplit.SELECTION.of("esco-tech", set);
    List<EvalRecord> b = DevSplit.HELDOUT.of("esco-tech", set);
    assertEquals(200, a.size() + b.size());
    assertTrue(a.size() > 80 && b.size() > 80, a.size() + " / " + b.size());
    assertEquals("tech-1", a.get(0).id());
    assertEquals("tech-0", b.get(0).id());
  }
}
