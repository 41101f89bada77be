package dev.skillgap.cli;

import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.demand.WeekId;
import dev.skillgap.synth.SampleTemplates;
import dev.skillgap.synth.SyntheticInputs;
import dev.skillgap.synth.SyntheticWriter;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skillgap generate}: seeded synthetic postings, learners and a catalogue, in data-samples' layout. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write seeded synthetic inputs in data-samples' layout: postings/<week>/ (JSON Lines, CSV, JSON-LD),",
        "learners/learners.jsonl with cv/, catalog/courses.csv with openbadges/. Postings (~3 KB) recombine the sample",
        "postings of the same occupation with sentences built from its ESCO skill labels. Same seed, same files."})
final class GenerateCommand implements Callable<Integer> {

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to write into.")
  Path out;

  @Option(names = "--postings", defaultValue = "1000", description = "Postings (default: ${DEFAULT-VALUE}).")
  long postings;

  @Option(names = "--learners", defaultValue = "200", description = "Learners (default: ${DEFAULT-VALUE}).")
  int learners;

  @Option(names = "--credentials", defaultValue = "100", description = "Credentials (default: ${DEFAULT-VALUE}).")
  int credentials;

  @Option(names = "--weeks", paramLabel = "YYYY-Www", arity = "1..*", split = ",",
      description = "Weeks the postings spread over (default: 2026-W48).")
  List<String> weeks;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin
  TaxonomyOptions taxonomy;

  @Mixin
  SyntheticOptions synthetic;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (postings < 0 || learners < 0 || credentials < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "sizes must not be negative");
    }
    List<WeekId> ws;
    try {
      ws = weeks == null ? List.of(WeekId.parse("2026-W48")) : weeks.stream().map(WeekId::parse).toList();
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--weeks: " + e.getMessage());
    }
    PrintWriter w = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    SyntheticWriter.Written r = SyntheticWriter.write(generator(taxonomy.open(spec.commandLine().getErr()), seed, synthetic), out,
        ws, postings, learners, credentials);
    w.printf("wrote %s: %,d postings in %d files (%.1f MB) by week %s; %,d learners (%,d CVs); %,d credentials (%.1f s)%n",
        out, postings, r.postingFiles(), r.postingBytes() / 1e6, r.postingsByWeek(), r.learners(), r.cvs(),
        r.credentials(), (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  static SyntheticInputs generator(Taxonomy t, long seed, SyntheticOptions o) throws IOException {
    return new SyntheticInputs(seed, SampleTemplates.read(SkillgapHome.dataSamples().resolve("postings")), t,
        new RoleResolver(t), o.sampleWording);
  }
}
