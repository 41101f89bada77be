package dev.skillgap.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.demand.DemandPolicy;
import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.ingest.Posting;
import dev.skillgap.ingest.RoleInbox;
import dev.skillgap.ingest.RoleUpload;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.pipeline.WeeklyJob;
import dev.skillgap.taxonomy.SkillType;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skillgap upload ...}: hands HR files to the next weekly run. */
@Command(name = "upload", mixinStandardHelpOptions = true, description = "Upload files for the next weekly run.",
    subcommands = {UploadCommand.Roles.class})
public final class UploadCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * {@code skillgap upload roles FILE...}: validates HR role descriptions exactly as the weekly run
   * reads them, places each accepted file whole in the lake's inbox, and shows the skills found.
   */
  @Command(name = "roles", mixinStandardHelpOptions = true,
      description = {"Validate HR role descriptions (.txt, .md, .csv, JSON-LD JobPosting .json/.jsonld) and place the",
          "accepted files in <lake>/inbox/roles for the next weekly run. Each file is accepted whole or not at all;",
          "every invalid or duplicate record is listed. Exit code 1 when any file is rejected."})
  static final class Roles implements Callable<Integer> {

    /** Skills shown per type and role; the rest are counted. */
    static final int SHOWN = 12;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Role description files.")
    List<Path> files;

    @Option(names = "--lake", paramLabel = "DIR", description = "Lake folder (default: ./lake, as for weekly).")
    Path lake;

    @Option(names = "--json", description = "One JSON document per file instead of text.")
    boolean json;

    @Mixin
    ExtractorOptions extractor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          throw new NoSuchFileException(f.toString());
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      RoleInbox inbox = new RoleInbox(lake != null ? lake : SkillgapHome.dir().resolve("lake"));
      RoleUpload upload = new RoleUpload(inbox, LocalDate.now());
      List<RoleUpload.Verdict> verdicts = new ArrayList<>();
      for (Path f : files) {
        verdicts.add(upload.check(f.toString(), upload.read(f))); // within the input limits, as the weekly run reads
      }
      PipelineSkillExtractor x = verdicts.stream().anyMatch(v -> !v.roles().isEmpty())
          ? extractor.load(spec.commandLine().getErr()).extractor() : null;
      int rejected = 0;
      for (int i = 0; i < files.size(); i++) {
        RoleUpload.Verdict v = verdicts.get(i);
        // an accepted file is within the limits, so reading it whole again is bounded
        Path placed = v.accepted() ? inbox.place(files.get(i).toString(), Files.readAllBytes(files.get(i))) : null;
        rejected += v.accepted() ? 0 : 1;
        if (json) {
          out.println(Json.MAPPER.writeValueAsString(toJson(v, placed, x)));
        } else {
          print(out, v, placed, x);
        }
        out.flush();
      }
      if (!json) {
        out.printf("%d of %d files accepted%s%n", files.size() - rejected, files.size(),
            rejected == 0 ? "; they will be read by the next weekly run" : "");
      }
      return rejected == 0 ? 0 : 1;
    }

    private static void print(PrintWriter out, RoleUpload.Verdict v, Path placed, PipelineSkillExtractor x) {
      if (v.accepted()) {
        out.printf("accepted  %s -> %s%n", v.file(), placed);
      } else {
        out.printf("rejected  %s: %d problem%s; nothing from this file was placed%n", v.file(), v.problems().size(),
            v.problems().size() == 1 ? "" : "s");
        v.problems().forEach(p -> out.println("  " + p));
      }
      if (!v.accepted()) {
        return;
      }
      for (Posting p : v.roles()) {
        out.printf("  role %s \"%s\"%s%n", p.postingId(), p.title(),
            p.occupationCode().isBlank() ? "" : " (occupation " + p.occupationCode() + ")");
        Extraction e = x.extract(p.description());
        if (!"en".equals(e.language())) {
          out.printf("    warning: the text reads as '%s', not English: no skills can be found in it%n", e.language());
          continue;
        }
        for (SkillType type : SkillType.values()) {
          List<ExtractedSkill> s = shown(e, type);
          List<String> names = s.stream().limit(SHOWN)
              .map(k -> k.concept().preferredLabel() + " (" + k.requirement().wireName() + ")").toList();
          out.printf("    %s skills: %s%s%n", type.name().toLowerCase(java.util.Locale.ROOT),
              names.isEmpty() ? "none found" : String.join(", ", names),
              s.size() > SHOWN ? " and " + (s.size() - SHOWN) + " more" : "");
        }
      }
    }

    private static ObjectNode toJson(RoleUpload.Verdict v, Path placed, PipelineSkillExtractor x) {
      ObjectNode d = Json.MAPPER.createObjectNode();
      d.put("file", v.file());
      d.put("accepted", v.accepted());
      d.put("placedAt", placed == null ? null : placed.toString());
      v.problems().forEach(d.putArray("problems")::add);
      if (v.problems().isEmpty()) {
        d.putArray("problems");
      }
      ArrayNode roles = d.putArray("roles");
      for (Posting p : v.roles()) {
        ObjectNode r = roles.addObject();
        r.put("entry", p.entry()).put("id", p.postingId()).put("title", p.title()).put("occupation", p.occupationCode());
        Extraction e = x.extract(p.description());
        r.put("language", e.language());
        ArrayNode skills = r.putArray("skills");
        for (SkillType type : SkillType.values()) {
          for (ExtractedSkill k : shown(e, type)) {
            skills.addObject().put("uri", k.concept().id()).put("label", k.concept().preferredLabel())
                .put("type", type.name().toLowerCase(java.util.Locale.ROOT)).put("requirement", k.requirement().wireName())
                .put("score", Math.round(k.score() * 10000) / 10000.0);
          }
        }
      }
      return d;
    }

    /** The skills of one type that the weekly demand would count, best first. */
    private static List<ExtractedSkill> shown(Extraction e, SkillType type) {
      return e.skills().stream().filter(k -> k.concept().type() == type && DemandPolicy.counts(k.score()))
          .toList();
    }
  }
}
