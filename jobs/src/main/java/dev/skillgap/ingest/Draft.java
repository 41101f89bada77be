package dev.skillgap.ingest;

import dev.skillgap.text.TextCleaner;

/**
 * The raw fields of one record as its format gives them ({@code null} when absent), before
 * validation; {@link #validate} turns them into a {@link Posting} or says why not.
 */
record Draft(String id, String title, String company, String city, String region, String country, String date,
    String employmentType, String salary, String occupationCode, String description) {

  private static final TextCleaner CLEANER = new TextCleaner();

  /** The names a format gives its required fields, used in reasons. */
  record Names(String id, String title, String date, String description) {
    static final Names CSV = new Names("posting_id", "title", "date_posted", "description");
    static final Names JSON = new Names("id", "title", "datePosted", "description");
    static final Names JSON_LD = new Names("identifier", "title", "datePosted", "description");
  }

  /**
   * Checks id, title, date and description in that order and normalises every field; {@code html}
   * says whether one-line fields may hold markup or entities.
   */
  Posting validate(String source, String entry, String format, Names names, boolean html) throws RecordRejected {
    String pid = required(Normalize.field(id, false), names.id());
    String t = required(Normalize.field(title, html), names.title());
    String day = Normalize.isoDate(date, names.date());
    String desc = required(Normalize.text(description), names.description());
    if (CLEANER.clean(desc).text().isBlank()) {
      throw new RecordRejected(names.description() + " has no text (markup only)");
    }
    return new Posting(pid, source, entry, format, t, orEmpty(Normalize.field(company, html)),
        orEmpty(Normalize.field(city, html)), orEmpty(Normalize.field(region, html)), Normalize.country(country), day,
        Normalize.employmentType(employmentType), orEmpty(Normalize.field(salary, html)),
        orEmpty(Normalize.field(occupationCode, false)), desc, ContentHash.of(t, desc));
  }

  Draft withId(String newId) {
    return new Draft(newId, title, company, city, region, country, date, employmentType, salary, occupationCode,
        description);
  }

  Draft withDate(String newDate) {
    return new Draft(id, title, company, city, region, country, newDate, employmentType, salary, occupationCode,
        description);
  }

  Draft withOccupationCode(String code) {
    return new Draft(id, title, company, city, region, country, date, employmentType, salary, code, description);
  }

  private static String required(String v, String name) throws RecordRejected {
    if (v == null) {
      throw new RecordRejected("missing " + name);
    }
    if (v.isEmpty()) {
      throw new RecordRejected(name + " is blank");
    }
    return v;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
