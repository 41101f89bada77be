package dev.skillgap.occupation.eval;

/** How a resolved (or unresolved) title compares with its judgement. */
public enum RoleOutcome {
  /** Resolved to a judged occupation. */
  RIGHT,
  /**
   * Resolved to an ESCO occupation directly above or below a judged one in the ESCO hierarchy
   * (one's code extends the other's, as {@code 2269.8.1} diagnostic radiographer extends {@code
   * 2269.8} radiographer): counted under a broader or narrower occupation of the right kind.
   */
  NEAR,
  /** Resolved to an occupation the judge did not give, or resolved where the judge said none fits. */
  WRONG,
  /** Not resolved though the judge gave an occupation. */
  MISSED,
  /** Not resolved, and the judge said no ESCO occupation fits. */
  ABSTAINED;

  /** Whether the resolver returned an occupation. */
  public boolean resolved() {
    return this == RIGHT || this == NEAR || this == WRONG;
  }

  /** Whether the resolved occupation counts as correct for precision: {@link #RIGHT} or {@link #NEAR}. */
  public boolean correct() {
    return this == RIGHT || this == NEAR;
  }
}
