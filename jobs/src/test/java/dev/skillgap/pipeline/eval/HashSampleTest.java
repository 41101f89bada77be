package dev.skillgap.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HashSampleTest {

  @Test
  void ordersByTheHashOfSaltAndKeyWhateverTheInputOrder() {
    // sha256("7\ta") = 470e..., sha256("7\tb") = 2e1a..., as Python's hashlib gives them
    assertEquals(List.of("b", "a", "d", "e", "c"), HashSample.order(List.of("a", "b", "c", "d", "e"), Function.identity(), "7"));
    assertEquals(List.of("b", "a", "d", "e", "c"), HashSample.order(List.of("e", "d", "c", "b", "a"), Function.identity(), "7"));
    assertEquals("2e1ab8c0b00d3fb17cd95a1569b3f9d5341f4c9a0438ddce510599e778f78305", HashSample.rank("7", "b"));
  }

  @Test
  void aLargerDrawExtendsASmallerAndAnItemKeepsItsPlaceAmongOthers() {
    List<String> five = List.of("a", "b", "c", "d", "e");
    assertEquals(List.of("b", "a"), HashSample.draw(five, Function.identity(), 2, "7"));
    assertEquals(List.of("b", "a", "d"), HashSample.draw(five, Function.identity(), 3, "7"));
    assertEquals(five.size(), HashSample.draw(five, Function.identity(), 99, "7").size());
    assertEquals(List.of(), HashSample.draw(five, Function.identity(), 0, "7"));
    // without "a" and "e", the others keep their relative order
    assertEquals(List.of("b", "d", "c"), HashSample.order(List.of("b", "c", "d"), Function.identity(), "7"));
  }

  @Test
  void postingKeysAreTheFirstSixteenHexDigitsOfTheIdsHash() {
    assertEquals("cf55f2b441593633", PostingKey.of("https://jobs.example.org/vacancy/1"));
  }
}
