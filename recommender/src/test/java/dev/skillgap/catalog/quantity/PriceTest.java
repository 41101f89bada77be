package dev.skillgap.catalog.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.catalog.quantity.Price.Outcome;
import dev.skillgap.catalog.quantity.Price.Reading;
import org.junit.jupiter.api.Test;

class PriceTest {

  @Test
  void symbolsAndCodesGiveTheCurrency() {
    assertEquals(new Reading(49.0, "USD", Outcome.STATED, ""), Price.read("$49"));
    assertEquals(new Reading(20.0, "GBP", Outcome.STATED, ""), Price.read("£20"));
    assertEquals(new Reading(49.0, "EUR", Outcome.STATED, ""), Price.read("49 EUR"));
    assertEquals(new Reading(49.99, "EUR", Outcome.STATED, ""), Price.read("EUR 49.99"));
    assertEquals(new Reading(1299.0, "EUR", Outcome.STATED, ""), Price.read("1.299,00 €"));
    assertEquals(new Reading(1299.0, "USD", Outcome.STATED, ""), Price.read("US$1,299.00"));
    assertEquals(new Reading(120.0, "CAD", Outcome.STATED, ""), Price.read("CA$120"));
    assertEquals(new Reading(20.0, "GBP", Outcome.STATED, ""), Price.read("£20 + VAT"), "VAT is no currency");
  }

  @Test
  void aBareNumberHasNoCurrencyUnlessAFieldGivesOne() {
    assertEquals(new Reading(200.0, "", Outcome.STATED, ""), Price.read("200"));
    assertEquals(new Reading(15.0, "GBP", Outcome.STATED, ""), Price.read("15", "gbp", null));
    assertEquals(new Reading(15.0, "GBP", Outcome.STATED, ""), Price.read("15", "£", null));
    assertEquals(new Reading(995.0, "USD", Outcome.STATED, ""), Price.read("995.0", "US Dollar", null), "as CTDL says it");
    assertEquals(new Reading(5.0, "TOKENS", Outcome.STATED, ""), Price.read("5", "tokens", null), "kept as written");
    assertEquals(new Reading(49.0, "GBP", Outcome.CONFLICT, "'$49' is in USD but the currency field says GBP, which is"
        + " kept"), Price.read("$49", "GBP", null));
  }

  @Test
  void freeToFollowWithAPricedCertificateCostsTheCertificate() {
    assertEquals(new Reading(49.0, "USD", Outcome.CERTIFICATE, ""),
        Price.read("FREE-Add a Verified Certificate for $49 USD"));
    assertEquals(new Reading(49.99, "USD", Outcome.CERTIFICATE, ""),
        Price.read("FREE-Add a Verified Certificate for $49.99 USD"));
  }

  @Test
  void freeIsZero() {
    assertEquals(new Reading(0.0, "", Outcome.FREE, ""), Price.read("Free"));
    assertEquals(new Reading(0.0, "", Outcome.FREE, ""), Price.read("no cost"));
    assertEquals(new Reading(0.0, "GBP", Outcome.FREE, ""), Price.read("£0"));
    assertEquals(new Reading(0.0, "", Outcome.FREE, ""), Price.read("0"));
  }

  @Test
  void udemysPaidFlagAndPrice() {
    assertEquals(new Reading(200.0, "", Outcome.STATED, ""), Price.read("200", null, "True"));
    assertEquals(new Reading(0.0, "", Outcome.FREE, ""), Price.read("0", null, "False"));
    assertEquals(new Reading(0.0, "", Outcome.FREE, ""), Price.read("", null, "False"), "not paid and no price: free");
    assertEquals(new Reading(null, "", Outcome.ABSENT, "marked paid ('True') but no price is given"),
        Price.read(" ", null, "True"));
    assertEquals(new Reading(20.0, "", Outcome.CONFLICT, "marked not paid ('False') but the price is '20'; the price is"
        + " kept"), Price.read("20", null, "False"));
    assertEquals(new Reading(0.0, "", Outcome.CONFLICT, "marked paid ('yes') but the price is 'Free'; the price is kept"),
        Price.read("Free", null, "yes"));
  }

  @Test
  void unreadableNegativeAndAbsent() {
    assertEquals(new Reading(null, "", Outcome.UNREADABLE, "'ask us' is not a price"), Price.read("ask us"));
    assertEquals(new Reading(null, "", Outcome.UNREADABLE, "'free?' asks rather than says; it is not a price"), Price.read("free?"));
    assertEquals(new Reading(null, "USD", Outcome.UNREADABLE, "'was $99, now $49' names several prices"),
        Price.read("was $99, now $49"));
    assertEquals(new Reading(null, "", Outcome.NEGATIVE, "'-5' is negative"), Price.read("-5"));
    assertEquals(new Reading(null, "", Outcome.NEGATIVE, "'£-5' is negative"), Price.read("£-5"));
    assertEquals(new Reading(null, "", Outcome.ABSENT, ""), Price.read(null));
  }
}
