package dev.skillgap.catalog;

import java.util.List;

/**
 * One micro-credential (course, badge, certificate) of a catalogue.
 *
 * @param id the catalogue's id for it (a URL or URN for badges and CTDL, the {@code id} column for CSV)
 * @param title its name
 * @param provider who offers it
 * @param description what it covers (may be empty)
 * @param hours estimated learning hours, or null when the catalogue does not say
 * @param cost price, or null when the catalogue does not say (0 for free)
 * @param currency ISO 4217 code of the cost, or empty
 * @param level foundation, intermediate, advanced or unknown
 * @param format online, in-person, blended, or empty
 * @param url where to enrol, or empty
 * @param skills the skills it teaches, aligned or inferred
 * @param source the file it came from
 * @param sourceFormat {@code ob3}, {@code ob2}, {@code ctdl} or {@code csv}
 * @param language ISO 639-1 code of the language it is taught in: as the catalogue declares it, else
 *     as its title and description read ({@link dev.skillgap.text.LanguageGuesser}); empty when unknown
 */
public record Credential(String id, String title, String provider, String description, Double hours, Double cost,
    String currency, Level level, String format, String url, List<TaughtSkill> skills, String source,
    String sourceFormat, String language) implements java.io.Serializable {
  public Credential {
    skills = List.copyOf(skills);
    language = language == null ? "" : language;
  }
}
