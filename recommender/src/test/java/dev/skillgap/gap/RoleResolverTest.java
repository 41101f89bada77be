package dev.skillgap.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoleResolverTest {

  static RoleResolver r;

  @BeforeAll
  static void build() {
    r = new RoleResolver(GapFixture.taxonomy());
  }

  static String label(String role) {
    return r.resolve(role).map(ResolvedRole::label).orElse("<none>");
  }

  @Test
  void idsCodesAndTitlesResolveToEscoOccupations() {
    assertEquals("data analyst", label("http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2"));
    assertEquals("data analyst", label("Data Analyst"));
    assertEquals("data analyst", label("junior data analyst"));
    assertEquals("software developer", label("Software Developer"));
    assertEquals("onet-code", r.resolve("15-1252.00").orElseThrow().method());
    assertTrue(label("15-1252.00").contains("developer"), label("15-1252.00"));
    assertEquals("shop assistant", label("Shop Assistant (m/f/d) - weekends"));
    assertEquals("exact-title", r.resolve("Senior Data Analyst").orElseThrow().method());
  }

  @Test
  void unknownAndBlankRolesDoNotResolve() {
    assertTrue(r.resolve("").isEmpty());
    assertTrue(r.resolve("   ").isEmpty());
    assertTrue(r.resolve("dragon tamer").isEmpty(), label("dragon tamer"));
    assertTrue(r.resolve("http://data.europa.eu/esco/occupation/no-such").isEmpty());
    assertTrue(r.resolve("99-9999.00").isEmpty());
  }

  @Test
  void onetSoc2019CodesTheCrosswalkLacksReachTheRightEscoOccupation() {
    // the crosswalk is written against O*NET-SOC 2010; a word search sent these astray
    assertEquals("software developer", label("15-1251.00"), "Computer Programmers, not a CNC machine operator");
    assertEquals("ICT security engineer", label("15-1212.00"), "Information Security Analysts, not a securities analyst");
    assertEquals("ICT project manager", label("15-1299.09"));
    assertEquals("software tester", label("15-1253.00"));
    assertEquals("software developer", label("Java Developer"), "an O*NET alternate title of Computer Programmers");
    assertEquals("data scientist", label("15-2051.00"), "codes the table does not name work as before");
  }

  @Test
  void aFieldOfWorkIsReadAsItsPractitioner() {
    assertEquals("data scientist", label("Data Science"));
    assertEquals("field-title", r.resolve("Data Science").orElseThrow().method());
    assertEquals("software tester", label("Automation Testing"));
    assertEquals("electrical engineer", label("Electrical Engineering"));
    assertEquals("Big Data engineer", RoleResolver.practitioner("Big Data Engineering"));
    assertEquals(null, RoleResolver.practitioner("Testing"), "one word is a field, not a job: see tooGeneral");
    assertEquals("software developer", label("DotNet Developer"), ".NET written without its dot");
  }

  @Test
  void aSingleWordThatFitsSeveralOccupationsIsTooGeneral() {
    for (String field : new String[] {"Sales", "Arts", "Database", "Testing"}) {
      assertTrue(r.resolve(field).isEmpty(), field + " resolved to " + label(field));
      assertTrue(r.tooGeneral(field).size() >= 2, field + ": " + r.tooGeneral(field));
    }
    assertTrue(r.tooGeneral("Sales").contains("sales manager"));
    assertTrue(r.tooGeneral("Database").contains("database administrator"));
    // two fit, but one is the other's senior variant: a field named without seniority means its practitioner
    assertEquals("human resources officer", label("HR"));
    assertEquals("blockchain developer", label("Blockchain"));
    assertEquals(List.of(), r.tooGeneral("HR"));
    assertEquals("lawyer", label("Advocate"), "one word that is a title resolves");
    assertEquals(List.of(), r.tooGeneral("Advocate"));
    assertEquals(List.of(), r.tooGeneral("dragon tamer"), "fits nothing, rather than too much");
    assertEquals(List.of(), r.tooGeneral(""));
  }
}
