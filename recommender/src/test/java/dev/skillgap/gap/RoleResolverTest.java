package dev.skillgap.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  static String method(String role) {
    return r.resolve(role).map(ResolvedRole::method).orElse("<none>");
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
  void gradesContractWordsPlacesAndNotesAreNotTheOccupation() {
    assertEquals("nurse responsible for general care", label("Band 5 Staff Nurse - Ward 12, Riverside Hospital"));
    assertEquals("nurse responsible for general care", label("STAFF NURSE - BANK"));
    assertEquals("nurse responsible for general care", label("Registered Nurse (RMN/RNLD) with £1,500 Welcome Bonus"));
    assertEquals("specialised doctor", label("Locum Consultant Psychiatrist (x2)"));
    assertEquals("physiotherapist", label("Physiotherapist (Maternity cover)"));
    assertEquals("dietitian", label("Highly Specialist Dietitian"));
    assertEquals("software developer", label("Software Engineer Intern 2018"));
    assertEquals("software developer", label("Senior Software Engineer, Google Cloud (German)"));
    assertEquals("marketing manager", label("Product Marketing Manager, Maps (Japanese)"));
    assertEquals("healthcare assistant", label("HCA - Nights"));
  }

  @Test
  void slashesOfferAlternativesAndTheFieldAfterInNamesTheSpecialist() {
    assertEquals("nurse responsible for general care", label("Ward Sister/Charge Nurse"));
    assertEquals("clinical psychologist", label("Senior Clinical/Counselling Psychologist"));
    assertEquals("general practitioner", label("Salaried GP/Lead GP"));
    assertEquals("specialised doctor", label("Consultant in Cardiology"));
    assertEquals("dietitian", label("Specialist Dietitian in Cancer Care"));
    assertEquals("title-search", method("Consultant in Cardiology"));
    assertEquals("specialised doctor", label("Consultant in Diabetes & Endocrinology"));
    assertEquals("specialised doctor", label("Clinical Fellow in Obstetrics & Gynaecology"));
    // a physician's field is practised by a physician: no gerontologist (a sociologist in ESCO)
    assertEquals("<none>", label("Consultant Physician in Gerontology"));
    assertEquals("nurse responsible for general care", label("Band 5 RGN Riverside"));
    // a misspelt worker is not left off for the word before it
    assertEquals("<none>", label("Senior Pharmacy Techncian"));
    assertEquals("communication manager", label("Manager, Corporate Communications, Google Cloud"));
    // the head may match as a field or a worker, its modifiers not: mid-market sales is no marketing
    assertTrue(!label("Manager, Mid Market Sales").equals("marketing manager"), label("Manager, Mid Market Sales"));
  }

  @Test
  void oNetTitlesReachTheOccupationTheCrosswalkIsSurestOf() {
    // O*NET files staff and registered nurses under Registered Nurses, which the crosswalk maps to nurse
    // responsible for general care (confidence 2) and to advanced nurse practitioner (1)
    assertEquals("nurse responsible for general care", label("Registered Nurse"));
    assertEquals("onet-title", method("Registered Nurse"));
    assertEquals("nurse responsible for general care", label("29-1141.00"));
    // a detailed O*NET-SOC 2019 code the crosswalk lacks goes by its own titles
    assertEquals("cook", label("35-2014.00"));
    // of a code's ESCO occupations, the one with most of its O*NET titles ("Truck Driver", "Tractor-Trailer
    // Truck Driver"...), not the first in the crosswalk's file (moving truck driver)
    assertEquals("cargo vehicle driver", label("53-3032.00"));
  }

  @Test
  void ambiguousAndUnfoundedTitlesStayUnresolved() {
    // an alternative label of two unrelated occupations (advanced nurse practitioner, business manager)
    assertEquals("<none>", label("Team Manager"));
    // an alternative label of bank account manager, but also the end of sales and ICT account manager
    assertEquals("<none>", label("Account Manager"));
    // an O*NET title of Special Effects Artists and Animators, whose ESCO occupations have no such title
    assertEquals("<none>", label("Interaction Designer"));
    // a live event producer is an event manager: the producer of films it is not
    assertEquals("<none>", label("Event Producer"));
    assertEquals("<none>", label("Business Intern 2018"));
    // "Director" is an O*NET title of Producers and Directors, a title with two heads: not a producer
    assertEquals("<none>", label("Clinical Director: Children's Services"));
    assertEquals("<none>", label("Nursing Open Day"));
  }

  @Test
  void theSameTitleGivesTheSameOutcomeFromAnyThread() throws Exception {
    List<String> titles = List.of("Staff Nurse", "Band 6 Physiotherapist", "Team Manager", "Consultant in Cardiology",
        "Data Analyst - Commercial", "HCA", "Registered Nurse", "Kitchen Porter", "dragon tamer", "35-2014.00");
    List<Optional<ResolvedRole>> alone = new ArrayList<>();
    RoleResolver fresh = new RoleResolver(GapFixture.taxonomy());
    for (String t : titles) {
      alone.add(fresh.resolve(t));
    }
    RoleResolver shared = new RoleResolver(GapFixture.taxonomy());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Optional<ResolvedRole>>>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> titles.stream().map(shared::resolve).toList()));
      }
      for (Future<List<Optional<ResolvedRole>>> f : runs) {
        assertEquals(alone, f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(shared.resolve("Staff Nurse"), shared.resolve("Staff Nurse"), "a cached outcome is the outcome");
  }
}
