package dev.skillgap.ingest;

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
 * files ({@code .x}, {@code _SUCCESS}) and files of other types are passed over.
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

  /** The bytes of {@code file}, on any Hadoop file system. */
  public static byte[] read(String file, Configuration conf) throws IOException {
    Path p = new Path(file);
    try (var in = p.getFileSystem(conf).open(p)) {
      return in.readAllBytes();
    }
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

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
