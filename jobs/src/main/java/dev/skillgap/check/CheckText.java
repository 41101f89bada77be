package dev.skillgap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a dry run for people: a total line, then each file with its counts, notes and reasons. */
public final class CheckText {

  /** Files listed by name when they are many: clean ones and those passed over. */
  static final int SHOWN = 10;

  private CheckText() {}

  /** The lines of {@code r}, which took {@code seconds}. */
  public static List<String> lines(InputCheck.Result r, double seconds) {
    List<String> out = new ArrayList<>();
    int read = 0;
    int accepted = 0;
    int dups = 0;
    int rejected = 0;
    int warned = 0;
    for (FileCheck f : r.files()) {
      read += f.read();
      accepted += f.accepted();
      dups += f.duplicates();
      rejected += f.rejected();
      warned += f.warned();
    }
    out.add(String.format(Locale.ROOT, "%s: %d file%s, %,d records read = %,d accepted + %,d duplicates + %,d rejected;"
            + " %,d warned (%.1f s)", r.kind(), r.files().size(), r.files().size() == 1 ? "" : "s", read, accepted, dups,
        rejected, warned, seconds));
    r.notes().forEach(n -> out.add("note: " + n));
    List<String> clean = new ArrayList<>();
    for (FileCheck f : r.files()) {
      if (f.rejected() == 0 && f.duplicates() == 0 && f.warned() == 0 && f.notes().isEmpty()) {
        clean.add(f.file() + " (" + f.read() + ")");
        continue;
      }
      out.add("");
      out.add(f.file());
      out.add(String.format(Locale.ROOT, "  read %,d = accepted %,d + duplicates %,d + rejected %,d; warned %,d",
          f.read(), f.accepted(), f.duplicates(), f.rejected(), f.warned()));
      for (String n : f.notes()) {
        out.add("  note: " + n);
      }
      reasons(out, "rejected", f.rejects());
      reasons(out, "warned", f.warnings());
    }
    if (!clean.isEmpty()) {
      out.add("");
      out.add(clean.size() + " more file(s) with every record accepted, no duplicate and no warning:");
      clean.stream().limit(SHOWN).forEach(c -> out.add("  " + c));
      if (clean.size() > SHOWN) {
        out.add("  ... and " + (clean.size() - SHOWN) + " more");
      }
    }
    if (!r.skipped().isEmpty()) {
      out.add("");
      out.add("passed over " + r.skipped().size() + " file(s) in the folders named:");
      out.addAll(dev.skillgap.ingest.InputFiles.describe(r.skipped(), SHOWN));
    }
    return out;
  }

  private static void reasons(List<String> out, String what, List<ReasonCount> reasons) {
    if (reasons.isEmpty()) {
      return;
    }
    out.add("  top " + what + " reasons:");
    for (ReasonCount c : reasons) {
      out.add(String.format(Locale.ROOT, "    %,7d  %s (e.g. %s)", c.count(), c.reason(), c.exampleEntry()));
    }
  }
}
