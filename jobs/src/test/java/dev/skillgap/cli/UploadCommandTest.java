package dev.skillgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillgap.ingest.RoleInbox;
import dev.skillgap.io.SkillgapHome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upload roles}: what is accepted, what is rejected and why, what reaches the inbox. */
class UploadCommandTest {

  @TempDir
  Path dir;

  private static final String ROLE = "Title: Data Analyst\nOccupation: 15-2051.00\nRegion: Leeds\n\n"
      + "You will build dashboards in Power BI and write SQL queries. Strong communication skills and attention "
      + "to detail are essential; experience with Python is a plus.\n";

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private CliTest.Run upload(Path lake, String... files) {
    List<String> args = new ArrayList<>(List.of("upload", "roles", "--lake", lake.toString(), "--lexical-only", "--json"));
    args.addAll(List.of(files));
    return CliTest.run(args.toArray(String[]::new));
  }

  private static List<JsonNode> docs(CliTest.Run r) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      out.add(Json.MAPPER.readTree(line));
    }
    return out;
  }

  @Test
  void acceptedRolesGoToTheInboxWithTheSkillsFound() throws Exception {
    Path lake = dir.resolve("lake");
    Path txt = file("analyst.txt", ROLE);
    Path md = Path.of(SkillgapHome.dataSamples().resolve("roles/customer-service-advisor.md").toString());
    CliTest.Run r = upload(lake, txt.toString(), md.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> d = docs(r);
    assertEquals(2, d.size());
    JsonNode a = d.get(0);
    assertTrue(a.get("accepted").asBoolean());
    assertEquals(0, a.get("problems").size());
    assertEquals("role:analyst", a.get("roles").get(0).get("id").asText());
    List<String> labels = new ArrayList<>();
    a.get("roles").get(0).get("skills").forEach(s -> labels.add(s.get("label").asText() + "/" + s.get("type").asText()));
    assertTrue(labels.contains("SQL/hard"), labels.toString());
    assertTrue(labels.contains("attend to detail/soft"), labels.toString());
    Path placed = Path.of(a.get("placedAt").asText());
    assertEquals(ROLE, Files.readString(placed));
    assertTrue(placed.startsWith(lake.resolve(RoleInbox.PENDING)), placed.toString());
    assertEquals(2, new RoleInbox(lake).inputsFor("2026-W48").size());

    // The same content again, under another name: a duplicate of the inbox file, not placed.
    CliTest.Run again = upload(lake, file("analyst-copy.txt", ROLE).toString());
    assertEquals(1, again.code());
    JsonNode dup = docs(again).get(0);
    assertFalse(dup.get("accepted").asBoolean());
    assertTrue(dup.get("problems").get(0).asText().startsWith("file: duplicate: same title and description as inbox file "),
        dup.toString());
    assertTrue(dup.get("placedAt").isNull());
    assertEquals(2, new RoleInbox(lake).allFiles().size());
  }

  @Test
  void badFilesAreRejectedWholeWithEveryReason() throws Exception {
    Path lake = dir.resolve("lake");
    Path empty = file("empty.txt", "");
    Path markup = file("markup.md", "---\ntitle: Nurse\noccupation: 29-1141.00\n---\n<p></p>\n");
    Path badUtf8 = dir.resolve("in/latin1.txt");
    Files.write(badUtf8, "Title: Caf\u00e9 manager\nOccupation: 11-9051.00\n\nRuns the caf\u00e9.".getBytes(StandardCharsets.ISO_8859_1));
    Path binary = dir.resolve("in/photo.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
    Path pdf = file("role.pdf", "%PDF-1.4");
    Path csv = file("roles.csv", "id,title,occupation,region,description\n"
        + "r1,Data Analyst,15-2051.00,Leeds,\"Build dashboards in Power BI and write SQL queries every day.\"\n"
        + "r2,Nurse,,Leeds,\"Care for patients on an acute medical ward.\"\n");
    Path jsonld = file("posting.jsonld", "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\","
        + "\"title\":\"Welder\",\"occupationalCategory\":\"51-4121.00\"}");
    Path twice = file("twice.csv", "id,title,occupation,region,description\n"
        + "a,Data Analyst,15-2051.00,Leeds,\"Build dashboards in Power BI and write SQL queries every day.\"\n"
        + "b,Data Analyst,15-2051.00,Leeds,\"Build dashboards in Power BI and write SQL queries every day.\"\n");
    CliTest.Run r = upload(lake, empty.toString(), markup.toString(), badUtf8.toString(), binary.toString(),
        pdf.toString(), csv.toString(), jsonld.toString(), twice.toString());
    assertEquals(1, r.code(), r.err());
    List<JsonNode> d = docs(r);
    assertEquals(8, d.size());
    for (JsonNode v : d) {
      assertFalse(v.get("accepted").asBoolean(), v.toString());
      assertTrue(v.get("problems").size() > 0, v.toString());
      assertTrue(v.get("placedAt").isNull());
    }
    assertTrue(d.get(4).get("problems").get(0).asText().contains("unsupported role file type '.pdf'"), d.get(4).toString());
    // The CSV's good row does not get in on its own: the file is rejected whole, naming the bad row.
    assertEquals(1, d.get(5).get("problems").size(), d.get(5).toString());
    assertTrue(d.get(5).get("problems").get(0).asText().contains("occupation is blank"), d.get(5).toString());
    assertEquals(2, d.get(5).get("roles").size() + d.get(5).get("problems").size());
    assertEquals("row 2 (line 3): duplicate: same title and description as " + twice + " row 1 (line 2)",
        d.get(7).get("problems").get(0).asText());
    assertTrue(new RoleInbox(lake).allFiles().isEmpty());
  }

  @Test
  void textOutputSaysAcceptedOrRejectedPerFile() throws Exception {
    Path lake = dir.resolve("lake");
    Path good = file("analyst.txt", ROLE);
    Path bad = file("empty.txt", "");
    CliTest.Run r = CliTest.run("upload", "roles", "--lake", lake.toString(), "--lexical-only", good.toString(), bad.toString());
    assertEquals(1, r.code());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("accepted  " + good + " -> " + lake.resolve(RoleInbox.PENDING)), r.out());
    assertEquals("  role role:analyst \"Data Analyst\" (occupation 15-2051.00)", lines.get(1));
    assertTrue(lines.get(2).startsWith("    hard skills: "), r.out());
    assertTrue(lines.get(3).startsWith("    soft skills: ") && lines.get(3).contains("attend to detail"), r.out());
    assertEquals("rejected  " + bad + ": 1 problem; nothing from this file was placed", lines.get(4));
    assertEquals("1 of 2 files accepted", lines.get(lines.size() - 1));
  }

  @Test
  void aWeekMovesPendingUploadsToItsProcessedFolderAndARerunReadsThemAgain() throws Exception {
    Path lake = dir.resolve("lake");
    RoleInbox inbox = new RoleInbox(lake);
    Path placed = inbox.place("in/analyst.txt", ROLE.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(placed), inbox.inputsFor("2026-W48"));
    assertEquals(1, inbox.markProcessed("2026-W48").size());
    List<Path> again = inbox.inputsFor("2026-W48");
    assertEquals(1, again.size());
    assertTrue(again.get(0).startsWith(inbox.processed("2026-W48")), again.toString());
    assertTrue(inbox.inputsFor("2026-W49").isEmpty(), "a later week does not read it again");
    // Uploading the same content later, then rerunning W48: the folder is replaced, not doubled.
    inbox.place("in/analyst.txt", ROLE.getBytes(StandardCharsets.UTF_8));
    inbox.markProcessed("2026-W48");
    assertEquals(1, inbox.inputsFor("2026-W48").size());
  }
}
