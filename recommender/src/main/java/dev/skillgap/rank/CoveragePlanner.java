package dev.skillgap.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Budgeted maximum coverage of a gap. The value of a set of credentials is the sum over gap skills
 * of weight x the largest share of that skill any chosen credential closes, discounted by the
 * credential's {@link #fit fit} to the target role, so two credentials never count the same gap
 * twice, a credential that adds nothing is never picked, and of two credentials teaching a skill the
 * one about the role wins. The plan reports the gap closed undiscounted. Small
 * instances (at most {@link #EXACT_LIMIT} feasible subsets) are solved exactly. Larger ones take
 * the better of two greedy runs, by marginal gain per hour and by marginal gain, which keeps the
 * (1 - 1/e) guarantee of greedy coverage when only the number of credentials is limited. Ties go
 * to fewer hours, then lower cost, then id. The chosen set is then ordered so that a foundation
 * credential comes before a more advanced one on the same skills, and otherwise by gain. Pure and
 * thread-safe.
 */
public final class CoveragePlanner {

  /** Instances with at most this many feasible subsets are searched exhaustively. */
  public static final long EXACT_LIMIT = 100_000;
  /** Hours below this count as this much in gain per hour, so a 0-hour badge does not divide by zero. */
  static final double MIN_HOURS = 1.0;
  private static final double EPS = 1e-9;
  /**
   * The fit of a credential nothing else in which serves the role. Half, so that such a credential
   * still closes a skill no relevant one teaches, while one about the role that closes half as
   * much of the skill is preferred (a "Python for financial analysis" course is not a marketing
   * manager's first choice for statistics).
   */
  public static final double FIT_FLOOR = 0.5;

  /** How much of what {@code o} closes counts in planning: {@link #FIT_FLOOR} + the rest x its relevance. */
  public static double fit(PlanOption o) {
    return FIT_FLOOR + (1 - FIT_FLOOR) * o.relevance();
  }

  /** How to search. */
  public enum Strategy {
    /** Exact when the instance is small enough, else greedy. */
    AUTO,
    /** Always greedy (the better of gain per hour and gain). */
    GREEDY,
    /** Always exhaustive, whatever the size: only for evaluation. */
    EXACT
  }

  /** Plans for {@code gap} (concept to weight) under {@code budget} from {@code options}, exact when small. */
  public Plan plan(Map<Integer, Double> gap, List<PlanOption> options, Budget budget) {
    return plan(gap, options, budget, Strategy.AUTO);
  }

  /** Plans with the given search strategy. */
  public Plan plan(Map<Integer, Double> gap, List<PlanOption> options, Budget budget, Strategy strategy) {
    double total = gap.values().stream().mapToDouble(Double::doubleValue).sum();
    List<PlanOption> usable = new ArrayList<>();
    for (PlanOption o : options) {
      if (budget.maxCost() != null && o.costUnknown()) {
        continue;
      }
      if (!fits(List.of(o), budget) || value(List.of(o), gap) <= EPS) {
        continue;
      }
      usable.add(o);
    }
    usable.sort(Comparator.comparing(PlanOption::id));
    if (budget.maxCredentials() == 0 || usable.isEmpty() || total <= EPS) {
      return new Plan(List.of(), 0, total, 0, 0, "exact");
    }
    List<PlanOption> chosen;
    String method;
    boolean small = subsets(usable.size(), budget.maxCredentials()) <= EXACT_LIMIT;
    if (strategy == Strategy.EXACT || (strategy == Strategy.AUTO && small)) {
      chosen = exact(gap, usable, budget);
      method = "exact";
    } else {
      List<PlanOption> perHour = prune(gap, greedy(gap, usable, budget, true));
      List<PlanOption> byGain = prune(gap, greedy(gap, usable, budget, false));
      chosen = better(gap, perHour, byGain) ? perHour : byGain;
      method = "greedy";
    }
    return explain(gap, order(gap, chosen), total, method);
  }

  /** Total gap weight closed by {@code set}, each credential's share discounted by its {@link #fit}. */
  public static double value(List<PlanOption> set, Map<Integer, Double> gap) {
    Map<Integer, Double> best = new HashMap<>();
    for (PlanOption o : set) {
      double fit = fit(o);
      for (Map.Entry<Integer, Double> e : o.covers().entrySet()) {
        if (gap.containsKey(e.getKey())) {
          best.merge(e.getKey(), Math.min(1.0, e.getValue()) * fit, Math::max);
        }
      }
    }
    double v = 0;
    for (Map.Entry<Integer, Double> e : best.entrySet()) {
      v += gap.get(e.getKey()) * Math.min(1.0, e.getValue());
    }
    return v;
  }

  static boolean fits(List<PlanOption> set, Budget b) {
    if (set.size() > b.maxCredentials()) {
      return false;
    }
    double h = 0;
    double c = 0;
    for (PlanOption o : set) {
      h += o.hours();
      c += o.cost();
    }
    return (b.maxHours() == null || h <= b.maxHours() + EPS) && (b.maxCost() == null || c <= b.maxCost() + EPS);
  }

  static long subsets(int n, int k) {
    long total = 0;
    long c = 1;
    for (int i = 0; i <= Math.min(k, n); i++) {
      total += c;
      if (total > EXACT_LIMIT) {
        return total;
      }
      c = c * (n - i) / (i + 1);
    }
    return total;
  }

  /** The best feasible subset, by depth-first search over subsets in id order. */
  List<PlanOption> exact(Map<Integer, Double> gap, List<PlanOption> options, Budget budget) {
    List<PlanOption> best = new ArrayList<>();
    search(gap, options, budget, 0, new ArrayList<>(), best);
    return best;
  }

  private void search(Map<Integer, Double> gap, List<PlanOption> options, Budget budget, int from,
      List<PlanOption> current, List<PlanOption> best) {
    if (better(gap, current, best)) {
      best.clear();
      best.addAll(current);
    }
    if (current.size() == budget.maxCredentials()) {
      return;
    }
    for (int i = from; i < options.size(); i++) {
      current.add(options.get(i));
      if (fits(current, budget)) {
        search(gap, options, budget, i + 1, current, best);
      }
      current.remove(current.size() - 1);
    }
  }

  /** Greedy: repeatedly add the feasible option with the best marginal gain (per hour, or absolute). */
  List<PlanOption> greedy(Map<Integer, Double> gap, List<PlanOption> options, Budget budget, boolean perHour) {
    List<PlanOption> chosen = new ArrayList<>();
    boolean[] used = new boolean[options.size()];
    double current = 0;
    while (chosen.size() < budget.maxCredentials()) {
      int pick = -1;
      double pickScore = 0;
      double pickGain = 0;
      for (int i = 0; i < options.size(); i++) {
        if (used[i]) {
          continue;
        }
        PlanOption o = options.get(i);
        chosen.add(o);
        boolean ok = fits(chosen, budget);
        double gain = ok ? value(chosen, gap) - current : 0;
        chosen.remove(chosen.size() - 1);
        if (!ok || gain <= EPS) {
          continue;
        }
        double score = perHour ? gain / Math.max(MIN_HOURS, o.hours()) : gain;
        if (pick < 0 || score > pickScore + EPS
            || (Math.abs(score - pickScore) <= EPS && tieBreak(o, options.get(pick)) < 0)) {
          pick = i;
          pickScore = score;
          pickGain = gain;
        }
      }
      if (pick < 0) {
        break;
      }
      used[pick] = true;
      chosen.add(options.get(pick));
      current += pickGain;
    }
    return chosen;
  }

  /**
   * Drops picks that later picks made redundant (a pick's skills all closed as far by the others),
   * most hours first: greedy keeps every pick it made, and partial coverage lets a later pick close
   * what an earlier one had. Without this a learner could be sent to a course that closes nothing.
   */
  static List<PlanOption> prune(Map<Integer, Double> gap, List<PlanOption> chosen) {
    List<PlanOption> out = new ArrayList<>(chosen);
    boolean dropped = true;
    while (dropped) {
      dropped = false;
      double all = value(out, gap);
      List<PlanOption> byHours = new ArrayList<>(out);
      byHours.sort(Comparator.comparingDouble(PlanOption::hours).reversed().thenComparing(PlanOption::id));
      for (PlanOption o : byHours) {
        List<PlanOption> without = new ArrayList<>(out);
        without.remove(o);
        if (value(without, gap) >= all - EPS) {
          out = without;
          dropped = true;
          break;
        }
      }
    }
    return out;
  }

  private static int tieBreak(PlanOption a, PlanOption b) {
    int c = Double.compare(a.hours(), b.hours());
    if (c != 0) {
      return c;
    }
    c = Double.compare(a.cost(), b.cost());
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  /** True when {@code a} closes more gap than {@code b}, or as much for fewer hours, then less cost, then fewer picks. */
  static boolean better(Map<Integer, Double> gap, List<PlanOption> a, List<PlanOption> b) {
    double va = value(a, gap);
    double vb = value(b, gap);
    if (Math.abs(va - vb) > EPS) {
      return va > vb;
    }
    double ha = a.stream().mapToDouble(PlanOption::hours).sum();
    double hb = b.stream().mapToDouble(PlanOption::hours).sum();
    if (Math.abs(ha - hb) > EPS) {
      return ha < hb;
    }
    double ca = a.stream().mapToDouble(PlanOption::cost).sum();
    double cb = b.stream().mapToDouble(PlanOption::cost).sum();
    if (Math.abs(ca - cb) > EPS) {
      return ca < cb;
    }
    return a.size() < b.size();
  }

  /**
   * Orders a chosen set: repeatedly take, among credentials with no lower-level credential on a
   * shared skill still waiting, the one with the largest marginal gain.
   */
  List<PlanOption> order(Map<Integer, Double> gap, List<PlanOption> chosen) {
    List<PlanOption> waiting = new ArrayList<>(chosen);
    waiting.sort(Comparator.comparing(PlanOption::id));
    List<PlanOption> out = new ArrayList<>();
    while (!waiting.isEmpty()) {
      PlanOption pick = null;
      double pickGain = -1;
      double base = value(out, gap);
      for (PlanOption o : waiting) {
        boolean blocked = false;
        for (PlanOption p : waiting) {
          if (p != o && p.levelRank() < o.levelRank() && shareSkill(p, o)) {
            blocked = true;
            break;
          }
        }
        if (blocked) {
          continue;
        }
        out.add(o);
        double gain = value(out, gap) - base;
        out.remove(out.size() - 1);
        if (gain > pickGain + EPS) {
          pick = o;
          pickGain = gain;
        }
      }
      if (pick == null) {
        pick = waiting.get(0); // a cycle cannot happen with a strict level order; kept as a guard
      }
      out.add(pick);
      waiting.remove(pick);
    }
    return out;
  }

  private static boolean shareSkill(PlanOption a, PlanOption b) {
    for (Integer c : a.covers().keySet()) {
      if (b.covers().containsKey(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Each gap skill is credited to the chosen credential the plan values most for it (largest share
   * closed x fit; the earlier in order on a tie), as taught: a learner reads every skill once, under
   * the course recommended for it, and no listed course closes nothing.
   */
  private Plan explain(Map<Integer, Double> gap, List<PlanOption> ordered, double total, String method) {
    Map<Integer, PlanOption> creditedTo = new HashMap<>();
    Map<Integer, Double> best = new HashMap<>();
    for (PlanOption o : ordered) {
      for (Map.Entry<Integer, Double> e : o.covers().entrySet()) {
        double v = Math.min(1.0, e.getValue()) * fit(o);
        if (gap.containsKey(e.getKey()) && v > best.getOrDefault(e.getKey(), 0.0) + EPS) {
          best.put(e.getKey(), v);
          creditedTo.put(e.getKey(), o);
        }
      }
    }
    List<PlanStep> steps = new ArrayList<>();
    double covered = 0;
    double hours = 0;
    double cost = 0;
    for (int i = 0; i < ordered.size(); i++) {
      PlanOption o = ordered.get(i);
      Map<Integer, Double> closes = new HashMap<>();
      double gain = 0;
      for (Map.Entry<Integer, Double> e : o.covers().entrySet()) {
        if (creditedTo.get(e.getKey()) == o) {
          double closed = gap.get(e.getKey()) * Math.min(1.0, e.getValue());
          closes.put(e.getKey(), closed);
          gain += closed;
        }
      }
      covered += gain;
      hours += o.hours();
      cost += o.cost();
      steps.add(new PlanStep(i + 1, o, gain, closes, total <= EPS ? 0 : Math.max(0, (total - covered) / total)));
    }
    return new Plan(steps, covered, total, hours, cost, method);
  }
}
