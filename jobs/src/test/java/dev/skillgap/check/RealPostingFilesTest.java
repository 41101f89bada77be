package dev.skillgap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skillgap.ingest.IngestFlag;
import dev.skillgap.ingest.IngestOptions;
import dev.skillgap.ingest.IngestResult;
import dev.skillgap.ingest.Posting;
import dev.skillgap.ingest.PostingParser;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.io.SkillgapHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/**
 * The real posting files of ../shared/data/real (a job board's schema.org feed, a careers CSV) go
 * in whole with no option, checked as a user would with {@code skillgap check postings}. The files
 * are licensed for evaluation only and never copied here: each test skips, saying so, when they
 * are absent.
 */
class RealPostingFilesTest {

  static final IngestOptions RUN = new IngestOptions(LocalDate.of(2026, 12, 6), "the run's week (2026-W49)",
      ColumnMapping.NONE);

  static Path real(String name) {
    Path p = SkillgapHome.realData().resolve(name);
    assumeTrue(Files.exists(p), "real data absent, test skipped: " + p);
    return p;
  }

  @Test
  void theJobBoardFeedGoesInWholeIdentifiedByUrlWithItsHtmlDecoded() throws IOException {
    Path feed = real("nhs-jobs-2020-part1.jsonl");
    InputCheck.Result r = new InputCheck(new Configuration()).postings(List.of(feed.toString()), RUN);
    FileCheck f = r.files().get(0);
    // 5,000 lines; 73 repeat the title and text of an earlier posting (the same ad under another url)
    assertEquals(List.of(5000, 4927, 73, 0, 0), List.of(f.read(), f.accepted(), f.duplicates(), f.rejected(), f.warned()));
    assertTrue(f.notes().contains("id-from-url: 5000 records"), f.notes().toString());
    assertTrue(f.notes().contains("html-unescaped: 4997 records"), f.notes().toString());

    IngestResult parsed = new PostingParser(RUN).parse(feed.toString(), Files.readAllBytes(feed));
    long escaped = parsed.accepted().stream().filter(p -> p.description().contains("&lt;p&gt;")).count();
    assertEquals(0, escaped, "no description is left escaped");
    long dated = parsed.accepted().stream()
        .filter(p -> p.datePosted().compareTo("2018-01-01") >= 0 && p.datePosted().compareTo("2020-12-01") < 0).count();
    assertEquals(5000, dated, "every date-time with a +0100 offset is read as the day written");
    long inGb = parsed.accepted().stream().filter(p -> p.country().equals("GB")).count();
    assertTrue(inGb > 4900, inGb + " in GB");
  }

  @Test
  void theCareersCsvGoesInWholeWithoutAnOption() throws IOException {
    Path csv = real("google-job-skills-2018/job_skills.csv");
    InputCheck.Result r = new InputCheck(new Configuration()).postings(List.of(csv.toString()), RUN);
    FileCheck f = r.files().get(0);
    // 1,250 rows, none rejected; 390 repeat an earlier row's title and text (mostly the same job in
    // another office); every row is warned, as the file has no id or date column
    assertEquals(List.of(1250, 860, 390, 0, 1250), List.of(f.read(), f.accepted(), f.duplicates(), f.rejected(),
        f.warned()));
    assertTrue(f.notes().contains("columns id=,url=,title=Title,company=Company,location=Location,city=,region=,country=,"
        + "date=,employment_type=,salary=,occupation=,text=Responsibilities+\"Minimum Qualifications\""
        + "+\"Preferred Qualifications\""), f.notes().toString());
    List<String> warned = f.warnings().stream().map(w -> w.count() + " " + w.reason().substring(0, w.reason().indexOf(':')))
        .toList();
    assertEquals(List.of("1250 date-missing", "1250 id-from-content", "14 text-missing", "1 title-missing"), warned);

    IngestResult parsed = new PostingParser(RUN).parse(csv.toString(), Files.readAllBytes(csv));
    long located = parsed.accepted().stream().filter(p -> !p.country().isEmpty()).count();
    assertTrue(located > 1200, located + " with a country from \"City, Region, Country\"");
    long titled = parsed.accepted().stream().filter(p -> p.warnings().stream()
        .noneMatch(w -> w.flag() == IngestFlag.TITLE_MISSING)).map(Posting::title).filter(t -> !t.isEmpty()).count();
    assertEquals(1249, titled);
  }
}
