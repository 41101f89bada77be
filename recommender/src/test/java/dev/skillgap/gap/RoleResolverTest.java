package dev.skillgap.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
