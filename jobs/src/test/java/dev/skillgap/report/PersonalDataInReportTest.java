package dev.skillgap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.Level;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.demand.DemandModel;
import dev.skillgap.extract.ExtractionModels;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.extract.PipelineSkillExtractor;
import dev.skillgap.gap.GapModel;
import dev.skillgap.gap.GapSkill;
import dev.skillgap.gap.LearnerProfile;
import dev.skillgap.gap.LearnerReader;
import dev.skillgap.index.CredentialIndex;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.rank.Budget;
import dev.skillgap.rank.LearnerResult;
import dev.skillgap.rank.LearnerStatus;
import dev.skillgap.rank.LearnerView;
import dev.skillgap.rank.PlanStep;
import dev.skillgap.rank.Recommender;
import dev.skillgap.rank.RecommenderModel;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learners CSV whose CVs, names, ids, target roles, badge ids and CV file names hold one
 * invented person's name, e-mail address and phone number, read and recommended for as the weekly
 * job does, and made into the week's report: none of it may appear in any report file.
 */
class PersonalDataInReportTest {

  static final String NAME = "Zephyrine Quillfeather";
  static final String EMAIL = "zephyrine.quillfeather@example.com";
  static final String PHONE = "07700 900777";
  /** Case-insensitive pieces none of the report's bytes may hold. */
  static final List<String> FORBIDDEN = List.of("zephyrine", "quillfeather", "@example.com", "900777", "900 777");

  static final String ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";

  @Test
  void noReportFileHoldsALearnersNameEmailOrPhone(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("learners.csv"), "Learner ID;Full name;Target role;CV;CV file;Badges\n"
        + ";" + NAME + ";data analyst;\"" + NAME + "\n" + EMAIL + " | +44 7700 900777\n"
        + "Data analyst: SQL, Excel, Python and data visualisation\";;\n"
        + EMAIL + ";" + NAME + ";software developer;\"Curriculum vitae of " + NAME + ". Java and SQL developer. "
        + "Tel 07700900777\";;badge-" + EMAIL + "\n"
        + "Q3;" + NAME + ";dragon tamer - " + PHONE + ";;" + NAME.replace(' ', '_') + "_CV.txt;\n"
        + "Q4;" + NAME + ";;;" + NAME.replace(' ', '-') + "-missing.txt;nda-sql\n", StandardCharsets.UTF_8);
    Files.write(dir.resolve(NAME.replace(' ', '_') + "_CV.txt"),
        (NAME + "\r\nCaf\u00e9 supervisor, stock control and rotas. " + EMAIL).getBytes(Charset.forName("windows-1252")));
    LearnerReader.Result read = new LearnerReader().read(dir.resolve("learners.csv"));
    assertEquals(4, read.learners().size(), "every row is a learner");
    assertTrue(read.learners().stream().allMatch(l -> l.name().equals(NAME)), "the name is read, to be written nowhere");

    Taxonomy t = TaxonomyFixture.taxonomy();
    List<String> essential = java.util.Arrays.stream(t.occupation(t.occupationIndexOf(ANALYST)).essentialSkills())
        .mapToObj(i -> t.concept(i).id()).limit(4).toList();
    List<TaughtSkill> taught = essential.stream().map(s -> new TaughtSkill(s, t.byId(s).orElseThrow().preferredLabel(),
        TaughtSkill.Source.ALIGNED, 1.0, "")).toList();
    List<Credential> catalogue = List.of(new Credential("https://academy.example.org/analyst", "Analyst basics",
        "Academy", "Analysis.", 20.0, 100.0, "EUR", Level.FOUNDATION, "online", "https://academy.example.org/a", taught,
        "test", "csv", "en"));
    CredentialIndex index = CredentialIndex.build(dir.resolve("index"), catalogue, t);
    PipelineSkillExtractor x = new PipelineSkillExtractor(ExtractionModels.load(t), ExtractorConfig.defaults().lexicalOnly());
    Recommender rec = RecommenderModel.of(t, x, new RoleResolver(t),
        occ -> new DemandModel(t).demand(occ, List.of(), LocalDate.of(2026, 11, 29)), GapModel.DEFAULT_TOP, index,
        catalogue).recommender();

    List<LearnerView> docs = new ArrayList<>();
    List<GapRow> gaps = new ArrayList<>();
    List<RecommendationRow> recs = new ArrayList<>();
    List<String> lakeText = new ArrayList<>(); // what the lake's learner tables get beside the report's rows
    for (LearnerProfile l : read.learners()) {
      LearnerResult r = rec.recommend(l, new Budget(3, null, null));
      docs.add(LearnerView.of(r, t, index::get));
      lakeText.add(l.learnerId());
      lakeText.add(l.targetRole());
      if (r.gap() != null) {
        for (GapSkill g : r.gap().gap()) {
          Concept c = t.concept(g.concept());
          gaps.add(new GapRow(l.learnerId(), r.role().id(), r.role().label(), c.id(), c.preferredLabel(),
              c.type().wireName(), g.weight(), true, true));
        }
      }
      for (PlanStep s : r.plan().steps()) {
        Credential c = index.get(s.option().id());
        recs.add(new RecommendationRow(l.learnerId(), s.rank(), c.id(), c.title(), c.provider(), c.hours(), c.cost(),
            c.currency(), s.gain(), s.gapRemaining()));
      }
    }
    read.rejects().forEach(j -> lakeText.add(j.reason() + " " + j.entry()));
    Set<LearnerStatus> statuses = docs.stream().map(LearnerView::status).collect(Collectors.toSet());
    assertEquals(Set.of(LearnerStatus.OK, LearnerStatus.UNKNOWN_ROLE, LearnerStatus.NO_TARGET_ROLE), statuses,
        "every kind of learner page is made");
    assertFalse(recs.isEmpty(), "someone gets a course list");

    Map<String, byte[]> files = WeeklyReport.files(new ReportInput("2026-W48", List.of(), 0, List.of(), List.of(), gaps,
        recs, List.of(), UnrecognisedTitles.NONE, docs, Map.of(catalogue.get(0).id(), catalogue.get(0))));
    assertEquals(1 + 7 + 3 * 4, files.size(), "the page, seven CSV files, three files per learner");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      assertClean(f.getKey(), f.getKey());
      assertClean(f.getKey(), new String(f.getValue(), StandardCharsets.UTF_8));
    }
    for (String s : lakeText) {
      assertClean("a learner table", s);
    }
  }

  /** Fails naming the file and the forbidden piece, never the text around it. */
  static void assertClean(String where, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String bad : FORBIDDEN) {
      assertFalse(lower.contains(bad), where + " holds \"" + bad + "\"");
    }
    assertFalse(lower.replaceAll("[^0-9]", "").contains("7700900777"), where + " holds the phone number's digits");
  }
}
