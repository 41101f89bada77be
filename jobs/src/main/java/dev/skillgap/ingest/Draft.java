package dev.skillgap.ingest;

import dev.skillgap.text.TextCleaner;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw fields of one record as its format gives them ({@code null} when absent), before
 * validation; {@link #validate} turns them into a {@link Posting} or says why not. Each format's
 * mapping fills one draft; every rule about what a record needs lives here.
 */
final class Draft {

  private static final TextCleaner CLEANER = new TextCleaner();

  /** The names a format gives its fields, used in reasons. */
  record Names(String id, String title, String date, String description) {
    static final Names CSV = new Names("posting_id", "title", "date_posted", "description");
    static final Names JSON = new Names("id", "title", "datePosted", "description");
    static final Names JSON_LD = new Names("identifier", "title", "datePosted", "description");
  }

  /** A text field besides the description, read with it under its heading: {@code Qualifications}. */
  record Section(String heading, List<String> items) {}

  String id;
  /** How {@link #id} was found when the record has no id of its own; null when it has one. */
  IngestFlag idFlag;
  String title;
  String company;
  String city;
  String region;
  String country;
  String date;
  String employmentType;
  String salary;
  /** An O*NET-SOC code, an ESCO occupation URI, or an occupational category as written. */
  String occupation;
  String description;
  final List<Section> sections = new ArrayList<>();

  /**
   * Checks and normalises every field. A record is rejected only when it has neither a title nor
   * any text; a missing id is derived from the content, a missing or unreadable date takes the
   * run's date, and a missing title or text is accepted; each with its {@link IngestFlag}. {@code
   * html} says whether one-line fields may hold markup or entities.
   */
  Posting validate(String source, String entry, String format, Names names, boolean html, IngestOptions options)
      throws RecordRejected {
    List<IngestWarning> warnings = new ArrayList<>();
    String t = Normalize.field(title, html);
    String desc = Normalize.text(description);
    if (desc != null && HtmlEscapes.isEscapedHtml(desc)) {
      desc = HtmlEscapes.decodeOnce(desc);
      warnings.add(new IngestWarning(IngestFlag.HTML_UNESCAPED, names.description() + " is escaped HTML: read decoded"));
    }
    String clean = desc == null ? "" : CLEANER.clean(desc).text();
    boolean hasText = !clean.isBlank();
    String full = withSections(hasText ? desc : "", warnings);
    boolean anyText = !full.isEmpty();
    boolean hasTitle = t != null && !t.isEmpty();
    if (!hasTitle && !anyText) {
      throw new RecordRejected("no title and no text: " + missing(t, names.title()) + ", "
          + missingText(desc, names.description()));
    }
    if (!hasTitle) {
      warnings.add(new IngestWarning(IngestFlag.TITLE_MISSING, missing(t, names.title())));
    }
    if (!anyText) {
      warnings.add(new IngestWarning(IngestFlag.TEXT_MISSING, missingText(desc, names.description())
          + ": a title alone, no skills can be read"));
    }
    String shownTitle = hasTitle ? t : "";
    String day = day(names.date(), options, warnings);
    String hash = ContentHash.ofCleanDescription(shownTitle, hasText ? clean : "");
    String pid = Normalize.field(id, false);
    if (pid == null || pid.isEmpty()) {
      pid = "sha256:" + hash.substring(0, 16);
      warnings.add(new IngestWarning(IngestFlag.ID_FROM_CONTENT, missing(id, names.id()) + ": id " + pid
          + " derived from the title and text"));
    } else if (idFlag != null) {
      warnings.add(new IngestWarning(idFlag, "no " + names.id() + ": id taken from "
          + (idFlag == IngestFlag.ID_FROM_URL ? "url" : "@id")));
    }
    return new Posting(pid, source, entry, format, shownTitle, orEmpty(Normalize.field(company, html)),
        orEmpty(Normalize.field(city, html)), orEmpty(Normalize.field(region, html)), Normalize.country(country), day,
        Normalize.employmentType(employmentType), orEmpty(Normalize.field(salary, html)),
        orEmpty(Normalize.occupation(occupation)), full, hash, warnings);
  }

  /** The date, or the run's date with the flag that says why. */
  private String day(String field, IngestOptions options, List<IngestWarning> warnings) {
    PostingDates.Reading r = PostingDates.read(date, field);
    if (r instanceof PostingDates.Day d) {
      if (d.flag() != null) {
        warnings.add(new IngestWarning(d.flag(), d.how()));
      }
      return d.date().toString();
    }
    String why = ((PostingDates.Unreadable) r).why();
    IngestFlag flag = date == null || date.isBlank() ? IngestFlag.DATE_MISSING : IngestFlag.DATE_INVALID;
    warnings.add(new IngestWarning(flag, why + ": dated " + options.runDate() + ", " + options.runDateLabel()));
    return options.runDate().toString();
  }

  /**
   * The description followed by the other text fields, each under its heading: as HTML when the
   * description is HTML, else as plain text lines, so the requirement tagger reads each heading
   * ("Qualifications") as the section it opens.
   */
  private String withSections(String desc, List<IngestWarning> warnings) {
    List<Section> kept = new ArrayList<>();
    for (Section s : sections) {
      List<String> items = new ArrayList<>();
      for (String i : s.items()) {
        String v = Normalize.text(HtmlEscapes.decodeIfEscaped(i));
        if (v != null && !v.isEmpty() && !CLEANER.clean(v).text().isBlank()) {
          items.add(v);
        }
      }
      if (!items.isEmpty()) {
        kept.add(new Section(s.heading(), items));
      }
    }
    if (kept.isEmpty()) {
      return desc;
    }
    boolean html = desc.indexOf('<') >= 0 && desc.indexOf('>') >= 0;
    StringBuilder out = new StringBuilder(desc);
    List<String> headings = new ArrayList<>();
    for (Section s : kept) {
      headings.add(s.heading());
      if (out.length() > 0) {
        out.append(html ? "\n" : "\n\n");
      }
      if (html) {
        out.append("<h3>").append(s.heading()).append("</h3>\n");
        if (s.items().size() == 1) {
          out.append("<p>").append(s.items().get(0)).append("</p>");
        } else {
          out.append("<ul>");
          s.items().forEach(i -> out.append("<li>").append(i).append("</li>"));
          out.append("</ul>");
        }
      } else {
        out.append(s.heading()).append(":\n");
        out.append(s.items().size() == 1 ? s.items().get(0) : "- " + String.join("\n- ", s.items()));
      }
    }
    warnings.add(new IngestWarning(IngestFlag.TEXT_FIELDS_ADDED, String.join(", ", headings) + " read with the "
        + "description"));
    return out.toString();
  }

  private static String missing(String value, String name) {
    return value == null ? "missing " + name : name + " is blank";
  }

  private static String missingText(String desc, String name) {
    return desc == null ? "missing " + name : desc.isEmpty() ? name + " is blank" : name + " has no text (markup only)";
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
