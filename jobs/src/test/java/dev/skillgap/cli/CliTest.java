package dev.skillgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillgap.io.SkillgapHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract: exit codes, one-line errors naming the file, help everywhere. */
class CliTest {

  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SkillgapCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void versionNamesTheProductAndTaxonomy() {
    Run r = run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("skillgap "), r.out());
    assertTrue(r.out().contains("ESCO v1.1.1 + O*NET 29.2"), r.out());
  }

  @Test
  void everyCommandHasHelp() {
    List<String[]> paths = new ArrayList<>();
    collect(new CommandLine(new SkillgapCommand()), new ArrayList<>(), paths);
    assertTrue(paths.size() >= 5, "commands found: " + paths.size());
    for (String[] path : paths) {
      String[] args = java.util.Arrays.copyOf(path, path.length + 1);
      args[path.length] = "--help";
      Run r = run(args);
      assertEquals(0, r.code(), String.join(" ", args));
      assertTrue(r.out().contains("Usage: skillgap"), String.join(" ", args) + ": " + r.out());
    }
  }

  private static void collect(CommandLine cl, List<String> prefix, List<String[]> into) {
    into.add(prefix.toArray(String[]::new));
    for (var e : cl.getSubcommands().entrySet()) {
      List<String> p = new ArrayList<>(prefix);
      p.add(e.getKey());
      collect(e.getValue(), p, into);
    }
  }

  @Test
  void unknownOptionIsOneLineAndExitCodeTwo() {
    Run r = run("taxonomy", "stats", "--bogus");
    assertEquals(2, r.code());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("'--bogus'"), r.err());
    assertTrue(r.err().contains("skillgap taxonomy stats --help"), r.err());
  }

  @Test
  void missingOptionValueAndMissingSubcommandAreUsageErrors() {
    assertEquals(2, run("taxonomy", "build", "--output").code());
    Run r = run("taxonomy");
    assertEquals(2, r.code());
    assertEquals(1, r.errLines().size(), r.err());
    assertEquals(2, run().code());
    assertEquals(2, run("bench", "taxonomy", "--repeats", "many").code());
  }

  @Test
  void missingSourceFolderIsNamedWithoutStackTrace(@TempDir Path tmp) {
    Path nope = tmp.resolve("no-such-dir");
    Run r = run("taxonomy", "build", "--source", nope.toString(), "--output", tmp.resolve("t.sgt").toString());
    assertEquals(1, r.code());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains(nope.resolve("esco").toString()), r.err());
    assertTrue(r.err().contains("no such file or directory"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void verboseAddsTheStackTrace(@TempDir Path tmp) {
    Run r = run("taxonomy", "build", "--verbose", "--source", tmp.resolve("x").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void unreadableCompiledTaxonomyIsNamed(@TempDir Path tmp) throws Exception {
    Path junk = tmp.resolve("junk.sgt");
    Files.writeString(junk, "not a taxonomy");
    Run r = run("taxonomy", "stats", "--taxonomy", junk.toString(), "--taxonomy-sources", tmp.resolve("none").toString());
    assertEquals(1, r.code());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains(junk.toString()) && r.err().contains("not a compiled skillgap taxonomy"), r.err());

    Path missing = tmp.resolve("missing.sgt");
    r = run("taxonomy", "stats", "--taxonomy", missing.toString(), "--taxonomy-sources", tmp.resolve("none").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(missing.toString()), r.err());
  }

  @Test
  void malformedSourceRowIsReportedWithFileAndLine(@TempDir Path tmp) throws Exception {
    Path esco = Files.createDirectories(tmp.resolve("src/esco"));
    Files.createDirectories(tmp.resolve("src/onet"));
    Files.writeString(esco.resolve("skillGroups_en.csv"), "conceptUri,preferredLabel\nx,y\n");
    Run r = run("taxonomy", "build", "--source", tmp.resolve("src").toString(), "--output", tmp.resolve("t.sgt").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("skillGroups_en.csv: line 1: missing column 'code'"), r.err());
  }

  @Test
  void buildThenStatsOnTheShippedSources(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("t.sgt");
    Run b = run("taxonomy", "build", "--source", SkillgapHome.defaultTaxonomySources().toString(), "--output", out.toString());
    assertEquals(0, b.code(), b.err());
    assertTrue(b.out().contains("read 13,896 ESCO skill rows (6 with a blank type)"), b.out());
    Run s = run("taxonomy", "stats", "--taxonomy", out.toString(), "--json");
    assertEquals(0, s.code(), s.err());
    JsonNode j = Json.MAPPER.readTree(s.out());
    assertEquals(3007, j.get("escoOccupations").asInt());
    assertEquals(1016, j.get("onetOccupations").asInt());
    assertEquals(j.get("concepts").asInt(), j.get("byType").get("HARD").asInt() + j.get("byType").get("SOFT").asInt());
    Run text = run("taxonomy", "stats", "--taxonomy", out.toString());
    assertTrue(text.out().contains("occupations   4,023 (ESCO 3,007, O*NET 1,016)"), text.out());
  }
}
