package dev.skillgap.cli;

import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyCodec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skillgap bench ...}: measured speed and memory, never asserted in unit tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: speed and memory of the engine's parts.",
    subcommands = {BenchCommand.TaxonomyLoad.class, BenchExtract.class, BenchWeekly.class, BenchRecommend.class,
        BenchEmbeddings.class})
public final class BenchCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** {@code skillgap bench taxonomy}: load time of the compiled taxonomy, first (cold) and repeated. */
  @Command(name = "taxonomy", mixinStandardHelpOptions = true,
      description = "Time loading the compiled taxonomy: the first load in this JVM, then the median of repeats.")
  static final class TaxonomyLoad implements Callable<Integer> {

    @Mixin
    TaxonomyOptions taxonomy;

    @Option(names = "--repeats", defaultValue = "10", description = "Loads after the first (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter w = spec.commandLine().getOut();
      taxonomy.open(spec.commandLine().getErr()); // compile first if needed, outside the timing
      Path file = taxonomy.compiledPath();
      Runtime rt = Runtime.getRuntime();
      long t0 = System.nanoTime();
      Taxonomy first = TaxonomyCodec.read(file);
      double cold = (System.nanoTime() - t0) / 1e6;
      double[] ms = new double[Math.max(1, repeats)];
      for (int i = 0; i < ms.length; i++) {
        long s = System.nanoTime();
        TaxonomyCodec.read(file);
        ms[i] = (System.nanoTime() - s) / 1e6;
      }
      Arrays.sort(ms);
      System.gc();
      long heap = rt.totalMemory() - rt.freeMemory();
      w.printf("compiled taxonomy %s: %,d bytes, %,d concepts, %,d occupations%n", file, Files.size(file),
          first.size(), first.occupations().size());
      w.printf("first load %.0f ms (cold JVM); repeated loads median %.0f ms, min %.0f ms, max %.0f ms over %d%n",
          cold, ms[ms.length / 2], ms[0], ms[ms.length - 1], ms.length);
      w.printf("heap in use after loading, GC'd: %,d MB%n", heap / (1024 * 1024));
      return 0;
    }
  }
}
