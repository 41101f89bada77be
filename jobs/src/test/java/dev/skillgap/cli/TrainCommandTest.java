package dev.skillgap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.spans.SpanDetector;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train spans}: writes a loadable model, says whether it equals the shipped one, names a
 * missing file; {@code train static-embeddings} names a missing SkillSpan folder (a whole run takes
 * minutes: {@code StaticEmbeddingsDevEval} runs it).
 */
class TrainCommandTest {

  @Test
  void trainsALoadableModelAndComparesItWithTheShippedOne(@TempDir Path dir) throws Exception {
    Path data = Path.of(TrainCommandTest.class.getResource("/skillspan-train-fixture.jsonl").toURI());
    CliTest.Run r = CliTest.run("train", "spans", "--data", data.toString(), "--output", dir.toString(),
        "--iterations", "5", "--threads", "1");
    assertEquals(0, r.code(), r.err());
    Path model = dir.resolve("skillspan-spans.bin");
    assertTrue(Files.size(model) > 0);
    try (InputStream in = Files.newInputStream(model)) {
      assertTrue(SpanDetector.load(in).featureCount() > 0);
    }
    // Twenty sentences and five iterations cannot give the committed model.
    assertTrue(r.out().contains("-> different"), r.out());
    assertTrue(r.out().startsWith(model + ": "), r.out());

    // Training is deterministic: a second run gives the same bytes.
    Path again = dir.resolve("again");
    assertEquals(0, CliTest.run("train", "spans", "--data", data.toString(), "--output", again.toString(),
        "--iterations", "5", "--threads", "2").code());
    assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(again.resolve("skillspan-spans.bin")));
  }

  @Test
  void missingDataIsAOneLineError(@TempDir Path dir) {
    CliTest.Run r = CliTest.run("train", "spans", "--data", dir.resolve("nope.json").toString(), "--output", dir.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("nope.json"), r.err());
  }

  @Test
  void staticEmbeddingsWithoutSkillSpanIsAOneLineError(@TempDir Path dir) {
    CliTest.Run r = CliTest.run("train", "static-embeddings", "--skillspan", dir.resolve("none").toString(), "--out",
        dir.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("--no-skillspan"), r.err());
  }
}
