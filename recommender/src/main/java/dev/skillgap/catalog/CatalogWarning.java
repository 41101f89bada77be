package dev.skillgap.catalog;

/**
 * Something odd about a loaded credential, or about a whole file, that did not stop it loading.
 *
 * @param file the file it is in
 * @param entry which entry, named as in {@link CatalogReject#entry()}, or {@link #FILE} when the
 *     warning is about the whole file (a missing column, an unusual encoding)
 * @param kind what sort of oddity, for counting and grouping
 * @param detail what exactly, in words a catalogue editor can act on
 */
public record CatalogWarning(String file, String entry, Kind kind, String detail) {

  /** The {@link #entry()} of a warning about a whole file rather than one of its entries. */
  public static final String FILE = "(file)";

  /** The sorts of warning, each with the words a message starts with. */
  public enum Kind {
    /** The entry gives no learning hours. */
    NO_HOURS("no hours"),
    /** The entry's hours are text that gives no hours (or zero). */
    HOURS_NOT_READ("hours not read"),
    /** Only part of an estimate: a calendar length without an effort per week, or the reverse. */
    HOURS_INCOMPLETE("hours incomplete"),
    /** The entry gives no price. */
    NO_COST("no cost"),
    /** The entry's price is text that gives no price. */
    COST_NOT_READ("cost not read"),
    /** The price disagrees with a paid flag or a currency field; see the detail for what was kept. */
    COST_CONFLICT("cost conflict"),
    /** A price without a currency. */
    NO_CURRENCY("no currency"),
    /** Cost profiles in several currencies, of which only one currency is added up. */
    MIXED_CURRENCIES("mixed currencies"),
    /** An alignment whose target is not a skill of the taxonomy. */
    ALIGNMENT_DROPPED("alignment dropped"),
    /** A skill tag whose best link scored below the threshold: not kept. */
    TAG_WEAK("weak tag link"),
    /** A skill tag that links to no skill of the taxonomy. */
    TAG_UNLINKED("tag not linked"),
    /** The entry's alignments and tags gave no skill, so its skills were inferred from its text. */
    SKILLS_INFERRED("skills inferred"),
    /** Nothing but the entry's subject or category gave a skill: a general one, inferred from it. */
    SKILLS_FROM_SUBJECT("skills from subject"),
    /** The entry has no id of its own; one was derived. */
    ID_DERIVED("id derived"),
    /** The file is not plain UTF-8; it was decoded as described. */
    ENCODING("encoding");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The words a message of this kind starts with. */
    public String label() {
      return label;
    }
  }

  /** The warning in words: {@code "no hours: the entry does not say how many learning hours it takes"}. */
  public String message() {
    return kind.label() + ": " + detail;
  }

  /** Whether the warning is about the whole file rather than one entry. */
  public boolean aboutFile() {
    return FILE.equals(entry);
  }
}
