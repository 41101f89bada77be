package dev.skillgap.pipeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code skillgap} command in a JVM of its own, with this test JVM's classpath and Spark flags:
 * how tests kill a real run part-way (a halt, as {@code kill -9} would) without killing themselves.
 */
final class ChildRun {

  private ChildRun() {}

  /**
   * Starts {@code args} as a {@code skillgap} command line, with the extra system properties {@code
   * properties} ({@code -Dname=value}), its output going to {@code log}.
   */
  static Process start(Path log, List<String> properties, List<String> args) throws java.io.IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-D") || a.startsWith("-X")) {
        cmd.add(a);
      }
    }
    cmd.addAll(properties);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.skillgap.cli.SkillgapCommand"));
    cmd.addAll(args);
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
