package dev.skillgap.ingest;

/**
 * Something the reader did to an accepted record that a user should be able to see: an id or a
 * date it had to supply, a field it found missing. Flags that {@linkplain #warns() warn} mark
 * records whose figures rest on a default; the others note where a value came from.
 */
public enum IngestFlag {
  /** No id: the posting's {@code url} is its id, as job boards publish one page per ad. */
  ID_FROM_URL("id-from-url", false),
  /** No id or url: the JSON-LD node's {@code @id} is its id. */
  ID_FROM_NODE_ID("id-from-node-id", false),
  /** No id, url or {@code @id}: the id is derived from the content hash, so it changes when the text does. */
  ID_FROM_CONTENT("id-from-content", true),
  /** No date: the record takes the run's week. */
  DATE_MISSING("date-missing", true),
  /** A date that is not a date (or not a real day): the record takes the run's week. */
  DATE_INVALID("date-invalid", true),
  /** A date written in another form than ISO 8601 (a slash date, epoch seconds), read as the day it names. */
  DATE_NOT_ISO("date-not-iso", true),
  /** A date of reduced precision (a year and month), read as its first day. */
  DATE_IMPRECISE("date-imprecise", true),
  /** No title: the occupation can only come from a code. */
  TITLE_MISSING("title-missing", true),
  /** No text: a title alone, so no skills can be read. */
  TEXT_MISSING("text-missing", true),
  /** The description was HTML escaped as text ({@code &lt;p&gt;}) and is read decoded. */
  HTML_UNESCAPED("html-unescaped", false),
  /** Text fields besides the description (skills, qualifications, responsibilities, ...) are read with it. */
  TEXT_FIELDS_ADDED("text-fields-added", false);

  private final String wireName;
  private final boolean warns;

  IngestFlag(String wireName, boolean warns) {
    this.wireName = wireName;
    this.warns = warns;
  }

  /** The flag as written in the lake and in reports: {@code date-missing}. */
  public String wireName() {
    return wireName;
  }

  /** Whether a record with this flag counts as warned: its figures rest on a value the reader supplied. */
  public boolean warns() {
    return warns;
  }
}
