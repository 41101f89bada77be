package dev.skillgap.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.SkillgapHome;
import dev.skillgap.io.TextDecoding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnerReaderTest {

  @Test
  void readsTheSampleLearnersWithTheirOddlyEncodedCvs() throws Exception {
    LearnerReader.Result r = new LearnerReader().read(SkillgapHome.dataSamples().resolve("learners/learners.jsonl"));
    assertEquals(66, r.learners().size());
    assertEquals(66, r.read());
    assertEquals(0, r.rejects().size());
    Map<String, LearnerProfile> by = r.learners().stream().collect(Collectors.toMap(LearnerProfile::learnerId, Function.identity()));
    assertTrue(by.get("L012").notes().get(0).contains("Windows-1252"), by.get("L012").notes().toString());
    assertTrue(by.get("L012").cvText().contains("£") || by.get("L012").cvText().contains("é"));
    assertTrue(by.get("L018").notes().get(0).contains("UTF-16LE"));
    assertTrue(by.get("L034").notes().get(0).contains("Windows-1252 byte"), by.get("L034").notes().toString());
    assertTrue(by.get("L007").notes().isEmpty(), "a UTF-8 BOM is normal");
    assertTrue(by.get("L065").notes().get(0).contains("CV file not found"));
    assertNull(by.get("L066").cvText());
    assertTrue(by.get("L066").declaredSkills().isEmpty() && by.get("L066").badges().isEmpty());
    assertEquals("dragon tamer", by.get("L063").targetRole());
  }

  @Test
  void badLinesAreRejectedAndDuplicatesCounted(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("l.jsonl");
    Files.writeString(f, "{\"learnerId\": \"A\", \"targetRole\": \"cook\"}\n{oops\n\n{\"name\": \"no id\"}\n"
        + "{\"learnerId\": \"A\", \"targetRole\": \"chef\"}\n", StandardCharsets.UTF_8);
    LearnerReader.Result r = new LearnerReader().read(f);
    assertEquals(1, r.learners().size());
    assertEquals("cook", r.learners().get(0).targetRole());
    assertEquals(2, r.rejects().size());
    assertEquals(2, r.rejects().get(0).line());
    assertTrue(r.rejects().get(0).reason().startsWith("not valid JSON"));
    assertEquals(4, r.rejects().get(1).line());
    assertEquals(1, r.duplicates());
    assertEquals(r.read(), r.learners().size() + r.rejects().size() + r.duplicates());
  }

  @Test
  void decodingPicksTheEncoding() {
    assertEquals("café", TextDecoding.decode(new byte[] {'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9}).text());
    TextDecoding.Decoded cp = TextDecoding.decode(new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xA3, '5'});
    assertEquals("café £5", cp.text());
    assertEquals("Windows-1252", cp.encoding());
    assertEquals("hi", TextDecoding.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0}).text());
    TextDecoding.Decoded mixed = TextDecoding.decode("é".getBytes(StandardCharsets.UTF_8).length == 2
        ? new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0x96} : new byte[0]);
    assertEquals("é–", mixed.text());
    assertEquals("UTF-8 with 1 Windows-1252 byte", mixed.encoding());
  }
}
