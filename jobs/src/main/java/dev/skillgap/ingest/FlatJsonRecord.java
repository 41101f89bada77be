package dev.skillgap.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillgap.io.ColumnMapping;
import dev.skillgap.io.ColumnMappingException;
import dev.skillgap.io.CsvColumns;
import dev.skillgap.io.CsvField;
import dev.skillgap.io.CsvSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A flat JSON record (an exported row, not JSON-LD) read like a CSV row: its keys are the header,
 * nested objects' keys are written {@code location.city}, arrays of values are joined with commas,
 * and the same {@link ColumnMapping} and header synonyms find its fields. A key the mapping names
 * but the record lacks reads as empty, as JSON leaves out absent values. Not thread-safe: one per
 * file.
 */
final class FlatJsonRecord {

  /**
   * Fields whose value must be text: an object under one of their names is a malformed record, not
   * a nested one (a location or an employer may be an object).
   */
  private static final Set<String> SCALAR_FIELDS = Set.of("id", "url", "title", "date", "employment_type",
      "occupation", "text");

  private final CsvSchema schema;
  private final ColumnMapping mapping;
  private final Map<List<String>, CsvColumns> byKeys = new HashMap<>();
  private final Map<String, String> scalarKeys = new HashMap<>();

  FlatJsonRecord(CsvSchema schema, ColumnMapping mapping) {
    this.schema = schema;
    this.mapping = mapping;
    for (CsvField f : schema.fields()) {
      if (SCALAR_FIELDS.contains(f.name())) {
        f.synonyms().forEach(s -> scalarKeys.put(ColumnMapping.headerKey(s), f.name()));
      }
    }
  }

  /** The draft of {@code o}, a JSON object, as a {@link PostingColumns#POSTINGS} record. */
  Draft draft(JsonNode o) throws RecordRejected {
    LinkedHashMap<String, String> flat = new LinkedHashMap<>();
    flatten("", o, flat, true);
    // a key the mapping names but this record leaves out reads as empty; a key written another way
    // ("jobTitle" for "Job Title") is the record's own and keeps its value
    java.util.Set<String> present = new java.util.HashSet<>();
    flat.keySet().forEach(k -> present.add(ColumnMapping.headerKey(k)));
    for (String named : mapping.named().values().stream().flatMap(List::stream).toList()) {
      if (present.add(ColumnMapping.headerKey(named))) {
        flat.put(named, "");
      }
    }
    List<String> keys = new ArrayList<>(flat.keySet());
    CsvColumns columns = byKeys.get(keys);
    if (columns == null) {
      try {
        columns = mapping.resolve(schema, keys);
      } catch (ColumnMappingException e) {
        throw new RecordRejected(e.getMessage());
      }
      if (byKeys.size() < 1_000) {
        byKeys.put(keys, columns);
      }
    }
    return PostingColumns.draft(columns, new ArrayList<>(flat.values()));
  }

  private void flatten(String prefix, JsonNode n, Map<String, String> out, boolean top) throws RecordRejected {
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      String key = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isNull() || v.isMissingNode()) {
        continue; // absent
      }
      if (v.isValueNode()) {
        out.put(key, v.asText());
      } else if (v.isObject() || v.isArray() && !v.isEmpty() && !allValues(v)) {
        String field = top ? scalarKeys.get(ColumnMapping.headerKey(e.getKey())) : null;
        if (field != null) {
          throw new RecordRejected(e.getKey() + " is not text but a JSON " + (v.isArray() ? "array" : "object"));
        }
        if (v.isObject()) {
          flatten(key + ".", v, out, false);
        }
      } else {
        List<String> parts = new ArrayList<>();
        v.forEach(x -> {
          if (!x.isNull()) {
            parts.add(x.asText());
          }
        });
        out.put(key, String.join(", ", parts));
      }
    }
  }

  private static boolean allValues(JsonNode array) {
    for (JsonNode x : array) {
      if (!x.isValueNode()) {
        return false;
      }
    }
    return true;
  }
}
