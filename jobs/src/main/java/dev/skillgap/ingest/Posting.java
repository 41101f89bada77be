package dev.skillgap.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One accepted, normalised job posting or HR role description; every component is non-null and
 * an absent value is the empty string.
 *
 * @param postingId the record's own id (HR roles: {@code role:} and the file name)
 * @param source the file it came from, as the caller named it
 * @param entry where in the file: {@code line 12} (JSONL), {@code row 5 (line 44)} (CSV data row
 *     and physical line), {@code @graph[3]} (JSON-LD), {@code row 7} (Parquet), {@code file}
 * @param format {@code csv}, {@code jsonl}, {@code jsonld}, {@code parquet}, or {@code role-txt},
 *     {@code role-md}, {@code role-csv}, {@code role-jsonld}
 * @param title the title, NFC, whitespace collapsed
 * @param company the employer's name
 * @param city the city or locality
 * @param region the county, state or province
 * @param country an ISO 3166-1 alpha-2 code in upper case, or empty when unknown
 * @param datePosted ISO {@code yyyy-MM-dd}
 * @param employmentType {@code FULL_TIME}, {@code PART_TIME}, {@code CONTRACTOR}, {@code
 *     TEMPORARY}, {@code PER_DIEM}, or empty
 * @param salary the salary as text (JSON-LD {@code baseSalary} rendered as {@code GBP
 *     32,000–38,000 per YEAR})
 * @param occupationCode the occupation as the record gives it: an O*NET-SOC code when it holds one,
 *     else an ESCO occupation URI or label, or an occupational category as written
 * @param description the text read for skills: the description, markup kept (NFC, trimmed; HTML
 *     that the feed escaped as text decoded), then the record's other text fields (skills,
 *     qualifications, ...) each under its heading; extraction maps its offsets into this text
 * @param contentHash {@link ContentHash} of title and description (without the other text
 *     fields), equal for the same ad in any format
 * @param warnings what the reader supplied or noticed (a derived id, a defaulted date), in order
 */
public record Posting(String postingId, String source, String entry, String format, String title, String company,
    String city, String region, String country, String datePosted, String employmentType, String salary,
    String occupationCode, String description, String contentHash, List<IngestWarning> warnings)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public Posting {
    Objects.requireNonNull(postingId, "postingId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(datePosted, "datePosted");
    Objects.requireNonNull(employmentType, "employmentType");
    Objects.requireNonNull(salary, "salary");
    Objects.requireNonNull(occupationCode, "occupationCode");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(contentHash, "contentHash");
    warnings = List.copyOf(warnings);
  }

  /** A posting the reader supplied nothing for. */
  public Posting(String postingId, String source, String entry, String format, String title, String company,
      String city, String region, String country, String datePosted, String employmentType, String salary,
      String occupationCode, String description, String contentHash) {
    this(postingId, source, entry, format, title, company, city, region, country, datePosted, employmentType, salary,
        occupationCode, description, contentHash, List.of());
  }

  /** Whether any of its flags {@linkplain IngestFlag#warns() warns}. */
  public boolean warned() {
    return warnings.stream().anyMatch(w -> w.flag().warns());
  }

  /** Whether the record states its date: false when the run dated it, the date being missing or unreadable. */
  public boolean dateStated() {
    return warnings.stream().noneMatch(w -> w.flag() == IngestFlag.DATE_MISSING || w.flag() == IngestFlag.DATE_INVALID);
  }

  /**
   * The newest date any of {@code postings} {@linkplain #dateStated() states}, or {@code fallback}
   * when none states one. Demand measured without a given date is measured at it, and undated
   * postings take it: dated by the day of the run instead, a careers file without dates weighed in
   * full beside a job board's postings of 2020, whose weight had halved every four weeks since.
   */
  public static java.time.LocalDate newestStatedDate(java.util.Collection<Posting> postings,
      java.time.LocalDate fallback) {
    return postings.stream().filter(Posting::dateStated).map(p -> java.time.LocalDate.parse(p.datePosted()))
        .max(java.time.LocalDate::compareTo).orElse(fallback);
  }

  /** The wire names of its flags, in order, each once. */
  public List<String> flags() {
    return warnings.stream().map(w -> w.flag().wireName()).distinct().toList();
  }
}
