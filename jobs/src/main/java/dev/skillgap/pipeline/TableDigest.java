package dev.skillgap.pipeline;

import dev.skillgap.io.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The digest of a table that is equal for two tables exactly when they hold the same rows, value for
 * value and bit for bit, in whatever order and however partitioned (up to SHA-256 collisions). Each
 * row is encoded with its values' types (so 1 and 1L and "1" differ, and a double differs by its
 * last bit), hashed with SHA-256, and the hashes are added modulo 2^256, which counts a repeated row
 * twice where an exclusive or would cancel it. Arrays and structs inside a row keep their order:
 * it is part of the value.
 *
 * @param rows how many rows were added
 * @param sum the sum of their hashes modulo 2^256
 */
public record TableDigest(long rows, BigInteger sum) implements Serializable {

  /** The digest of no rows. */
  public static final TableDigest EMPTY = new TableDigest(0, BigInteger.ZERO);

  private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

  /** The digest of {@code rows}, each a list of values (see {@link #rowHash}). */
  public static TableDigest of(Iterable<? extends List<?>> rows) {
    TableDigest d = EMPTY;
    for (List<?> r : rows) {
      d = d.plus(r);
    }
    return d;
  }

  /**
   * The digest of the files under {@code dir} as rows of (path relative to {@code dir} with {@code /}
   * separators, bytes): equal for two folders exactly when they hold the same files with the same
   * bytes.
   */
  public static TableDigest ofFiles(java.nio.file.Path dir) throws IOException {
    List<List<?>> rows = new ArrayList<>();
    try (var files = java.nio.file.Files.walk(dir)) {
      for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        rows.add(List.of(dir.relativize(f).toString().replace(java.io.File.separatorChar, '/'),
            java.nio.file.Files.readAllBytes(f)));
      }
    }
    return of(rows);
  }

  /** The digest of a Spark dataset, computed where its partitions are, with one digest per partition to the driver. */
  public static TableDigest of(Dataset<Row> table) {
    return table.mapPartitions((MapPartitionsFunction<Row, TableDigest>) rows -> {
      TableDigest d = EMPTY;
      while (rows.hasNext()) {
        d = d.plus(values(rows.next()));
      }
      return List.of(d).iterator();
    }, Encoders.javaSerialization(TableDigest.class)).javaRDD()
        .fold(EMPTY, (Function2<TableDigest, TableDigest, TableDigest>) TableDigest::plus);
  }

  /** This digest with one more row. */
  public TableDigest plus(List<?> row) {
    return new TableDigest(rows + 1, sum.add(new BigInteger(rowHash(row), 16)).mod(MODULUS));
  }

  /** The digest of this table's rows and {@code other}'s together. */
  public TableDigest plus(TableDigest other) {
    return new TableDigest(rows + other.rows, sum.add(other.sum).mod(MODULUS));
  }

  /** {@code rows:} and 64 hex digits; equal strings, equal tables. */
  @Override
  public String toString() {
    return rows + ":" + String.format("%064x", sum);
  }

  /**
   * The SHA-256 (hex) of a row's values, encoded with their types: null, String, Boolean, Integer, Long,
   * Short, Byte, Double and Float (by their bits), BigDecimal, byte[], dates and times (by their ISO
   * text), lists, arrays and Scala sequences (in order), Spark rows (structs, in field order) and
   * maps (by entry, whatever their iteration order).
   *
   * @throws IllegalArgumentException for a value of any other type, rather than hash it by a
   *     {@code toString} that may not say all of it
   */
  public static String rowHash(List<?> row) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Sha256.hex(bytes.toByteArray());
  }

  /** A Spark row's values as plain Java values: nested rows and sequences stay as they are ({@link #rowHash} reads them). */
  public static List<Object> values(Row row) {
    List<Object> out = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      out.add(row.get(i));
    }
    return out;
  }

  private static void write(DataOutputStream out, Object v) throws IOException {
    if (v == null) {
      out.writeByte(0);
    } else if (v instanceof String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeByte(1);
      out.writeInt(b.length);
      out.write(b);
    } else if (v instanceof Boolean b) {
      out.writeByte(2);
      out.writeBoolean(b);
    } else if (v instanceof Integer i) {
      out.writeByte(3);
      out.writeInt(i);
    } else if (v instanceof Long l) {
      out.writeByte(4);
      out.writeLong(l);
    } else if (v instanceof Double d) {
      out.writeByte(5);
      out.writeLong(Double.doubleToLongBits(d));
    } else if (v instanceof Float f) {
      out.writeByte(6);
      out.writeInt(Float.floatToIntBits(f));
    } else if (v instanceof Short s) {
      out.writeByte(7);
      out.writeShort(s);
    } else if (v instanceof Byte b) {
      out.writeByte(8);
      out.writeByte(b);
    } else if (v instanceof byte[] b) {
      out.writeByte(9);
      out.writeInt(b.length);
      out.write(b);
    } else if (v instanceof java.math.BigDecimal d) {
      out.writeByte(10);
      out.writeUTF(d.toString());
    } else if (v instanceof java.util.Date || v instanceof java.time.temporal.TemporalAccessor) {
      out.writeByte(11);
      out.writeUTF(v instanceof java.sql.Date d ? d.toLocalDate().toString()
          : v instanceof java.sql.Timestamp t ? t.toInstant().toString() : v.toString());
    } else if (v instanceof Row r) {
      out.writeByte(12);
      writeAll(out, values(r));
    } else if (v instanceof List<?> l) {
      out.writeByte(13);
      writeAll(out, l);
    } else if (v instanceof Object[] a) {
      out.writeByte(13);
      writeAll(out, Arrays.asList(a));
    } else if (v instanceof scala.collection.Seq<?> s) {
      out.writeByte(13);
      writeAll(out, scala.jdk.javaapi.CollectionConverters.asJava(s));
    } else if (v instanceof Map<?, ?> m) {
      writeMap(out, m);
    } else if (v instanceof scala.collection.Map<?, ?> m) {
      writeMap(out, scala.jdk.javaapi.CollectionConverters.asJava(m));
    } else {
      throw new IllegalArgumentException("no digest encoding for a " + v.getClass().getName() + ": " + v);
    }
  }

  private static void writeAll(DataOutputStream out, List<?> values) throws IOException {
    out.writeInt(values.size());
    for (Object x : values) {
      write(out, x);
    }
  }

  /** A map as its entries' hashes, sorted, so that its iteration order does not count. */
  private static void writeMap(DataOutputStream out, Map<?, ?> m) throws IOException {
    List<String> entries = new ArrayList<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      entries.add(rowHash(Arrays.asList(e.getKey(), e.getValue())));
    }
    entries.sort(null);
    out.writeByte(14);
    out.writeInt(entries.size());
    for (String e : entries) {
      out.writeUTF(e);
    }
  }

}
