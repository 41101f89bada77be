package dev.skillgap.catalog;

/**
 * A catalogue entry that could not be loaded.
 *
 * @param file the file it is in
 * @param entry which entry: a row number, a JSON path such as {@code @graph[2]}, the file's name
 *     (a JSON file that holds one entry or cannot be read) or {@code header} (a CSV file whose header
 *     cannot be used)
 * @param kind why, for counting and grouping
 * @param detail why exactly, in words a catalogue editor can act on
 */
public record CatalogReject(String file, String entry, Kind kind, String detail) {

  /** The reasons an entry is rejected, each with the words a reason starts with. */
  public enum Kind {
    NOT_JSON("not valid JSON"),
    /** The file cannot be read at all (permissions, gone). */
    UNREADABLE("unreadable file"),
    /** Beyond a size limit ({@code InputLimits}): the file, a row or the nesting of its JSON. */
    TOO_LARGE("beyond a size limit"),
    NOT_UTF8("not valid UTF-8"),
    NOT_CATALOGUE_CSV("not a catalogue CSV"),
    BAD_CSV_ROW("bad CSV row"),
    WRONG_TYPE("wrong type"),
    MISSING_ID("missing id"),
    MISSING_NAME("missing name"),
    NEGATIVE_HOURS("negative hours"),
    NEGATIVE_COST("negative cost"),
    /** Nothing links the entry to a skill of the taxonomy. */
    NO_USABLE_SKILL("no usable skill");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The words a reason of this kind starts with. */
    public String label() {
      return label;
    }
  }

  /** The reason in words: {@code "missing name: the title column is empty"}. */
  public String reason() {
    return kind.label() + ": " + detail;
  }
}
