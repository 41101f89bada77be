package dev.skillgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillgap.io.SkillgapHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** HR role descriptions: the 12 files of data-samples/roles and hand-written fixtures. */
class IngestRoleTest {

  static final LocalDate RUN = LocalDate.of(2026, 11, 30);
  static final Path FIXTURES = Path.of("src", "test", "resources", "ingest-fixtures", "roles");

  final RoleDescriptionParser parser = new RoleDescriptionParser(RUN);

  IngestResult parse(Path p) throws IOException {
    return parser.parse(p.toString(), Files.readAllBytes(p));
  }

  @Test
  void theTwelveSampleRolesGiveElevenPostingsAndOneRejectForTheMissingOccupation() throws IOException {
    Map<String, String> accepted = new TreeMap<>();
    List<IngestReject> rejects = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(SkillgapHome.dataSamples().resolve("roles"))) {
      files = s.sorted().toList();
    }
    assertEquals(12, files.size());
    for (Path f : files) {
      IngestResult r = parse(f);
      assertEquals(1, r.read(), f.toString());
      for (Posting p : r.accepted()) {
        assertEquals("file", p.entry());
        assertEquals(RUN.toString(), p.datePosted());
        assertEquals(f.toString(), p.source());
        assertEquals(ContentHash.of(p.title(), p.description()), p.contentHash());
        accepted.put(p.postingId(), p.format() + " | " + p.title() + " | " + p.occupationCode() + " | " + p.region());
      }
      rejects.addAll(r.rejects());
    }
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("role:data-analyst-finance-team", "role-md | Data Analyst – Finance Team | data analyst | Greater"
            + " Manchester"),
        Map.entry("role:senior-staff-nurse-acute-medicine", "role-txt | Senior Staff Nurse (Band 6) - Acute Medical"
            + " Unit | http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50 | West Yorkshire"),
        Map.entry("role:warehouse-team-leader", "role-md | Warehouse Team Leader (Nights) | 53-1042.00 |"
            + " Northamptonshire"),
        Map.entry("role:backend-java-developer", "role-txt | Backend Developer (Java) - Payments Platform |"
            + " 15-1252.00 | Co. Dublin"),
        Map.entry("role:cloud-platform-engineer", "role-md | Cloud Platform Engineer |"
            + " http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e | Noord-Holland"),
        Map.entry("role:accounts-assistant-payroll", "role-txt | Accounts Assistant (Purchase Ledger & Payroll) |"
            + " bookkeeper | Bristol"),
        Map.entry("role:customer-service-advisor", "role-md | Customer Service Advisor – Energy Accounts |"
            + " 43-4051.00 | TX"),
        Map.entry("role:hr-officer-recruitment", "role-txt | HR Officer - Recruitment and Onboarding |"
            + " http://data.europa.eu/esco/occupation/d3e32e5e-7f24-48e3-b939-e4f800eb62fb | Utrecht"),
        Map.entry("role:commis-chef-staff-restaurant", "role-md | Commis Chef – Staff Restaurant | cook | Greater"
            + " London"),
        Map.entry("role:it-security-analyst", "role-txt | IT Security Analyst | ICT security engineer | MA"),
        Map.entry("role:home-care-assistant", "role-md | Home Care Assistant – Community Team |"
            + " http://data.europa.eu/esco/occupation/f4525ed8-54eb-4a3b-90db-55cc01b0d9fd | Co. Cork")));
    assertEquals(expected, accepted);
    assertEquals(1, rejects.size());
    IngestReject hgv = rejects.get(0);
    assertTrue(hgv.source().endsWith("hgv-night-trunk-driver.txt"));
    assertEquals("header (lines 1-3)", hgv.entry());
    assertEquals("role-txt", hgv.format());
    assertEquals("missing Occupation header", hgv.reason());
    assertTrue(hgv.excerpt().startsWith("Title: HGV Class 1 Night Trunk Driver\nRegion: Warwickshire"));
  }

  @Test
  void bodiesAreTheTextAfterTheHeaderOrFrontMatter() throws IOException {
    Path roles = SkillgapHome.dataSamples().resolve("roles");
    Posting md = parse(roles.resolve("cloud-platform-engineer.md")).accepted().get(0);
    assertEquals("Cloud Platform Engineer", md.title()); // written "Cloud Platform Engineer" in quotes
    assertTrue(md.description().startsWith("## Cloud Platform Engineer\n\nPart of the **Platform & Reliability**"));
    assertTrue(md.description().endsWith("compensated in line with the on-call policy."));
    Posting txt = parse(roles.resolve("backend-java-developer.txt")).accepted().get(0);
    assertTrue(txt.description().startsWith("About the team\nThe Payments squad"));
    assertTrue(txt.description().endsWith("Tuesdays and Thursdays in the Dublin office"));
    assertEquals("", txt.company());
    assertEquals("", txt.employmentType());
  }

  @Test
  void headerAndBodyProblemsAreRejectedNamingWhatIsMissing() throws IOException {
    List<String> actual = new ArrayList<>();
    for (String f : List.of("blank-title.txt", "empty-body.txt", "no-title-no-occupation.txt", "empty-body.md",
        "no-front-matter.md", "unclosed.md")) {
      IngestResult r = parse(FIXTURES.resolve(f));
      assertEquals(1, r.read());
      assertEquals(List.of(), r.accepted(), f);
      IngestReject j = r.rejects().get(0);
      actual.add(f + " | " + j.entry() + " | " + j.reason());
    }
    assertEquals(List.of(
        "blank-title.txt | header (lines 1-2) | Title header is blank",
        "empty-body.txt | body (after line 3) | empty body: no text after the header",
        "no-title-no-occupation.txt | header (lines 1-2) | missing Title and Occupation headers",
        "empty-body.md | body (after line 4) | empty body: no text after the front matter",
        "no-front-matter.md | front matter (line 1) | missing front matter (title and occupation): the file does not"
            + " start with a --- line",
        "unclosed.md | front matter (line 1) | front matter opened on line 1 is never closed by a --- line"), actual);
  }

  @Test
  void frontMatterValuesLoseTheirQuotesAndComments() throws IOException {
    Posting p = parse(FIXTURES.resolve("single-quoted.md")).accepted().get(0);
    assertEquals("role:single-quoted", p.postingId());
    assertEquals("Buyer's Assistant", p.title());
    assertEquals("43-3031.00", p.occupationCode());
    assertEquals("Kent", p.region());
    assertEquals("# Buyer's Assistant\n\n- Raise purchase orders", p.description());
  }

  @Test
  void csvRolesAreCheckedRowByRow() throws IOException {
    IngestResult r = parse(FIXTURES.resolve("roles.csv"));
    assertEquals(3, r.read());
    Posting p = r.accepted().get(0);
    assertEquals("role:R-1", p.postingId());
    assertEquals("role-csv", p.format());
    assertEquals("row 1 (line 2)", p.entry());
    assertEquals("bookkeeper", p.occupationCode());
    assertEquals("Bristol", p.region());
    assertEquals("Runs payroll.\n- Weekly and monthly", p.description());
    assertEquals(RUN.toString(), p.datePosted());
    assertEquals(List.of("row 2 (line 4) | occupation is blank", "row 3 (line 5) | description is blank"),
        r.rejects().stream().map(j -> j.entry() + " | " + j.reason()).toList());
  }

  @Test
  void jsonLdRolesUseTheFileNameWhenTheyHaveNoIdAndTheRunDate() throws IOException {
    IngestResult r = parse(FIXTURES.resolve("role.jsonld"));
    Posting p = r.accepted().get(0);
    assertEquals("role:role", p.postingId());
    assertEquals("role-jsonld", p.format());
    assertEquals("document", p.entry());
    assertEquals("Site Reliability Engineer", p.title());
    assertEquals("http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e", p.occupationCode());
    assertEquals("Utrecht", p.region());
    assertEquals("NL", p.country());
    assertEquals(RUN.toString(), p.datePosted());

    byte[] noOccupation = "{\"@type\":\"JobPosting\",\"title\":\"T\",\"description\":\"<p>x</p>\"}"
        .getBytes(StandardCharsets.UTF_8);
    IngestReject j = parser.parse("upload/x.jsonld", noOccupation).rejects().get(0);
    assertEquals("document | missing occupationalCategory", j.entry() + " | " + j.reason());
  }

  @Test
  void aGzippedRoleFileReadsAsTheFileItPacks() throws IOException {
    byte[] md = Files.readAllBytes(SkillgapHome.dataSamples().resolve("roles/cloud-platform-engineer.md"));
    IngestResult plain = parser.parse("roles/cloud-platform-engineer.md", md);
    IngestResult packed = parser.parse("roles/cloud-platform-engineer.md.gz", InputFilesTest.gzip(new String(md,
        StandardCharsets.UTF_8)));
    assertEquals(1, plain.accepted().size());
    assertEquals(plain.accepted().stream().map(r -> r.postingId() + " | " + r.title() + " | " + r.description()).toList(),
        packed.accepted().stream().map(r -> r.postingId() + " | " + r.title() + " | " + r.description()).toList());
    assertEquals("gzip, " + md.length + " bytes unpacked", packed.notes().get(0));
    assertEquals(List.of("file | named .gz but not gzip data"), parser.parse("roles/x.md.gz", md).rejects().stream()
        .map(r -> r.entry() + " | " + r.reason()).toList());
    assertTrue(RoleDescriptionParser.reads("roles/X.MD.GZ") && !RoleDescriptionParser.reads("roles/x.gz"));
  }

  @Test
  void rolesMustBeUtf8AndOfAKnownType() {
    byte[] latin1 = "Title: Caf\u00e9 Manager\nOccupation: cook\n\nRuns the caf\u00e9.\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    IngestReject j = parser.parse("roles/cafe.txt", latin1).rejects().get(0);
    assertEquals("file", j.entry());
    assertEquals("invalid UTF-8: byte 0xE9 at byte offset 10 (line 1)", j.reason());
    IngestReject pdf = parser.parse("roles/cafe.pdf", new byte[] {1, 2}).rejects().get(0);
    assertEquals("unsupported role file type '.pdf': expected .txt, .md, .csv, .json or .jsonld (or any of them .gz)",
        pdf.reason());
  }
}
