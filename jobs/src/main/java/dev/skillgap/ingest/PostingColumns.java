package dev.skillgap.ingest;

import dev.skillgap.io.CsvColumns;
import dev.skillgap.io.CsvField;
import dev.skillgap.io.CsvSchema;
import java.util.List;

/**
 * The fields of postings and HR roles read from CSV files and flat JSON records, with the header
 * names (and JSON keys) each recognises without a mapping; and the one mapping of such a record
 * into a {@link Draft}. Real exports name their columns in many ways ({@code job_id}, {@code Job
 * Title}, {@code Responsibilities}); the synonyms are those of common ATS and job-board exports.
 */
public final class PostingColumns {

  private static final CsvField ID = CsvField.value("id", "the posting's own id", "id", "posting id", "job id",
      "requisition id", "req id", "job requisition id", "reference", "job reference", "reference number",
      "vacancy id", "vacancy reference", "identifier", "external id", "job posting id");
  private static final CsvField URL = CsvField.value("url", "the posting's page, its id when it has none", "url",
      "job url", "posting url", "link", "job link", "apply url", "application url", "listing url");
  private static final CsvField TITLE = CsvField.value("title", "the job title", "title", "job title", "position",
      "position title", "job name", "vacancy title", "job position", "role title", "role", "posting title");
  private static final CsvField COMPANY = CsvField.value("company", "the employer", "company", "company name",
      "employer", "employer name", "organisation", "organization", "hiring organization", "hiring organization name",
      "hiring organisation");
  private static final CsvField LOCATION = CsvField.value("location", "\"City, Region, Country\" in one column",
      "location", "job location", "work location", "place", "location name");
  private static final CsvField CITY = CsvField.value("city", "the city or town", "city", "location city", "town",
      "locality", "address locality", "job city");
  private static final CsvField REGION = CsvField.value("region", "the county, state or province", "region",
      "location region", "state", "county", "province", "address region", "job state");
  private static final CsvField COUNTRY = CsvField.value("country", "the country (name or ISO code)", "country",
      "location country", "country code", "address country", "job country");
  private static final CsvField DATE = CsvField.value("date", "when it was posted (ISO 8601)", "date posted",
      "posted", "date", "posting date", "posted date", "post date", "published", "date published", "publication date",
      "created", "created at", "posted at", "listed date", "first seen");
  private static final CsvField EMPLOYMENT = CsvField.value("employment_type", "full-time, part-time, contract...",
      "employment type", "job type", "contract type", "work type", "employment");
  private static final CsvField SALARY = CsvField.value("salary", "pay as written", "salary", "pay", "compensation",
      "wage", "salary range", "remuneration", "base salary");
  private static final CsvField OCCUPATION = CsvField.value("occupation",
      "an O*NET-SOC code, ESCO occupation URI or label", "occupation code", "occupational category", "occupation",
      "onet code", "onet soc code", "soc code", "esco occupation", "occupation uri");
  private static final String[] TEXT_COLUMNS = {"description", "job description", "body", "text", "details",
      "job details", "content", "summary", "about the role", "responsibilities", "key responsibilities", "duties",
      "qualifications", "minimum qualifications", "basic qualifications", "preferred qualifications", "requirements",
      "skills", "required skills", "experience requirements", "education requirements"};
  private static final CsvField TEXT = CsvField.text("text", "the posting's text; several columns join, each under"
      + " its header", TEXT_COLUMNS);

  /** Postings: every field optional, but a record needs a title or some text. */
  public static final CsvSchema POSTINGS = new CsvSchema("postings", List.of(ID, URL, TITLE, COMPANY, LOCATION, CITY,
      REGION, COUNTRY, DATE, EMPLOYMENT, SALARY, OCCUPATION, TEXT));

  /** HR role descriptions: a role needs a title, an occupation and text. */
  public static final CsvSchema ROLES = new CsvSchema("roles", List.of(ID, TITLE, OCCUPATION, REGION, TEXT));

  private PostingColumns() {}

  /** Whether {@code columns} can give a record anything to read: a title or some text. */
  static boolean readable(CsvColumns columns) {
    return columns.has("title") || columns.has("text");
  }

  /** The draft of one posting record: {@code row} under {@code columns}, a {@link #POSTINGS} mapping. */
  static Draft draft(CsvColumns columns, List<String> row) {
    Draft d = new Draft();
    d.id = columns.get(row, "id");
    String url = columns.get(row, "url");
    if ((d.id == null || d.id.isBlank()) && url != null && !url.isBlank()) {
      d.id = url;
      d.idFlag = IngestFlag.ID_FROM_URL;
    }
    d.title = columns.get(row, "title");
    d.company = columns.get(row, "company");
    Locations.Place place = Locations.parse(columns.get(row, "location"));
    d.city = firstNonBlank(columns.get(row, "city"), place.city());
    d.region = firstNonBlank(columns.get(row, "region"), place.region());
    d.country = firstNonBlank(columns.get(row, "country"), place.country());
    d.date = columns.get(row, "date");
    d.employmentType = columns.get(row, "employment_type");
    d.salary = columns.get(row, "salary");
    d.occupation = columns.get(row, "occupation");
    d.description = columns.get(row, "text");
    return d;
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
