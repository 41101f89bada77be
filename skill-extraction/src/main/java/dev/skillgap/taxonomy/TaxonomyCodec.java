package dev.skillgap.taxonomy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes and reads the compiled taxonomy: a gzipped binary file that loads in well under two
 * seconds, against tens of seconds for the CSVs. The file starts with a magic number and a format
 * version; any other file is refused with a message that says to rebuild it.
 */
public final class TaxonomyCodec {

  private static final int MAGIC = 0x53475458; // "SGTX"
  /** Bump when the layout changes; readers refuse other versions. */
  public static final int FORMAT_VERSION = 3;

  private TaxonomyCodec() {}

  /** Writes {@code taxonomy} to {@code file} atomically: a reader never sees a half-written file. */
  public static void write(Taxonomy taxonomy, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream os = Files.newOutputStream(tmp)) {
        write(taxonomy, os);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code taxonomy} to a stream (which is closed). */
  public static void write(Taxonomy t, OutputStream os) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT_VERSION);
      out.writeInt(TaxonomyBuilder.REVISION);
      str(out, t.version());
      out.writeInt(t.groups().size());
      for (SkillGroup g : t.groups()) {
        str(out, g.id());
        str(out, g.code());
        str(out, g.label());
        ints(out, g.broader());
      }
      out.writeInt(t.size());
      for (int i = 0; i < t.size(); i++) {
        Concept c = t.concept(i);
        str(out, c.id());
        str(out, c.preferredLabel());
        strs(out, c.altLabels());
        strs(out, c.hiddenLabels());
        out.writeByte(c.kind().ordinal());
        out.writeByte(c.type().ordinal());
        out.writeByte(c.reuseLevel().ordinal());
        str(out, c.description());
        out.writeBoolean(c.hotTechnology());
        strs(out, c.onetNames());
        strs(out, c.onetOccupations());
        ints(out, t.broaderTable()[i]);
        ints(out, t.conceptGroupTable()[i]);
      }
      out.writeInt(t.occupations().size());
      for (Occupation o : t.occupations()) {
        str(out, o.id());
        str(out, o.code());
        str(out, o.preferredLabel());
        strs(out, o.altLabels());
        strs(out, o.hiddenLabels());
        str(out, o.description());
        strs(out, o.onetCodes());
        out.writeDouble(o.crosswalkConfidence());
        ints(out, o.essentialSkills());
        ints(out, o.optionalSkills());
      }
    }
  }

  /** Reads a compiled taxonomy file. */
  public static Taxonomy read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads a compiled taxonomy from a stream; {@code source} names it in errors. */
  public static Taxonomy read(InputStream is, String source) throws IOException {
    DataInputStream in;
    try {
      in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
    } catch (java.util.zip.ZipException e) {
      throw new IOException(source + ": not a compiled skillgap taxonomy (run 'skillgap taxonomy build')", e);
    }
    if (in.readInt() != MAGIC) {
      throw new IOException(source + ": not a compiled skillgap taxonomy (run 'skillgap taxonomy build')");
    }
    int format = in.readInt();
    if (format != FORMAT_VERSION) {
      throw new IOException(source + ": compiled taxonomy format " + format + ", this build reads "
          + FORMAT_VERSION + " (run 'skillgap taxonomy build' again)");
    }
    int revision = in.readInt();
    if (revision != TaxonomyBuilder.REVISION) {
      throw new IOException(source + ": compiled by taxonomy builder revision " + revision + ", this build is "
          + TaxonomyBuilder.REVISION + " (run 'skillgap taxonomy build' again)");
    }
    String version = str(in);
    int ng = in.readInt();
    List<SkillGroup> groups = new ArrayList<>(ng);
    for (int i = 0; i < ng; i++) {
      groups.add(new SkillGroup(str(in), str(in), str(in), ints(in)));
    }
    int n = in.readInt();
    List<Concept> concepts = new ArrayList<>(n);
    int[][] broader = new int[n][];
    int[][] conceptGroups = new int[n][];
    ConceptKind[] kinds = ConceptKind.values();
    SkillType[] types = SkillType.values();
    ReuseLevel[] reuse = ReuseLevel.values();
    for (int i = 0; i < n; i++) {
      String id = str(in);
      String pref = str(in);
      List<String> alt = strs(in);
      List<String> hidden = strs(in);
      ConceptKind kind = kinds[in.readByte()];
      SkillType type = types[in.readByte()];
      ReuseLevel level = reuse[in.readByte()];
      String desc = str(in);
      boolean hot = in.readBoolean();
      List<String> onetNames = strs(in);
      List<String> onetOcc = strs(in);
      concepts.add(new Concept(id, pref, alt, hidden, kind, type, level, desc, hot, onetNames, onetOcc));
      broader[i] = ints(in);
      conceptGroups[i] = ints(in);
    }
    int no = in.readInt();
    List<Occupation> occupations = new ArrayList<>(no);
    for (int i = 0; i < no; i++) {
      occupations.add(new Occupation(str(in), str(in), str(in), strs(in), strs(in), str(in), strs(in), in.readDouble(),
          ints(in), ints(in)));
    }
    return new Taxonomy(version, concepts, broader, conceptGroups, groups, occupations);
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String str(DataInputStream in) throws IOException {
    int len = in.readInt();
    byte[] b = new byte[len];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void strs(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      str(out, s);
    }
  }

  private static List<String> strs(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(str(in));
    }
    return out;
  }

  private static void ints(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    for (int v : a) {
      out.writeInt(v);
    }
  }

  private static int[] ints(DataInputStream in) throws IOException {
    int n = in.readInt();
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = in.readInt();
    }
    return a;
  }
}
