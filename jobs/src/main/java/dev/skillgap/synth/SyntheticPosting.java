package dev.skillgap.synth;

import java.util.List;

/**
 * One generated posting.
 *
 * @param id the posting id
 * @param title the title
 * @param company the employer
 * @param city the city
 * @param region the region
 * @param country the ISO country code
 * @param datePosted ISO date inside the posting's week
 * @param employmentType schema.org employment type
 * @param salary salary text
 * @param sections headed sections, each a heading and its lines (bullets without the marker)
 */
public record SyntheticPosting(String id, String title, String company, String city, String region, String country,
    String datePosted, String employmentType, String salary, List<Section> sections) {

  /** A heading and its lines; {@code bullets} says whether the lines are a list. */
  public record Section(String heading, List<String> lines, boolean bullets) {
    public Section {
      lines = List.copyOf(lines);
    }
  }

  public SyntheticPosting {
    sections = List.copyOf(sections);
  }

  /** The description as plain text with "- " bullets and blank lines between sections. */
  public String plainText() {
    StringBuilder b = new StringBuilder();
    for (Section s : sections) {
      if (b.length() > 0) {
        b.append("\n\n");
      }
      b.append(s.heading());
      for (String l : s.lines()) {
        b.append('\n').append(s.bullets() ? "- " : "").append(l);
      }
    }
    return b.toString();
  }

  /** The description as light HTML, as job boards publish it. */
  public String html() {
    StringBuilder b = new StringBuilder();
    for (Section s : sections) {
      b.append("<p><strong>").append(escape(s.heading())).append("</strong></p>");
      if (s.bullets()) {
        b.append("<ul>");
        s.lines().forEach(l -> b.append("<li>").append(escape(l)).append("</li>"));
        b.append("</ul>");
      } else {
        s.lines().forEach(l -> b.append("<p>").append(escape(l)).append("</p>"));
      }
    }
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
