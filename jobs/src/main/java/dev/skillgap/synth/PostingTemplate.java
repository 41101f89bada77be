package dev.skillgap.synth;

import java.util.List;

/**
 * A sample posting reduced to what the generator recombines.
 *
 * @param title the posting's title
 * @param company the employer named in the text (replaced by the synthetic employer)
 * @param paragraphs prose lines (about the company, about the role), in order
 * @param requirements bullet lines under duty and requirement headings
 * @param benefits bullet lines under benefit or perk headings
 * @param city the city
 * @param region the region
 * @param country the ISO country code
 * @param salary the salary text
 */
public record PostingTemplate(String title, String company, List<String> paragraphs, List<String> requirements,
    List<String> benefits, String city, String region, String country, String salary) {
  public PostingTemplate {
    paragraphs = List.copyOf(paragraphs);
    requirements = List.copyOf(requirements);
    benefits = List.copyOf(benefits);
  }
}
