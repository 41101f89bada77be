package dev.skillgap.distil;

import dev.skillgap.io.Sha256;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * (text, concept) pairs for contrastive fine-tuning: from the taxonomy, every ESCO alternative
 * label (which include the merged O*NET technology names), hidden label and description with its
 * concept, and every O*NET technology without an ESCO twin with its commodity title; optionally
 * ({@link #withTeacherLinks}) phrases from job ads, such as SkillSpan train's skill spans, with the
 * concept the teacher (MiniLM) links them to. The concept's side is its preferred label. No
 * evaluation text is read here.
 *
 * <p>One alternative label in twenty and one phrase in ten (chosen by a hash of the text, so fixed
 * across runs) are held out of training ({@link #heldOut}): linking those unseen texts is the
 * selection measure for tuning settings, so the validation sets are never used to choose.
 *
 * @param concepts the taxonomy indices of the concepts, one per target
 * @param targets each concept's preferred label, the positive side of its pairs
 * @param train pairs to train on
 * @param heldOut held-out alternative labels and phrases
 */
public record TrainingPairs(int[] concepts, List<String> targets, List<Pair> train, List<Pair> heldOut) {

  /** Where a pair's text comes from. */
  public enum Source { ALT_LABEL, HIDDEN_LABEL, DESCRIPTION, ONET_COMMODITY, TEACHER_LINKED_PHRASE }

  /**
   * One pair.
   *
   * @param text the text to encode
   * @param target index into {@link #targets()}
   * @param source where the text comes from
   */
  public record Pair(String text, int target, Source source) {}

  /** Held out: one in this many alternative labels. */
  static final int HOLD_OUT_ONE_IN = 20;
  /** Held out: one in this many teacher-linked phrases (fewer phrases than labels, so a larger share). */
  static final int HOLD_OUT_PHRASE_ONE_IN = 10;

  /** The pairs of {@code taxonomy}, in taxonomy order. */
  public static TrainingPairs fromTaxonomy(Taxonomy taxonomy) {
    int[] concepts = new int[taxonomy.size()];
    List<String> targets = new ArrayList<>();
    List<Pair> train = new ArrayList<>();
    List<Pair> heldOut = new ArrayList<>();
    for (int i = 0; i < taxonomy.size(); i++) {
      Concept c = taxonomy.concept(i);
      String pref = c.preferredLabel().strip();
      if (pref.isEmpty()) {
        continue;
      }
      int target = targets.size();
      concepts[target] = i;
      targets.add(pref);
      Set<String> seen = new LinkedHashSet<>();
      seen.add(pref.toLowerCase(Locale.ROOT));
      if (c.isEsco()) {
        for (String alt : c.altLabels()) {
          String a = alt.strip();
          if (!a.isEmpty() && seen.add(a.toLowerCase(Locale.ROOT))) {
            Pair p = new Pair(a, target, Source.ALT_LABEL);
            (isHeldOut(c.id(), a) ? heldOut : train).add(p);
          }
        }
        for (String hidden : c.hiddenLabels()) {
          String h = hidden.strip();
          if (!h.isEmpty() && seen.add(h.toLowerCase(Locale.ROOT))) {
            train.add(new Pair(h, target, Source.HIDDEN_LABEL));
          }
        }
        if (c.description() != null && !c.description().isBlank()) {
          train.add(new Pair(c.description().strip(), target, Source.DESCRIPTION));
        }
      } else if (c.description() != null && !c.description().isBlank()
          && !c.description().strip().equalsIgnoreCase(pref)) {
        train.add(new Pair(c.description().strip(), target, Source.ONET_COMMODITY));
      }
    }
    return new TrainingPairs(Arrays.copyOf(concepts, targets.size()), List.copyOf(targets),
        List.copyOf(train), List.copyOf(heldOut));
  }

  /**
   * These pairs plus {@code phrases}, each with the taxonomy index of the concept the teacher links
   * it to (one in {@value #HOLD_OUT_PHRASE_ONE_IN} held out by a hash of the phrase); phrases whose
   * concept has no target, blank ones and repeats are skipped.
   */
  public TrainingPairs withTeacherLinks(Map<String, Integer> phrases) {
    int[] targetOf = new int[Arrays.stream(concepts).max().orElse(-1) + 1];
    Arrays.fill(targetOf, -1);
    for (int t = 0; t < concepts.length; t++) {
      targetOf[concepts[t]] = t;
    }
    List<Pair> tr = new ArrayList<>(train);
    List<Pair> ho = new ArrayList<>(heldOut);
    for (Map.Entry<String, Integer> e : phrases.entrySet()) {
      String text = e.getKey().strip();
      int c = e.getValue();
      if (text.isEmpty() || c < 0 || c >= targetOf.length || targetOf[c] < 0) {
        continue;
      }
      Pair p = new Pair(text, targetOf[c], Source.TEACHER_LINKED_PHRASE);
      boolean held = Long.parseLong(Sha256.hex(text).substring(0, 8), 16) % HOLD_OUT_PHRASE_ONE_IN == 0;
      (held ? ho : tr).add(p);
    }
    return new TrainingPairs(concepts, targets, List.copyOf(tr), List.copyOf(ho));
  }

  /** The held-out pairs from {@code source}. */
  public List<Pair> heldOut(Source source) {
    return heldOut.stream().filter(p -> p.source() == source).toList();
  }

  /** Whether the alternative label {@code label} of concept {@code conceptId} is held out (one in {@value #HOLD_OUT_ONE_IN}). */
  static boolean isHeldOut(String conceptId, String label) {
    String h = Sha256.hex(conceptId + "\t" + label);
    return Long.parseLong(h.substring(0, 8), 16) % HOLD_OUT_ONE_IN == 0;
  }

  /** Counts of training pairs by source, then of the held-out ones, and of concepts. */
  public String summary() {
    int[] n = new int[Source.values().length];
    train.forEach(p -> n[p.source().ordinal()]++);
    StringBuilder b = new StringBuilder();
    for (Source s : Source.values()) {
      b.append(s.name().toLowerCase(Locale.ROOT)).append(' ').append(n[s.ordinal()]).append(", ");
    }
    return b + "held out " + heldOut(Source.ALT_LABEL).size() + " alternative labels and "
        + heldOut(Source.TEACHER_LINKED_PHRASE).size() + " phrases; " + targets.size() + " concepts";
  }
}
