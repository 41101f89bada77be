package dev.skillgap.ingest;

import dev.skillgap.io.ColumnMappingException;
import dev.skillgap.io.CsvColumns;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Parquet posting files, read in memory with parquet-hadoop's example {@link GroupReadSupport}:
 * flat columns found like a CSV's, by the run's column mapping and common names (the JSONL keys
 * {@code id, title, company, city, region, country, datePosted, employmentType, salary,
 * occupationCode, description} among them). Strings are decoded as strict UTF-8; DATE and
 * TIMESTAMP columns become ISO dates; a null is an empty value.
 */
final class ParquetPostings {

  private ParquetPostings() {}

  static IngestResult parse(String source, byte[] content, IngestOptions options) {
    List<Posting> accepted = new ArrayList<>();
    List<IngestReject> rejects = new ArrayList<>();
    int row = 0;
    CsvColumns columns = null;
    String headerProblem = null;
    try (ParquetReader<Group> reader = new GroupReaderBuilder(new BytesInputFile(source, content)).build()) {
      for (Group g = reader.read(); g != null; g = reader.read()) {
        row++;
        String entry = "row " + row;
        try {
          if (columns == null && headerProblem == null) {
            List<String> header = new ArrayList<>();
            g.getType().getFields().forEach(f -> header.add(f.getName()));
            try {
              columns = options.columns().resolve(PostingColumns.POSTINGS, header);
              if (!PostingColumns.readable(columns)) {
                headerProblem = "no title or description column (" + String.join(", ", header) + ")";
              } else {
                headerProblem = wrongSchema(g.getType(), columns);
              }
            } catch (ColumnMappingException e) {
              headerProblem = e.getMessage();
            }
          }
          if (headerProblem != null) {
            throw new RecordRejected(headerProblem);
          }
          accepted.add(PostingColumns.draft(columns, values(g)).validate(source, entry, PostingParser.PARQUET,
              Draft.Names.JSON, false, options));
        } catch (RecordRejected e) {
          rejects.add(new IngestReject(source, entry, PostingParser.PARQUET, e.getMessage(), g.toString()));
        }
      }
    } catch (IOException | RuntimeException e) {
      // bytes that are not (or stop being) a readable Parquet file: say where reading stopped
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (row == 0) {
        return IngestResult.wholeFile(source, PostingParser.PARQUET, "not a readable Parquet file: " + why, "");
      }
      rejects.add(new IngestReject(source, "row " + (row + 1), PostingParser.PARQUET,
          "cannot read the rest of the file after row " + row + ": " + why, ""));
      return new IngestResult(source, accepted, rejects, row + 1);
    }
    return new IngestResult(source, accepted, rejects, row);
  }

  /**
   * Why the file's schema cannot give postings, or null: the columns of a posting's title and text
   * must hold text (BINARY), not numbers or nested groups, which would make every row a posting
   * titled by a number, or without its text, in silence.
   */
  static String wrongSchema(GroupType schema, CsvColumns columns) {
    List<String> wrong = new ArrayList<>();
    for (String field : List.of("title", "text")) {
      for (String col : columns.columnsOf(field)) {
        if (!schema.containsField(col)) {
          continue;
        }
        Type t = schema.getType(col);
        if (!t.isPrimitive()) {
          wrong.add("column " + col + " (the " + field + ") is a group of columns, not text");
        } else if (t.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY) {
          wrong.add("column " + col + " (the " + field + ") is " + t.asPrimitiveType().getPrimitiveTypeName()
              + ", not text");
        }
      }
    }
    return wrong.isEmpty() ? null : "wrong schema: " + String.join("; ", wrong);
  }

  /** Every column's text in schema order; a null value, or a nested group, is empty. */
  private static List<String> values(Group g) throws RecordRejected {
    GroupType t = g.getType();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.getFieldCount(); i++) {
      // a nested column is not a posting field: it reads as empty
      boolean absent = g.getFieldRepetitionCount(i) == 0 || !t.getType(i).isPrimitive();
      out.add(absent ? "" : value(g, i, t.getFieldName(i)));
    }
    return out;
  }

  private static String value(Group g, int i, String name) throws RecordRejected {
    Type type = g.getType().getType(i);
    if (!type.isPrimitive()) {
      throw new RecordRejected(name + " is not a single value but a group");
    }
    PrimitiveType p = type.asPrimitiveType();
    LogicalTypeAnnotation logical = p.getLogicalTypeAnnotation();
    switch (p.getPrimitiveTypeName()) {
      case BINARY, FIXED_LEN_BYTE_ARRAY -> {
        byte[] bytes = g.getBinary(i, 0).getBytes();
        try {
          return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
          throw new RecordRejected("invalid UTF-8 in column " + name + " (the value is not text)");
        } catch (CharacterCodingException e) {
          throw new RecordRejected("invalid UTF-8 in column " + name + ": " + e);
        }
      }
      case INT32 -> {
        if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
          return LocalDate.ofEpochDay(g.getInteger(i, 0)).toString();
        }
        return g.getValueToString(i, 0);
      }
      case INT64 -> {
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
          long v = g.getLong(i, 0);
          Instant at = switch (ts.getUnit()) {
            case MILLIS -> Instant.ofEpochMilli(v);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1000);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
          };
          return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
        }
        return g.getValueToString(i, 0);
      }
      default -> {
        return g.getValueToString(i, 0);
      }
    }
  }

  /** A Parquet reader of example {@link Group}s over an {@link InputFile}, without a Hadoop file system. */
  private static final class GroupReaderBuilder extends ParquetReader.Builder<Group> {
    GroupReaderBuilder(InputFile file) {
      super(file, new PlainParquetConfiguration());
    }

    @Override
    protected ReadSupport<Group> getReadSupport() {
      return new GroupReadSupport();
    }
  }

  /** A whole Parquet file held in memory, named by its source in messages. */
  static final class BytesInputFile implements InputFile {
    private final String name;
    private final byte[] bytes;

    BytesInputFile(String name, byte[] bytes) {
      this.name = name;
      this.bytes = bytes;
    }

    @Override
    public String toString() {
      return name;
    }

    @Override
    public long getLength() {
      return bytes.length;
    }

    @Override
    public SeekableInputStream newStream() {
      Seekable in = new Seekable(bytes);
      return new DelegatingSeekableInputStream(in) {
        @Override
        public long getPos() {
          return in.position();
        }

        @Override
        public void seek(long newPos) throws IOException {
          if (newPos < 0 || newPos > bytes.length) {
            throw new IOException("seek to " + newPos + " outside a file of " + bytes.length + " bytes");
          }
          in.seek((int) newPos);
        }
      };
    }
  }

  private static final class Seekable extends ByteArrayInputStream {
    Seekable(byte[] b) {
      super(b);
    }

    synchronized long position() {
      return pos;
    }

    synchronized void seek(int p) {
      pos = p;
    }
  }
}
