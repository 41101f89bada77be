package dev.skillgap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.skillgap.io.CsvReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads {@code (id, text)} records for {@code extract} from JSON Lines, CSV or Parquet. A record
 * that cannot be read (bad JSON, invalid UTF-8, a missing field) still yields a record, with an
 * error instead of text, so the output keeps one line per input record; so does a line or CSV row
 * beyond the {@link dev.skillgap.io.InputLimits}, which is never held whole.
 */
final class TextRecords {

  /** One input record: its 1-based line (or row) number, its id, and its text or an error. */
  record TextRecord(long line, JsonNode id, String text, String error) {}

  /** Invalid bytes decode to this non-character, which real text never holds. */
  private static final char BAD = '\uFFFF';

  private TextRecords() {}

  static void read(Path file, String idCol, String textCol, Consumer<TextRecord> sink) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".parquet")) {
      readParquet(file, idCol, textCol, sink);
    } else if (name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".tsv")) {
      readCsv(file, name.endsWith(".tsv") ? '\t' : ',', idCol, textCol, sink);
    } else {
      readJsonLines(file, idCol, textCol, sink);
    }
  }

  private static CharsetDecoder marking() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(BAD));
  }

  static void readJsonLines(Path file, String idCol, String textCol, Consumer<TextRecord> sink) throws IOException {
    dev.skillgap.io.InputLimits limits = dev.skillgap.io.InputLimits.DEFAULTS;
    try (InputStream in = dev.skillgap.io.TextFiles.open(file)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      long lineNo = 0;
      long length = 0; // of the line, kept or not: a line beyond a record is not held
      int b;
      boolean more = true;
      while (more) {
        b = in.read();
        if (b == '\n' || b == -1) {
          more = b != -1;
          if (b == -1 && length == 0) {
            break;
          }
          lineNo++;
          byte[] bytes = line.toByteArray();
          line.reset();
          TextRecord r = length > limits.maxRecordBytes()
              ? new TextRecord(lineNo, null, null, "line " + lineNo + ": " + limits.recordTooLong("line", length, "bytes"))
              : parseJsonLine(bytes, lineNo, idCol, textCol);
          length = 0;
          if (r != null) {
            sink.accept(r);
          }
        } else if (++length <= limits.maxRecordBytes()) {
          line.write(b);
        } else {
          line.reset();
        }
      }
    }
  }

  static TextRecord parseJsonLine(byte[] bytes, long lineNo, String idCol, String textCol) {
    String s;
    try {
      s = marking().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new TextRecord(lineNo, null, null, "line " + lineNo + ": undecodable bytes");
    }
    if (lineNo == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    if (s.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(s);
    } catch (IOException e) {
      return new TextRecord(lineNo, null, null, "line " + lineNo + ": not valid JSON: " + firstLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      return new TextRecord(lineNo, null, null, "line " + lineNo + ": expected a JSON object");
    }
    JsonNode id = node.get(idCol);
    if (id == null || id.isNull()) {
      return new TextRecord(lineNo, null, null, "line " + lineNo + ": missing \"" + idCol + "\"");
    }
    if (id.isTextual() && id.asText().indexOf(BAD) >= 0) {
      return new TextRecord(lineNo, TextNode.valueOf(id.asText().replace(BAD, '\uFFFD')), null,
          "line " + lineNo + ": invalid UTF-8 in \"" + idCol + "\"");
    }
    JsonNode text = node.get(textCol);
    if (text == null || text.isNull()) {
      return new TextRecord(lineNo, id, null, "line " + lineNo + ": missing \"" + textCol + "\"");
    }
    if (!text.isTextual()) {
      return new TextRecord(lineNo, id, null, "line " + lineNo + ": \"" + textCol + "\" is not a string");
    }
    int bad = text.asText().indexOf(BAD);
    if (bad >= 0) {
      return new TextRecord(lineNo, id, null, "line " + lineNo + ": invalid UTF-8 in \"" + textCol
          + "\" near character " + bad);
    }
    return new TextRecord(lineNo, id, text.asText(), null);
  }

  private static void readCsv(Path file, char sep, String idCol, String textCol, Consumer<TextRecord> sink)
      throws IOException {
    try (CsvReader csv = new CsvReader(new InputStreamReader(dev.skillgap.io.TextFiles.open(file), marking()), sep)) {
      CsvReader.Row header = csv.next();
      if (header == null) {
        return;
      }
      if (header.limit() != null) {
        throw new IOException(file + ": line 1 (header): " + header.limit());
      }
      Map<String, Integer> cols = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        cols.put(header.get(i).replace("\uFEFF", "").trim(), i);
      }
      Integer idIdx = cols.get(idCol);
      Integer textIdx = cols.get(textCol);
      if (idIdx == null || textIdx == null) {
        throw new IOException(file + ": line 1: no column '" + (idIdx == null ? idCol : textCol)
            + "' (columns: " + cols.keySet() + "; set --id-col/--text-col)");
      }
      CsvReader.Row row;
      while ((row = csv.next()) != null) {
        if (row.size() == 1 && row.get(0).isEmpty() && row.limit() == null) {
          continue;
        }
        String idText = row.get(idIdx);
        JsonNode id = TextNode.valueOf(idText.replace(BAD, '\uFFFD'));
        if (row.limit() != null) {
          sink.accept(new TextRecord(row.line(), id, null, "line " + row.line() + ": " + row.limit()));
        } else if (row.unterminatedQuote()) {
          sink.accept(new TextRecord(row.line(), id, null, "line " + row.line() + ": unterminated quoted field"));
        } else if (row.size() != header.size()) {
          sink.accept(new TextRecord(row.line(), id, null, "line " + row.line() + ": " + row.size()
              + " fields, header has " + header.size()));
        } else if (row.get(textIdx).indexOf(BAD) >= 0 || idText.indexOf(BAD) >= 0) {
          sink.accept(new TextRecord(row.line(), id, null, "line " + row.line() + ": invalid UTF-8"));
        } else {
          sink.accept(new TextRecord(row.line(), id, row.get(textIdx), null));
        }
      }
    }
  }

  private static void readParquet(Path file, String idCol, String textCol, Consumer<TextRecord> sink) throws IOException {
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
    try (org.apache.parquet.hadoop.ParquetReader<org.apache.parquet.example.data.Group> reader =
        org.apache.parquet.hadoop.ParquetReader.builder(new org.apache.parquet.hadoop.example.GroupReadSupport(),
            new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri())).withConf(conf).build()) {
      org.apache.parquet.example.data.Group g;
      long row = 0;
      while ((g = reader.read()) != null) {
        row++;
        var type = g.getType();
        if (!type.containsField(idCol) || !type.containsField(textCol)) {
          throw new IOException(file + ": no column '" + (type.containsField(idCol) ? textCol : idCol)
              + "' (set --id-col/--text-col)");
        }
        JsonNode id = g.getFieldRepetitionCount(idCol) == 0 ? JsonNodeFactory.instance.nullNode()
            : TextNode.valueOf(g.getValueToString(type.getFieldIndex(idCol), 0));
        if (g.getFieldRepetitionCount(textCol) == 0) {
          sink.accept(new TextRecord(row, id, null, "row " + row + ": missing \"" + textCol + "\""));
        } else {
          sink.accept(new TextRecord(row, id, g.getString(textCol, 0), null));
        }
      }
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Reads all records of a file into memory (small inputs and tests). */
  static List<TextRecord> readAll(Path file, String idCol, String textCol) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    List<TextRecord> out = new ArrayList<>();
    read(file, idCol, textCol, out::add);
    return out;
  }
}
