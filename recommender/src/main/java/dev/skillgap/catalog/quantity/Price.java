package dev.skillgap.catalog.quantity;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The price of a credential from the text catalogues write: {@code "$49"}, {@code "£20"}, {@code
 * "49 EUR"}, {@code "1,299.00"}, {@code "Free"}, edX's {@code "FREE-Add a Verified Certificate for
 * $49 USD"}, or Udemy's paid flag {@code "True"} beside a bare {@code "200"}. Pure functions,
 * stateless.
 *
 * <p><b>Conventions.</b>
 *
 * <ul>
 *   <li>A currency comes from a symbol or an ISO 4217 code in the text, or from a currency field,
 *       which wins when both are given. {@code $} alone is US dollars, as almost every catalogue
 *       that prices in other dollars says so ({@code CA$}, {@code A$}, {@code NZ$}). A bare number
 *       has no currency: none is invented.
 *   <li>"Free" with one price in the same text (edX's "FREE-Add a Verified Certificate for $49") is
 *       that price: the course is free to follow, but the micro-credential a learner can show is the
 *       certificate, and that costs 49.
 *   <li>A decimal separator is the last of a point or comma followed by one or two digits; other
 *       commas and points group thousands ({@code "1.299,00"} and {@code "1,299.00"} are 1299).
 *   <li>A text with a question mark ({@code "free?"}, {@code "£50?"}) is a guess, not a price.
 *   <li>A price beside a paid flag wins over the flag, with a conflict noted, as it is the more
 *       specific of the two; a paid flag alone says free (0) or nothing.
 * </ul>
 */
public final class Price {

  /** Symbols and the currency each stands for; longer ones are tried first. */
  private static final Map<String, String> SYMBOLS = Map.of("US$", "USD", "CA$", "CAD", "C$", "CAD", "AU$", "AUD",
      "A$", "AUD", "NZ$", "NZD", "$", "USD", "£", "GBP", "€", "EUR", "₹", "INR");
  private static final String SYMBOL = "US\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|\\$|£|€|₹";
  private static final Pattern MONEY = Pattern.compile("(?<pre>" + SYMBOL + "|\\b[A-Z]{3}\\b)?\\s*"
      + "(?<num>\\d[\\d.,]*\\d|\\d)(?![\\d])\\s*(?<post>" + SYMBOL + "|\\b[A-Z]{3}\\b)?");
  /** ISO codes by their English names, lower-cased ("us dollar", "euro", "british pound"). */
  private static final Map<String, String> BY_NAME = byName();

  private static final Pattern FREE = Pattern.compile("\\b(free|gratis|no (cost|charge)|without charge)\\b",
      Pattern.CASE_INSENSITIVE);

  private Price() {}

  /** How {@link #read} arrived at its amount, or why it has none. */
  public enum Outcome {
    /** A price as the catalogue states it. */
    STATED,
    /** Free: the text says so, or the price is 0, or the paid flag is false and there is no price. */
    FREE,
    /** Free to follow, with a priced certificate: the amount is the certificate's. */
    CERTIFICATE,
    /** A price, but the text or the paid flag says otherwise too: the amount is the price, see the detail. */
    CONFLICT,
    /** No price given. */
    ABSENT,
    /** Text that holds no single price this class reads. */
    UNREADABLE,
    /** A negative price: impossible. */
    NEGATIVE
  }

  /**
   * A price, or why there is none.
   *
   * @param amount the price, 0 when free; null for {@link Outcome#ABSENT}, {@link
   *     Outcome#UNREADABLE} and {@link Outcome#NEGATIVE}
   * @param currency the ISO 4217 code, or empty when neither the text nor the currency field says
   * @param outcome how the amount was found, or why not
   * @param detail for {@link Outcome#CONFLICT}, {@link Outcome#UNREADABLE}, {@link Outcome#NEGATIVE}
   *     and a paid entry without a price, what was read, quoting the text, in words for a warning;
   *     else empty
   */
  public record Reading(Double amount, String currency, Outcome outcome, String detail) {}

  /** The price in {@code text} alone; see {@link #read(String, String, String)}. */
  public static Reading read(String text) {
    return read(text, null, null);
  }

  /**
   * The price from a price text, a currency field and a paid flag ({@code true}/{@code false},
   * {@code yes}/{@code no}, {@code 1}/{@code 0}), each null or blank when absent.
   */
  public static Reading read(String text, String currencyField, String paidFlag) {
    Boolean paid = flag(paidFlag);
    String fieldCurrency = currency(currencyField);
    if (text == null || text.isBlank()) {
      if (Boolean.FALSE.equals(paid)) {
        return new Reading(0.0, fieldCurrency, Outcome.FREE, "");
      }
      return new Reading(null, fieldCurrency, Outcome.ABSENT, Boolean.TRUE.equals(paid)
          ? "marked paid ('" + paidFlag.strip() + "') but no price is given" : "");
    }
    String t = text.strip().replace('\u00a0', ' ');
    if (t.matches("[-\u2212]\\s*(" + SYMBOL + ")?\\s*\\d.*") || t.matches("(" + SYMBOL + ")\\s*[-\u2212]\\s*\\d.*")) {
      return new Reading(null, fieldCurrency, Outcome.NEGATIVE, "'" + t + "' is negative");
    }
    if (t.indexOf('?') >= 0) {
      return new Reading(null, fieldCurrency, Outcome.UNREADABLE, "'" + t + "' asks rather than says; it is not a price");
    }
    List<Double> amounts = new ArrayList<>();
    String textCurrency = "";
    Matcher m = MONEY.matcher(t);
    while (m.find()) {
      if (m.start("num") > 0 && Character.isLetter(t.charAt(m.start("num") - 1))) {
        continue; // a digit inside a word ("Level3", "HTML5")
      }
      String pre = code(m.group("pre"));
      String post = code(m.group("post"));
      Double v = amount(m.group("num"));
      if (v == null) {
        continue;
      }
      if (!amounts.contains(v)) {
        amounts.add(v);
      }
      if (textCurrency.isEmpty()) {
        textCurrency = !pre.isEmpty() ? pre : post;
      }
    }
    String cur = fieldCurrency.isEmpty() ? textCurrency : fieldCurrency;
    String currencyNote = !fieldCurrency.isEmpty() && !textCurrency.isEmpty() && !fieldCurrency.equals(textCurrency)
        ? "'" + t + "' is in " + textCurrency + " but the currency field says " + fieldCurrency + ", which is kept" : "";
    boolean free = FREE.matcher(t).find();
    List<Double> priced = amounts.stream().filter(a -> a > 0).toList();
    Reading r;
    if (priced.size() > 1) {
      return new Reading(null, cur, Outcome.UNREADABLE, "'" + t + "' names several prices");
    } else if (free && priced.size() == 1) {
      r = new Reading(priced.get(0), cur, Outcome.CERTIFICATE, "");
    } else if (free || (amounts.size() == 1 && amounts.get(0) == 0)) {
      r = new Reading(0.0, cur, Outcome.FREE, "");
    } else if (priced.size() == 1) {
      r = new Reading(priced.get(0), cur, Outcome.STATED, "");
    } else {
      return new Reading(null, cur, Outcome.UNREADABLE, "'" + t + "' is not a price");
    }
    if (paid != null && paid != (r.amount() > 0)) {
      return new Reading(r.amount(), cur, Outcome.CONFLICT, "marked " + (paid ? "paid" : "not paid") + " ('"
          + paidFlag.strip() + "') but the price is '" + t + "'; the price is kept");
    }
    return currencyNote.isEmpty() ? r : new Reading(r.amount(), cur, Outcome.CONFLICT, currencyNote);
  }

  /** True, false, or null when the flag is absent or says neither. */
  private static Boolean flag(String s) {
    if (s == null) {
      return null;
    }
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "paid" -> Boolean.TRUE;
      case "false", "no", "n", "0", "free" -> Boolean.FALSE;
      default -> null;
    };
  }

  /**
   * The ISO code of a currency field: a code in any case, a symbol, or an English name as CTDL
   * writes it ("US Dollar"); empty when blank; the text upper-cased when it is none of those, so
   * that nothing the catalogue said is lost.
   */
  private static String currency(String s) {
    if (s == null || s.isBlank()) {
      return "";
    }
    String v = s.strip();
    String sym = SYMBOLS.get(v.toUpperCase(Locale.ROOT));
    if (sym != null) {
      return sym;
    }
    String c = code(v.toUpperCase(Locale.ROOT));
    if (!c.isEmpty()) {
      return c;
    }
    String named = BY_NAME.get(v.toLowerCase(Locale.ROOT));
    return named != null ? named : v.toUpperCase(Locale.ROOT);
  }

  private static Map<String, String> byName() {
    Map<String, String> out = new java.util.HashMap<>();
    for (Currency c : Currency.getAvailableCurrencies()) {
      out.putIfAbsent(c.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT), c.getCurrencyCode());
    }
    return Map.copyOf(out);
  }

  /** The ISO code of a symbol or code next to a number; empty when there is none or it is no currency ("VAT"). */
  private static String code(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String sym = SYMBOLS.get(s);
    if (sym != null) {
      return sym;
    }
    try {
      return Currency.getInstance(s).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The number with its decimal separator read as described in the class comment; null if it is none. */
  private static Double amount(String num) {
    int dot = num.lastIndexOf('.');
    int comma = num.lastIndexOf(',');
    int sep = Math.max(dot, comma);
    String plain;
    if (sep >= 0 && num.length() - sep - 1 <= 2) {
      plain = num.substring(0, sep).replaceAll("[.,]", "") + "." + num.substring(sep + 1);
    } else {
      plain = num.replaceAll("[.,]", "");
    }
    try {
      return Double.parseDouble(plain);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
