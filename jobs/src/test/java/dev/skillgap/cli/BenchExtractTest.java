package dev.skillgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchExtractTest {

  private static Path skillSpan(Path root, String train, String dev) throws IOException {
    Path dir = Files.createDirectories(root.resolve("skillspan/json"));
    Files.writeString(dir.resolve("train.json"), train);
    Files.writeString(dir.resolve("dev.json"), dev);
    return root;
  }

  @Test
  void skillSpanPostingsAreTheirSentencesInFileOrder(@TempDir Path root) throws IOException {
    String train = """
        {"idx": 1, "tokens": ["Data", "Engineer"], "source": "tech"}
        {"idx": 1, "tokens": ["Experience", "with", "Spark", "."], "source": "tech"}
        {"idx": 2, "tokens": ["Nurse"], "source": "house"}

        {"idx": 1, "tokens": ["SQL", "is", "a", "plus", "."], "source": "tech"}
        """;
    String dev = """
        {"idx": 1, "tokens": ["Welder"], "source": "tech"}
        """;
    List<String> postings = BenchExtract.skillSpan(skillSpan(root, train, dev));
    // train's tech posting 1 takes its later sentence too; dev's idx 1 is another posting
    assertEquals(List.of("Data Engineer\nExperience with Spark .\nSQL is a plus .\n", "Nurse\n", "Welder\n"), postings);
  }

  @Test
  void aLineWithoutTokensIsNamedByFileAndLine(@TempDir Path root) throws IOException {
    Path data = skillSpan(root, "{\"idx\": 1, \"tokens\": [\"a\"]}\n{\"idx\": 2}\n", "");
    IOException e = assertThrows(IOException.class, () -> BenchExtract.skillSpan(data));
    assertEquals(data.resolve("skillspan/json/train.json") + ": line 2: no tokens or idx", e.getMessage());
    IOException missing = assertThrows(IOException.class, () -> BenchExtract.skillSpan(root.resolve("nowhere")));
    assertEquals(root.resolve("nowhere/skillspan/json/train.json")
        + ": not found (SkillSpan, from ../shared/data; give its folder with --data)", missing.getMessage());
  }
}
