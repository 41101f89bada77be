package dev.skillgap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillgap.demand.WeekId;
import dev.skillgap.extract.ExtractorConfig;
import dev.skillgap.io.SkillgapHome;
import dev.skillgap.rank.Budget;
import dev.skillgap.taxonomy.TaxonomyFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CVs full of invented personal details (names, e-mail addresses, phone numbers, postal
 * addresses, in the CV text, a CV file, the name, id, target role, skills and badge columns, and a
 * CV file's name) through the weekly job on a tiny week: no table of the lake (every row read back),
 * no report file (page, CSV, JSON) and no manifest may hold any of them.
 */
class PersonalDataInLakeTest {

  static SparkSession spark;
  static Path taxonomy;

  /** Case-insensitive pieces of the invented details that no output may hold. */
  static final List<String> FORBIDDEN = List.of("zephyrine", "quillfeather", "bartholomew", "okonkwo", "lindqvist",
      "marisol", "ferreira-batt", "@example.com", "@mailbox.example", "900123", "900 123", "496 0789", "4960789",
      "900456", "larkspur", "hx7 8qt", "acacia", "m14 5rt");

  @BeforeAll
  static void start() throws Exception {
    taxonomy = TaxonomyFixture.compiled();
    spark = SparkSessions.create("privacy-test", "local[2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static String posting(String id, String title, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"datePosted\":\"2026-11-24\",\"description\":\""
        + text + "\"}\n";
  }

  @Test
  void noLakeTableReportFileOrManifestHoldsANameEmailPhoneOrAddressFromACv(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("postings.jsonl"),
        posting("p1", "Data Analyst", "We need SQL, Microsoft Excel and data visualisation skills. Python is a plus.")
        + posting("p2", "Data Analyst", "Analyse data with SQL and Excel; build dashboards; present findings.")
        + posting("p3", "Software Developer", "Java and SQL development, unit testing and code review.")
        + posting("p4", "Software Developer", "Write Java services, SQL queries and automated tests."));
    Files.writeString(in.resolve("Marisol_Ferreira-Batt_CV.txt"), String.join("\n",
        "Marisol Ferreira-Batt",
        "Flat 2, 9 Acacia Road, Manchester M14 5RT | marisol.fb@mailbox.example.org | (0161) 496 0789",
        "Experience: stock control, customer service and rotas at a cafe. Excel for the weekly orders."));
    String header = "Learner ID,Full name,Target role,CV,CV file,Skills,Badges\n";
    Files.writeString(in.resolve("learners.csv"), header
        // the id is the person's name; the CV starts with the name, address, e-mail and phone
        + "Zephyrine Quillfeather,Zephyrine Quillfeather,data analyst,\"Zephyrine Quillfeather\n"
        + "14 Larkspur Crescent, Hebden Bridge HX7 8QT\nzephyrine.q@example.com | +44 7700 900123\n"
        + "Data analyst: SQL, Excel, Python and data visualisation.\",,SQL;Excel,\n"
        // the id is an e-mail address; the target role, skills and badges hold contact details and the name
        + "b.okonkwo@example.com,Bartholomew Okonkwo-Lindqvist,\"software developer (Bartholomew Okonkwo-Lindqvist,"
        + " 07700900456)\",\"Curriculum vitae of Bartholomew Okonkwo-Lindqvist. Java and SQL developer. Tel 07700 900456."
        + "\",,Java; call Bartholomew on 07700 900456,badge-b.okonkwo@example.com 07700 900456 okonkwo-badge\n"
        // no id at all: the CV is a file named after the person
        + ",Marisol Ferreira-Batt,data analyst,,Marisol_Ferreira-Batt_CV.txt,,\n", StandardCharsets.UTF_8);
    Path catalog = SkillgapHome.dataSamples().resolve("catalog/courses.csv");
    Path lake = dir.resolve("lake");
    WeeklyOptions o = new WeeklyOptions(WeekId.parse("2026-W48"), lake.toString(),
        List.of(in.resolve("postings.jsonl").toString()), List.of(), in.resolve("learners.csv").toString(),
        List.of(catalog.toString()), taxonomy.toString(), ExtractorConfig.defaults().lexicalOnly().toJson(),
        new Budget(5, null, null));
    List<String> log = new ArrayList<>();
    ObjectNode manifest = new WeeklyJob(spark, log::add).run(o);
    System.out.println("PersonalDataInLakeTest: weekly job seconds " + manifest.get("seconds"));
    assertEquals(3, manifest.get("counts").get("learners").get("learners").asInt(), manifest.toString());

    List<String> leaks = new ArrayList<>();
    // every table, every row, read back
    int rows = 0;
    for (String table : LakeSchemas.TABLES.keySet()) {
      for (Row r : spark.read().parquet(lake.resolve(table).toString()).collectAsList()) {
        rows++;
        leaks(table + " " + r, leaks);
      }
    }
    assertTrue(rows > 50, "the tables hold rows: " + rows);
    // every other file of the lake: report pages, CSV and JSON files, the manifest
    int files = 0;
    try (Stream<Path> s = Files.walk(lake)) {
      for (Path f : s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".parquet")
          && !f.toString().endsWith(".crc")).toList()) {
        files++;
        leaks(lake.relativize(f) + ": " + new String(Files.readAllBytes(f), StandardCharsets.UTF_8), leaks);
      }
    }
    assertTrue(files > 10, "the report and manifest are there: " + files);
    log.forEach(l -> leaks("log: " + l, leaks));
    assertEquals(List.of(), leaks);
  }

  /** Adds to {@code out} each forbidden piece {@code text} holds, with where. */
  static void leaks(String text, List<String> out) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String f : FORBIDDEN) {
      int at = lower.indexOf(f);
      if (at >= 0) {
        out.add(f + " in " + text.substring(0, Math.min(text.length(), 60)).replace('\n', ' ') + " ... "
            + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)).replace('\n', ' '));
      }
    }
  }
}
