package dev.skillgap.eval;

import java.util.List;

/**
 * One evaluation input with its gold answer.
 *
 * @param id record id (as devsets.py names it)
 * @param text the input text
 * @param goldLabels gold ESCO preferred labels (linking sets), else empty
 * @param goldSpans gold character spans (span sets), else empty
 */
public record EvalRecord(String id, String text, List<String> goldLabels, List<CharSpan> goldSpans) {
  public EvalRecord {
    goldLabels = List.copyOf(goldLabels);
    goldSpans = List.copyOf(goldSpans);
  }
}
