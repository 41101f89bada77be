package dev.skillgap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented people only: example.com addresses, Ofcom's drama numbers (07700 900xxx) and the like. */
class PersonalDataTest {

  static final String R = PersonalData.MARK;

  @Test
  void contactDetailsOfARunOnCvAreRemoved() {
    PersonalData.Redacted r = PersonalData.redact("Skills: Java, SQL Education Details Quinta Verbruggen "
        + "Email: quinta.verbruggen+cv@mail.example.com Mobile: +44 7700 900461 linkedin.com/in/quinta-v "
        + "Portfolio https://quinta.example.org/work?x=1 Pune, India - 411001 Exprience - 24 months");
    assertEquals("Skills: Java, SQL Education Details Quinta Verbruggen Email: " + R + " Mobile: " + R + " " + R
        + " Portfolio " + R + " Pune, India - 411001 Exprience - 24 months", r.text());
    assertEquals(1, r.emails());
    assertEquals(1, r.phones());
    assertEquals(2, r.links());
    assertEquals(4, r.total());
  }

  @Test
  void phoneNumbersInTheirUsualShapes() {
    for (String phone : new String[] {"+91 98765 43210", "+91-9876543210", "9876543210", "07700 900123",
        "(020) 7946 0958", "+44 (0)20 7946 0958", "0049 30 901820", "+1 (555) 010-0199", "555.010.0199",
        "+33 1 09 75 83 51"}) {
      PersonalData.Redacted r = PersonalData.redact("call " + phone + ".");
      assertEquals("call " + R + ".", r.text(), phone);
      assertEquals(1, r.phones(), phone);
    }
  }

  @Test
  void numbersThatAreNoPhoneNumbersStay() {
    for (String ok : new String[] {"2015-2019", "2015 - 2019", "01.06.2019", "2008 2012 2016 and 2019",
        "2010 - 2012 - 2014 - 2016", "Windows Server 2008/2012", "1,20,000 INR", "CGPA 8.5", "Pune - 411001",
        "ISO 9001:2015", "v1.2.3", "B.E. 2014-18", "12345678", "Node.js and ASP.NET", "C++ and C#",
        "IPv4 10.0.0.1", "5 years 6 months", "2015 - 2019. 1 year"}) {
      assertSame(ok, PersonalData.redact(ok).text(), ok);
    }
  }

  @Test
  void aNumberBesideARangeIsTakenWithoutTheRange() {
    assertEquals("Mob " + R + " 2015-2019", PersonalData.redact("Mob 98765 43210 2015-2019").text());
    assertEquals(R + " " + R, PersonalData.redact("07700 900123 07700 900456").text());
    assertEquals("Tel " + R + " - ", PersonalData.redact("Tel 98765 43210 - ").text(), "a separator after it stays");
  }

  @Test
  void idsMadeOfContactDetailsAreRecognised() {
    assertTrue(PersonalData.contains("quinta@example.com"));
    assertTrue(PersonalData.contains("+44 7700 900461"));
    assertFalse(PersonalData.contains("L001"));
    assertFalse(PersonalData.contains("learner-0042"));
    assertFalse(PersonalData.contains("https://example.org/learners/7"), "a link is an id, not contact data");
  }

  @Test
  void nullAndEmptyStayAsTheyAre() {
    assertEquals(new PersonalData.Redacted(null, 0, 0, 0), PersonalData.redact(null));
    assertEquals(new PersonalData.Redacted("", 0, 0, 0), PersonalData.redact(""));
  }

  @Test
  void aPersonsOwnNameIsRedactedWordByWordInAnyCaseButNotInsideOtherWords() {
    assertEquals(List.of("Okonkwo-Lindqvist", "Bartholomew", "Lindqvist", "Okonkwo"),
        PersonalData.nameWords(" Bartholomew  Okonkwo-Lindqvist "));
    assertEquals(List.of("Beethoven", "Ludwig"), PersonalData.nameWords("Ludwig van Beethoven, Dr."));
    assertEquals("software developer ([redacted] [redacted], 07700900456)",
        PersonalData.redactName("software developer (Bartholomew Okonkwo-Lindqvist, 07700900456)",
            "Bartholomew Okonkwo-Lindqvist"));
    assertEquals("[redacted]-badge, van, [redacted], Lindqvistish", PersonalData.redactName(
        "OKONKWO-badge, van, lindqvist, Lindqvistish", "Bartholomew van Okonkwo-Lindqvist"));
    assertEquals("data analyst", PersonalData.redactName("data analyst", ""));
    assertEquals(null, PersonalData.redactName(null, "Ann Lee"));
    assertTrue(PersonalData.containsName("zephyrine.quillfeather", "Zephyrine Quillfeather"));
    assertFalse(PersonalData.containsName("L001", "Zephyrine Quillfeather"));
  }

  @Test
  void contactDetailsAreRedactedWithoutTouchingLinks() {
    PersonalData.Redacted r = PersonalData.redactContacts(
        "https://badges.example/a/1 b.o@example.com 07700 900456");
    assertEquals("https://badges.example/a/1 [redacted] [redacted]", r.text());
    assertEquals(new PersonalData.Redacted("https://badges.example/a/1 [redacted] [redacted]", 1, 1, 0), r);
  }
}
