package dev.skillgap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order-independent table digest, on plain values and Spark rows, without a Spark session. */
class TableDigestTest {

  static List<List<?>> table() {
    List<List<?>> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(Arrays.asList("occ" + (i % 7), i % 3 == 0 ? null : "skill" + i, (long) i, i / 7.0, i % 2 == 0,
          List.of(i, i + 1)));
    }
    return rows;
  }

  @Test
  void theSameRowsInAnyOrderAndAnyPartitioningGiveTheSameDigest() {
    List<List<?>> rows = table();
    TableDigest d = TableDigest.of(rows);
    Random random = new Random(17);
    for (int trial = 0; trial < 20; trial++) {
      List<List<?>> shuffled = new ArrayList<>(rows);
      Collections.shuffle(shuffled, random);
      int cut = random.nextInt(shuffled.size() + 1);
      TableDigest parts = TableDigest.of(shuffled.subList(cut, shuffled.size())).plus(TableDigest.of(shuffled.subList(0, cut)));
      assertEquals(d, parts);
      assertEquals(d.toString(), parts.toString());
    }
    assertEquals(50, d.rows());
    assertTrue(d.toString().matches("50:[0-9a-f]{64}"), d.toString());
    assertEquals("0:" + "0".repeat(64), TableDigest.EMPTY.toString());
  }

  @Test
  void theLastBitOfADoubleChangesTheDigest() {
    // issue 17's example: one trends row's previous_share in two runs, before its sum had a fixed order
    double a = 0.06732804232804233;
    double b = 0.06732804232804232;
    assertNotEquals(a, b);
    assertNotEquals(TableDigest.of(List.of(List.of("o", "s", a))), TableDigest.of(List.of(List.of("o", "s", b))));
  }

  @Test
  void repeatedRowsCountAndDoNotCancel() {
    List<?> x = List.of("x", 1L);
    List<?> y = List.of("y", 2L);
    assertNotEquals(TableDigest.of(List.of(x)), TableDigest.of(List.of(x, x)));
    assertNotEquals(TableDigest.of(List.of(x, x, y)), TableDigest.of(List.of(x, y, y)));
    assertNotEquals(TableDigest.of(List.of()).toString().substring(2), TableDigest.of(List.of(x, x)).toString().substring(2));
  }

  @Test
  void valuesAreEncodedWithTheirTypesAndLengths() {
    List<List<?>> variants = List.of(List.of(1), List.of(1L), List.of("1"), List.of(1.0), List.of(1.0f),
        List.of((short) 1), List.of((byte) 1), List.of(true), Arrays.asList((Object) null), List.of(""),
        List.of("ab", "c"), List.of("a", "bc"), List.of(List.of("ab", "c")), List.of(List.of("c", "ab")),
        List.of(0.0), List.of(-0.0), List.of(new byte[] {1}), List.of(new java.math.BigDecimal("1.0")),
        List.of(new java.math.BigDecimal("1.00")), List.of(java.time.LocalDate.of(2026, 11, 23)));
    List<String> hashes = variants.stream().map(TableDigest::rowHash).toList();
    assertEquals(variants.size(), hashes.stream().distinct().count(), hashes.toString());
  }

  @Test
  void sparkRowsAndScalaSequencesHashAsTheirValues() {
    // a struct is a row, an array column a Scala sequence: both read as their values in order
    var span = RowFactory.create(3, 9);
    var row = RowFactory.create("p1", 0.5, WeeklyFunctions.seq(List.of(span, RowFactory.create(12, 20))), null);
    List<Object> values = TableDigest.values(row);
    assertEquals(TableDigest.rowHash(values), TableDigest.rowHash(TableDigest.values(
        RowFactory.create("p1", 0.5, WeeklyFunctions.seq(List.of(RowFactory.create(3, 9), RowFactory.create(12, 20))), null))));
    assertNotEquals(TableDigest.rowHash(values), TableDigest.rowHash(TableDigest.values(
        RowFactory.create("p1", 0.5, WeeklyFunctions.seq(List.of(RowFactory.create(12, 20), RowFactory.create(3, 9))), null))),
        "an array's order is part of its value");
    assertEquals(TableDigest.rowHash(List.of(List.of(1, 2))), TableDigest.rowHash(List.of(WeeklyFunctions.seq(List.of(1, 2)))));
  }

  @Test
  void mapsHashTheSameWhateverTheirIterationOrder() {
    Map<String, Integer> sorted = new TreeMap<>(Map.of("a", 1, "b", 2, "c", 3));
    Map<String, Integer> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
    reversed.putAll(sorted);
    assertEquals(TableDigest.rowHash(List.of(sorted)), TableDigest.rowHash(List.of(reversed)));
    assertNotEquals(TableDigest.rowHash(List.of(sorted)), TableDigest.rowHash(List.of(Map.of("a", 1, "b", 2))));
  }

  @Test
  void aValueOfAnUnknownTypeIsRefusedRatherThanHashedByItsText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TableDigest.rowHash(List.of(new StringBuilder("x"))));
    assertTrue(e.getMessage().contains("java.lang.StringBuilder"), e.getMessage());
  }

  @Test
  void foldersDigestByRelativePathAndBytes(@TempDir Path dir) throws Exception {
    Path a = Files.createDirectories(dir.resolve("a/csv"));
    Path b = Files.createDirectories(dir.resolve("b/csv"));
    Files.writeString(a.resolve("t.csv"), "x,y\r\n");
    Files.writeString(a.getParent().resolve("index.html"), "<p>");
    Files.writeString(b.getParent().resolve("index.html"), "<p>");
    Files.writeString(b.resolve("t.csv"), "x,y\r\n");
    assertEquals(TableDigest.ofFiles(dir.resolve("a")), TableDigest.ofFiles(dir.resolve("b")));
    Files.writeString(b.resolve("t.csv"), "x,z\r\n");
    assertNotEquals(TableDigest.ofFiles(dir.resolve("a")), TableDigest.ofFiles(dir.resolve("b")));
    Files.move(b.resolve("t.csv"), b.resolve("u.csv"));
    Files.writeString(b.resolve("u.csv"), "x,y\r\n");
    assertNotEquals(TableDigest.ofFiles(dir.resolve("a")), TableDigest.ofFiles(dir.resolve("b")), "a renamed file");
  }
}
