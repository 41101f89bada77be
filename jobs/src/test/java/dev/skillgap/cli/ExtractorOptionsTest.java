package dev.skillgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.io.SkillgapHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each command that extracts loads the taxonomy once ({@link ExtractorOptions#load}), however many parts use it. */
class ExtractorOptionsTest {

  /**
   * A copy of the taxonomy sources dated an hour ahead: a taxonomy compiled from them is always older
   * than its sources, so every open compiles it again and says so on the error stream.
   */
  private static Path sourcesAhead(Path dir) throws IOException {
    Path src = SkillgapHome.defaultTaxonomySources();
    FileTime ahead = FileTime.from(Instant.now().plus(Duration.ofHours(1)));
    try (Stream<Path> files = Files.walk(src)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = dir.resolve(src.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
        Files.setLastModifiedTime(to, ahead);
      }
    }
    return dir;
  }

  /** The commands that used to open the taxonomy a second time beside the extractor's models. */
  static List<List<String>> commands() {
    return List.of(List.of("recommend", "-o", "OUT"),
        List.of("bench", "recommend", "--credentials", "250", "--repeat", "1"),
        List.of("bench", "extract", "--corpus", "synthetic", "--postings", "20", "--threads", "1"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void theTaxonomyIsOpenedOnce(List<String> command, @TempDir Path dir) throws Exception {
    List<String> args = new ArrayList<>();
    command.forEach(a -> args.add(a.equals("OUT") ? dir.resolve("out.jsonl").toString() : a));
    args.addAll(List.of("--taxonomy", dir.resolve("taxonomy.sgt").toString(), "--taxonomy-sources",
        sourcesAhead(dir.resolve("sources")).toString(), "--lexical-only"));
    CliTest.Run r = ExtractCommandTest.run(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    Matcher m = Pattern.compile("skillgap: compiling taxonomy from ").matcher(r.err());
    int opens = 0;
    while (m.find()) {
      opens++;
    }
    assertEquals(1, opens, r.err());
  }
}
