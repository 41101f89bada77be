package dev.skillgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which postings state their date, and the newest date stated, which demand is measured at when no
 * date is given: a job board's dated postings read beside a careers file without dates.
 */
class UndatedPostingsTest {

  static final LocalDate RUN_DAY = LocalDate.of(2026, 12, 7);

  @Test
  void undatedAndUnreadableDatesDoNotCountAndReadableOnesDoFlaggedOrNot() {
    PostingParser parser = new PostingParser(IngestOptions.of(RUN_DAY));
    List<Posting> all = new ArrayList<>();
    all.addAll(parser.parse("board.jsonl", (
        "{\"id\": \"b1\", \"title\": \"Staff Nurse\", \"datePosted\": \"2020-03-01\", \"description\": \"Ward care.\"}\n"
        + "{\"id\": \"b2\", \"title\": \"Porter\", \"datePosted\": \"15/03/2020\", \"description\": \"Moving patients.\"}\n"
        + "{\"id\": \"b3\", \"title\": \"Cook\", \"datePosted\": \"soon\", \"description\": \"Hot meals.\"}\n")
        .getBytes(StandardCharsets.UTF_8)).accepted());
    all.addAll(parser.parse("careers.csv", ("id,title,description\n"
        + "c1,Data Analyst,SQL and dashboards\n").getBytes(StandardCharsets.UTF_8)).accepted());

    assertEquals(List.of("b1 true 2020-03-01", "b2 true 2020-03-15", "b3 false 2026-12-07", "c1 false 2026-12-07"),
        all.stream().map(p -> p.postingId() + " " + p.dateStated() + " " + p.datePosted()).toList());
    assertEquals(LocalDate.of(2020, 3, 15), Posting.newestStatedDate(all, RUN_DAY),
        "the slash date is read, though flagged; the run's day, given to b3 and c1, is no posting's");
    assertEquals(RUN_DAY, Posting.newestStatedDate(all.subList(2, 4), RUN_DAY), "none states a date");
  }
}
