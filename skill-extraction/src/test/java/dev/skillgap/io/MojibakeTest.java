package dev.skillgap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {

  static final Charset CP1252 = Charset.forName("windows-1252");

  /**
   * What a UTF-8 text becomes when read as {@code wrong} and saved again; the five bytes Windows-1252
   * leaves undefined become the Latin-1 control characters, as Windows' own conversion does.
   */
  static String mangle(String text, Charset wrong) {
    StringBuilder b = new StringBuilder();
    for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {x}, wrong);
      b.append(c.equals("\uFFFD") ? (char) (x & 0xff) : c);
    }
    return b.toString();
  }

  static void assertRepair(String expected, int repaired, int unrepaired, String input) {
    Mojibake.Repair r = Mojibake.repair(input);
    assertEquals(expected, r.text(), input);
    assertEquals(repaired, r.repaired(), "repaired in " + input);
    assertEquals(unrepaired, r.unrepaired(), "unrepaired in " + input);
  }

  @Test
  void theIssuesExamplesAreRepairedFromWindows1252AndFromLatin1() {
    assertRepair("Naïve Bayes", 1, 0, "NaÃ¯ve Bayes");
    assertRepair("• Python • SQL", 2, 0, "â€¢ Python â€¢ SQL");
    assertRepair("it’s", 1, 0, "itâ€™s");
    // Latin-1 leaves 0x80-0x9F as C1 controls instead of Windows-1252's €, ’ and the like
    assertRepair("• it’s", 2, 0, "\u00e2\u0080\u00a2 it\u00e2\u0080\u0099s");
    assertEquals("â\u0080¢", mangle("•", StandardCharsets.ISO_8859_1));
  }

  @Test
  void everyKindOfCharacterRoundTrips() {
    String original = "Résumé: café £50, 25°C, naïve, Łódź, Ørsted ✓ ➢ ❖ − “quoted” — Привет Ελλάδα 😀 "
        + "\uF0B7 Word's Symbol-font bullet, a\u00A0no-break space";
    for (Charset wrong : new Charset[] {CP1252, StandardCharsets.ISO_8859_1}) {
      String mangled = mangle(original, wrong);
      Mojibake.Repair r = Mojibake.repair(mangled);
      assertEquals(original, r.text(), wrong.name());
      assertEquals(original.codePoints().filter(c -> c > 0x7F).count(), r.repaired(), wrong.name());
      assertEquals(0, r.unrepaired());
    }
  }

  @Test
  void legitimateTextIsLeftAlone() {
    for (String ok : new String[] {"à la carte", "Ça va? Où est l’hôtel «Élysée»", "SÃO PAULO", "IRMÃ E MÃE",
        "ÎNVĂȚĂMÂNT", "São Paulo", "Müller & Søn — “quotes” and ‘single’ • bullets", "naïve, coöperate", "Ørsted",
        "CAFÉ” said", "JOSÉ’S", "«CAFÉ»", "3×² and 2×½", "plain ASCII", "", "über-€uro"}) {
      Mojibake.Repair r = Mojibake.repair(ok);
      assertSame(ok, r.text(), ok);
      assertEquals(0, r.repaired(), ok);
      assertEquals(0, r.unrepaired(), ok);
    }
  }

  @Test
  void damageThatDoesNotRoundTripIsCountedNotGuessed() {
    // "à" is C3 A0; the no-break space A0 became a plain space on the way, so no byte sequence spells it
    assertRepair("Ã  la carte", 0, 1, "Ã  la carte");
    // ” is E2 80 9D and 9D is undefined in Windows-1252: often dropped or turned into "?"
    assertRepair("He said â€?hi?", 0, 1, "He said â€?hi?");
    // one repaired, one lost, in the same text
    assertRepair("Naïve â€ end", 1, 1, "NaÃ¯ve â€ end");
    // "Â€" would be the C1 control U+0080, not text
    assertRepair("Â€", 0, 1, "Â€");
    // a strict decoder turned the undefined byte 0x9D of ” into U+FFFD
    assertRepair("“quotedâ€\uFFFD and Å\uFFFDódź", 3, 2, "â€œquotedâ€\uFFFD and Å\uFFFDÃ³dÅº");
  }

  @Test
  void anUpperCaseLetterBeforeAQuoteIsReadAsMojibakeWhenItSpellsALatinLetter() {
    // the one kind of legitimate text repair() changes: "Ä“" is what Latvian "ē" becomes, and a
    // word ending in "Ä" straight before a curly quote is rarer than Latvian text
    assertRepair("Rēzekne", 1, 0, "RÄ“zekne");
  }

  @Test
  void textWithBothRepairedAndLegitimateAccentsKeepsTheLegitimateOnes() {
    assertRepair("café and café", 1, 0, "cafÃ© and café");
    assertRepair("Ø\u00a0Java", 2, 0, "Ã\u0098Â\u00a0Java");
  }

  @Test
  void doubleMojibakeIsRepairedOneLayerAndWhatIsLeftIsCounted() {
    String twice = mangle(mangle("it’s", CP1252), CP1252);
    assertEquals("itÃ¢â‚¬â„¢s", twice);
    Mojibake.Repair once = Mojibake.repair(twice);
    assertEquals("itâ€™s", once.text());
    assertEquals(3, once.repaired());
    assertEquals("it’s", Mojibake.repair(once.text()).text(), "a second call peels the second layer");
    assertFalse(Mojibake.repair("it’s").changed());
  }

  @Test
  void nullAndEmptyAreReturnedAsTheyAre() {
    assertEquals(new Mojibake.Repair(null, 0, 0), Mojibake.repair(null));
    assertEquals(new Mojibake.Repair("", 0, 0), Mojibake.repair(""));
  }
}
