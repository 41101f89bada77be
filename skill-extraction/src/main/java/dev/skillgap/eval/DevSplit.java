package dev.skillgap.eval;

import dev.skillgap.io.Sha256;
import java.util.List;

/**
 * The two parts of a validation set: one to choose between models and settings on, and one held
 * out, to report a figure nobody chose on. A record's part is fixed by the SHA-256 of its set and
 * id, so it never depends on the order of a file or on the extractor.
 *
 * <p>The weights, lists and calibration shipped before 2026-12-07 were fitted on whole sets, so the
 * held-out part is clean only for choices made since; a large gap between the parts is what the
 * split is there to show.
 */
public enum DevSplit {
  /** The part settings are chosen on. */
  SELECTION,
  /** The part held out from every choice. */
  HELDOUT;

  /** The part of record {@code id} of set {@code set}: the last hex digit of SHA-256("set TAB id"), even or odd. */
  public static DevSplit of(String set, String id) {
    String h = Sha256.hex(set + "\t" + id);
    return Character.digit(h.charAt(h.length() - 1), 16) % 2 == 0 ? SELECTION : HELDOUT;
  }

  /** The records of {@code records} (of set {@code set}) in this part, in order. */
  public List<EvalRecord> of(String set, List<EvalRecord> records) {
    return records.stream().filter(r -> of(set, r.id()) == this).toList();
  }
}
