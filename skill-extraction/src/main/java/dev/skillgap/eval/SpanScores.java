package dev.skillgap.eval;

import java.util.Locale;

/**
 * Span precision, recall and F1, strict (exact offsets) and loose (any overlap), as {@code
 * score.py}'s {@code score_spans} reports them (there rounded to four decimals, here exact).
 *
 * @param gold number of gold spans
 * @param predicted number of predicted spans
 * @param strictP strict precision
 * @param strictR strict recall
 * @param strictF1 strict F1
 * @param looseP share of predicted spans that overlap a gold span
 * @param looseR share of gold spans that a predicted span overlaps
 * @param looseF1 loose F1
 */
public record SpanScores(int gold, int predicted, double strictP, double strictR, double strictF1, double looseP,
    double looseR, double looseF1) {

  /** The scores as score.py prints them: JSON with values rounded to four decimals. */
  public String toJson() {
    return String.format(Locale.ROOT,
        "{\"gold\": %d, \"pred\": %d, \"strict_p\": %.4f, \"strict_r\": %.4f, \"strict_f1\": %.4f, "
            + "\"loose_p\": %.4f, \"loose_r\": %.4f, \"loose_f1\": %.4f}",
        gold, predicted, strictP, strictR, strictF1, looseP, looseR, looseF1);
  }
}
