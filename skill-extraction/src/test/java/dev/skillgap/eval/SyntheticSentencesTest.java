package dev.skillgap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticSentencesTest {

  static List<SyntheticSentences.Sentence> read(String text) throws IOException {
    return SyntheticSentences.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.tsv");
  }

  @Test
  void readsSentencesWithTheirSkillsAndKinds() throws IOException {
    List<SyntheticSentences.Sentence> s = read("# comment\nsyn-1\thealth\tExperience of phlebotomy\tu:a u:b\tdemand\n"
        + "syn-2\thealth\tApplicants must hold HCPC registration.\t\ttrap\n");
    assertEquals(2, s.size());
    assertEquals(Set.of("u:a", "u:b"), s.get(0).skills());
    assertEquals(SyntheticSentences.Kind.DEMAND, s.get(0).kind());
    assertEquals(Set.of(), s.get(1).skills());
    assertEquals(SyntheticSentences.Kind.TRAP, s.get(1).kind());
  }

  @Test
  void aMalformedLineIsNamed() {
    IOException e = assertThrows(IOException.class, () -> read("syn-1\thealth\tonly three\n"));
    assertTrue(e.getMessage().startsWith("t.tsv:1: expected 5"), e.getMessage());
    IOException k = assertThrows(IOException.class, () -> read("#\nsyn-1\th\ts\t\tadvert\n"));
    assertTrue(k.getMessage().contains("t.tsv:2: unknown kind 'advert'"), k.getMessage());
  }

  @Test
  void theShippedFileHasEveryKindAndOnlyDemandingSentencesAskForSkills() throws IOException {
    List<SyntheticSentences.Sentence> all = SyntheticSentences.load();
    assertEquals(820, all.size());
    for (SyntheticSentences.Kind k : SyntheticSentences.Kind.values()) {
      assertTrue(all.stream().anyMatch(s -> s.kind() == k), k::toString);
    }
    assertTrue(all.stream().filter(s -> s.kind() == SyntheticSentences.Kind.EMPLOYER
        || s.kind() == SyntheticSentences.Kind.BENEFIT).allMatch(s -> s.skills().isEmpty()));
    assertTrue(all.stream().filter(s -> s.kind() == SyntheticSentences.Kind.DEMAND).noneMatch(s -> s.skills().isEmpty()));
  }
}
