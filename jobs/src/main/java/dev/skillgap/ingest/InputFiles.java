package dev.skillgap.ingest;

import dev.skillgap.io.BoundedInput;
import dev.skillgap.io.InputLimits;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files a run reads under the paths a user named, on any Hadoop file system, and the files it
 * passes over, each with the reason, so that no file is skipped silently. A file named directly is
 * always read (its reader rejects it whole when it cannot); in a folder, walked recursively, hidden
 * files ({@code .x}, {@code _SUCCESS}) and files of other types are passed over. A local folder is
 * walked following symbolic links, each folder once: a link that leads back to a folder above it (a
 * loop), a broken link, a file that cannot be read (permissions) and anything that is not a regular
 * file (a named pipe, whose reading would wait for ever) are passed over with their reason.
 */
public final class InputFiles {

  /** A file passed over and why. */
  public record Skipped(String path, String reason) {}

  /** The files to read, in path order, and those passed over. */
  public record Listing(List<String> files, List<Skipped> skipped) {
    public Listing {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
    }
  }

  private InputFiles() {}

  /**
   * {@code file}, on any Hadoop file system, read within {@code limits} ({@link BoundedInput}),
   * with lines too long for a record cut out when {@code cutLongLines}.
   *
   * @throws IOException when the file cannot be read at all (gone, permissions, a disk error)
   */
  public static BoundedInput.Read read(String file, Configuration conf, InputLimits limits, boolean cutLongLines)
      throws IOException {
    Path p = new Path(file);
    return BoundedInput.read(file, p.getFileSystem(conf).open(p), limits, cutLongLines);
  }

  /**
   * Whether {@code e} will not go away by reading again: the file is gone or may not be read
   * (permissions, on the local file system or HDFS). Anything else (a lost connection, a disk error)
   * is worth Spark's retry of the task, and fails the run if it lasts.
   */
  public static boolean lasting(IOException e) {
    return e instanceof FileNotFoundException || e instanceof java.nio.file.NoSuchFileException
        || e instanceof java.nio.file.AccessDeniedException
        || e.getClass().getSimpleName().equals("AccessControlException")
        || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("permission denied");
  }

  /** The reason a file that could not be opened or read is rejected: {@code cannot read the file: ...}. */
  public static String unreadable(IOException e) {
    String why = e instanceof java.nio.file.AccessDeniedException
        || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("permission denied") ? "permission denied"
        : e instanceof FileNotFoundException || e instanceof java.nio.file.NoSuchFileException ? "it is gone"
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return "cannot read the file: " + why;
  }

  /**
   * Lists {@code paths}: files that {@code reads} accepts by name are read, the others reported as
   * not being {@code what} files.
   *
   * @throws FileNotFoundException naming a path that does not exist
   */
  public static Listing list(List<String> paths, Predicate<String> reads, String what, Configuration conf)
      throws IOException {
    List<String> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (String p : paths) {
      Path path = new Path(p);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus st;
      try {
        st = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        throw new FileNotFoundException(p + ": no such file or folder");
      }
      if (st.isFile()) {
        files.add(st.getPath().toString());
        continue;
      }
      if ("file".equals(fs.getScheme())) {
        walkLocal(st.getPath().toString(), java.nio.file.Path.of(st.getPath().toUri()), reads, what, files, skipped);
        continue;
      }
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        String full = f.getPath().toString();
        String rel = full.substring(Math.min(full.length(), st.getPath().toString().length()));
        if (hidden(rel)) {
          skipped.add(new Skipped(full, "hidden"));
        } else if (reads.test(full)) {
          files.add(full);
        } else {
          String name = f.getPath().getName();
          int dot = name.lastIndexOf('.');
          skipped.add(new Skipped(full, "not a " + what + " file ("
              + (dot < 0 ? "no extension" : name.substring(dot).toLowerCase(Locale.ROOT)) + ")"));
        }
      }
    }
    files.sort(Comparator.naturalOrder());
    skipped.sort(Comparator.comparing(Skipped::path));
    return new Listing(files.stream().distinct().toList(), skipped);
  }

  /** Lines for people: at most {@code shown} of {@code skipped}, each with its reason, then how many more. */
  public static List<String> describe(List<Skipped> skipped, int shown) {
    List<String> out = new ArrayList<>();
    skipped.stream().limit(shown).forEach(s -> out.add("  " + s.path() + " (" + s.reason() + ")"));
    if (skipped.size() > shown) {
      out.add("  ... and " + (skipped.size() - shown) + " more");
    }
    return out;
  }

  /**
   * Walks the local folder {@code root} (written {@code base} as Hadoop names it), following
   * symbolic links but entering each folder once.
   */
  private static void walkLocal(String base, java.nio.file.Path root, Predicate<String> reads, String what,
      List<String> files, List<Skipped> skipped) throws IOException {
    java.nio.file.Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE, new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult visitFile(java.nio.file.Path file,
              java.nio.file.attribute.BasicFileAttributes attrs) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            String full = base + "/" + rel;
            String name = file.getFileName().toString();
            if (hidden("/" + rel)) {
              skipped.add(new Skipped(full, "hidden"));
            } else if (attrs.isSymbolicLink()) {
              skipped.add(new Skipped(full, brokenLink(file)));
            } else if (!attrs.isRegularFile()) {
              skipped.add(new Skipped(full, "not a regular file (a named pipe, socket or device)"));
            } else if (!reads.test(full)) {
              int dot = name.lastIndexOf('.');
              skipped.add(new Skipped(full, "not a " + what + " file ("
                  + (dot < 0 ? "no extension" : name.substring(dot).toLowerCase(Locale.ROOT)) + ")"));
            } else if (!java.nio.file.Files.isReadable(file)) {
              skipped.add(new Skipped(full, "cannot be read: permission denied"));
            } else {
              files.add(full);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) {
            String full = base + "/" + root.relativize(file).toString().replace('\\', '/');
            skipped.add(new Skipped(full, e instanceof java.nio.file.FileSystemLoopException
                ? "symbolic link loop: it leads back to a folder above it, whose files are listed once"
                : e instanceof java.nio.file.AccessDeniedException ? "folder cannot be read: permission denied"
                : "cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage()));
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
  }

  /** Why a symbolic link could not be followed: it loops, or its target is missing. */
  private static String brokenLink(java.nio.file.Path link) {
    try {
      link.toRealPath();
      return "symbolic link that cannot be followed";
    } catch (java.nio.file.NoSuchFileException e) {
      return "broken symbolic link: its target does not exist";
    } catch (IOException e) {
      return "symbolic link loop: " + (e.getMessage() == null ? "it leads to itself"
          : e.getMessage().replace(link.toString() + ": ", ""));
    }
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
