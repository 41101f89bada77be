package dev.skillgap.ingest;

import dev.skillgap.io.BoundedInput;
import dev.skillgap.io.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which uploaded role files go into the inbox. Each file is read exactly as the weekly run
 * will read it ({@link RoleDescriptionParser}); a file is accepted whole or not at all: it is
 * rejected when any of its records is invalid, or when any of its roles has the content of a role
 * already in the inbox or earlier in the same upload, and every such record is listed. A file whose
 * name cannot be placed in the inbox ({@link RoleInbox#nameProblem}) or that is beyond the {@link
 * InputLimits} is rejected too.
 */
public final class RoleUpload {

  /**
   * The verdict on one file.
   *
   * @param file the file as given
   * @param accepted whether it may go into the inbox
   * @param roles its roles (also listed when the file is rejected for a duplicate)
   * @param problems one line per invalid or duplicate record: {@code entry: reason}
   */
  public record Verdict(String file, boolean accepted, List<Posting> roles, List<String> problems) {
    public Verdict {
      roles = List.copyOf(roles);
      problems = List.copyOf(problems);
    }
  }

  private final RoleDescriptionParser parser;
  private final InputLimits limits;
  private final Map<String, String> known = new LinkedHashMap<>();

  /**
   * An upload checked against the roles already in {@code inbox}; roles are dated {@code date}.
   *
   * @throws IOException when an inbox file cannot be read
   */
  public RoleUpload(RoleInbox inbox, LocalDate date) throws IOException {
    this.parser = new RoleDescriptionParser(date);
    this.limits = InputLimits.DEFAULTS;
    for (Path f : inbox.allFiles()) {
      for (Posting p : parser.parseFile(f.toString(), read(f)).accepted()) {
        known.putIfAbsent(p.contentHash(), "inbox file " + f);
      }
    }
  }

  /** {@code file} read as the weekly run reads it, within the {@link InputLimits}. */
  public BoundedInput.Read read(Path file) throws IOException {
    return BoundedInput.read(file.toString(), Files.newInputStream(file), limits,
        RoleDescriptionParser.byLines(file.toString()));
  }

  /** The verdict on {@code content}, the file {@code file}; an accepted file's roles count as known from now on. */
  public Verdict check(String file, byte[] content) {
    return check(file, BoundedInput.of(file, content, limits, RoleDescriptionParser.byLines(file)));
  }

  /** The verdict on the file {@code file} as {@link #read} read it; an accepted file's roles count as known from now on. */
  public Verdict check(String file, BoundedInput.Read content) {
    String badName = RoleInbox.nameProblem(file);
    if (badName != null) {
      return new Verdict(file, false, List.of(), List.of("file: " + badName));
    }
    IngestResult r = parser.parseFile(file, content);
    List<String> problems = new ArrayList<>();
    for (IngestReject x : r.rejects()) {
      problems.add(x.entry() + ": " + x.reason());
    }
    Map<String, String> mine = new LinkedHashMap<>();
    for (Posting p : r.accepted()) {
      String seen = known.get(p.contentHash());
      if (seen == null) {
        seen = mine.get(p.contentHash());
      }
      if (seen != null) {
        problems.add(p.entry() + ": duplicate: same title and description as " + seen);
      } else {
        mine.put(p.contentHash(), file + " " + p.entry());
      }
    }
    boolean ok = problems.isEmpty() && !r.accepted().isEmpty();
    if (ok) {
      mine.forEach((hash, where) -> known.put(hash, "upload " + where));
    }
    return new Verdict(file, ok, r.accepted(), problems);
  }
}
