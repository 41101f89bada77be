package dev.skillgap.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lake's inbox of uploaded HR role descriptions. An accepted upload is written atomically to
 * {@code <lake>/inbox/roles/<first 12 hex of its SHA-256>/<file name>} (pending); the weekly run
 * reads the pending files together with those already processed for its week, and once the week
 * has committed moves the pending ones to {@code <lake>/inbox/processed/<week>/...}. So a crashed
 * run leaves them pending for the next one, and a rerun of a week reads the same files again.
 * Works on a local lake folder only.
 */
public final class RoleInbox {

  /** Pending uploads, under the lake root. */
  public static final String PENDING = "inbox/roles";
  /** Uploads already read by a committed week, under the lake root. */
  public static final String PROCESSED = "inbox/processed";

  private final Path lake;

  /** The inbox of the lake folder {@code lake} (which need not exist yet). */
  public RoleInbox(Path lake) {
    this.lake = lake;
  }

  /** Folder of pending uploads. */
  public Path pending() {
    return lake.resolve(PENDING);
  }

  /** Folder of the uploads week {@code week} has read. */
  public Path processed(String week) {
    return lake.resolve(PROCESSED).resolve(week);
  }

  /** Every file in the inbox, pending and processed, in path order. */
  public List<Path> allFiles() {
    return files(lake.resolve("inbox"));
  }

  /** The files the run of {@code week} reads as roles: pending ones and those processed for this week. */
  public List<Path> inputsFor(String week) {
    List<Path> out = new ArrayList<>(files(pending()));
    out.addAll(files(processed(week)));
    return out;
  }

  /**
   * Why the upload {@code fileName} cannot be placed under its name, or null when it can. Its last
   * path segment becomes the inbox file's name, which must be a plain name that the weekly run will
   * read and that names no other place: not empty, {@code .} or {@code ..}; not hidden (starting
   * with {@code .}, which the weekly run passes over); without a backslash (a folder separator on
   * Windows, so {@code ..\x} would climb out there); without a line break or other control
   * character (which would split the manifest's and the report's lines); at most 255 bytes.
   */
  public static String nameProblem(String fileName) {
    String name = lastSegment(fileName);
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "file name '" + printable(name) + "' names a folder, not a file";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return "file name '" + printable(name) + "' holds a line break or other control character (U+"
            + String.format("%04X", (int) c) + ")";
      }
    }
    if (name.indexOf('\\') >= 0) {
      return "file name '" + printable(name) + "' holds a backslash, a folder separator on Windows";
    }
    if (name.startsWith(".")) {
      return "file name '" + printable(name) + "' is hidden (starts with '.'): the weekly run would pass it over";
    }
    if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
      return "file name is longer than 255 bytes";
    }
    return null;
  }

  /** The part of {@code fileName} after its last {@code /}. */
  static String lastSegment(String fileName) {
    String n = fileName;
    while (n.endsWith("/") && n.length() > 1) {
      n = n.substring(0, n.length() - 1);
    }
    return n.substring(n.lastIndexOf('/') + 1);
  }

  /** {@code name} with control characters shown as <code>\\u</code> and four hex digits, for one-line messages. */
  private static String printable(String name) {
    StringBuilder b = new StringBuilder();
    name.codePoints().forEach(c -> b.append(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
        ? String.format("\\u%04X", c) : Character.toString(c)));
    return b.toString();
  }

  /**
   * Writes an accepted upload to the pending folder: to a temporary file, then an atomic move, so
   * the inbox never holds part of a file. Returns where it now is.
   *
   * @throws IllegalArgumentException when the name cannot be placed ({@link #nameProblem})
   */
  public Path place(String fileName, byte[] content) throws IOException {
    String problem = nameProblem(fileName);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    String name = lastSegment(fileName);
    Path dir = pending().resolve(sha256(content).substring(0, 12));
    Files.createDirectories(dir);
    Path target = dir.resolve(name);
    Path tmp = Files.createTempFile(dir, ".upload-", ".tmp");
    try {
      Files.write(tmp, content);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  /**
   * Moves every pending upload (each hash folder whole) into the processed folder of {@code week};
   * call it only after the week has committed. Returns the folders moved, at their new place.
   */
  public List<Path> markProcessed(String week) throws IOException {
    List<Path> moved = new ArrayList<>();
    if (!Files.isDirectory(pending())) {
      return moved;
    }
    Path to = processed(week);
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(pending())) {
      for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
        Path target = to.resolve(dir.getFileName());
        if (Files.exists(target)) {
          deleteTree(target); // the same content read again by a rerun of this week
        }
        Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        moved.add(target);
      }
    }
    return moved;
  }

  private static List<Path> files(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
