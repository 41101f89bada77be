package dev.skillgap.pipeline;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Local paths for inputs the driver reads itself (learners, catalogue): a plain path or {@code
 * file:} URI is used where it is; a path on any other Hadoop file system ({@code hdfs://}, {@code
 * s3a://}, {@code abfs://}, ...) is copied, file or folder, into a temporary folder that {@link
 * #close()} deletes. Postings, roles and the lake never go through here: Spark and {@link
 * LakeCommitter} read and write them through Hadoop directly.
 */
public final class LocalInputs implements AutoCloseable {

  private final Configuration conf;
  private Path tmp;

  public LocalInputs(Configuration conf) {
    this.conf = conf;
  }

  /** Whether {@code path} names a file system other than the local one. */
  public static boolean isRemote(String path) {
    String scheme = scheme(path);
    return scheme != null && !scheme.equals("file");
  }

  /** The URI scheme of {@code path} ({@code hdfs:///x} is written {@code hdfs:/x} by Hadoop), or null. */
  private static String scheme(String path) {
    java.util.regex.Matcher m = SCHEME.matcher(path);
    return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
  }

  /** Two letters at least, so that a Windows drive ({@code C:/}) is not a scheme. */
  private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):/");

  /** A local path holding {@code path}'s content (the path itself when it is local). */
  public Path local(String path) throws IOException {
    if (!isRemote(path)) {
      return path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path);
    }
    if (tmp == null) {
      tmp = Files.createTempDirectory("skillgap-inputs-");
    }
    org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(path);
    FileSystem fs = src.getFileSystem(conf);
    Path dst = Files.createTempDirectory(tmp, "in-").resolve(src.getName().isEmpty() ? "root" : src.getName());
    fs.copyToLocalFile(false, src, new org.apache.hadoop.fs.Path(dst.toUri()), true);
    return dst;
  }

  /** {@link #local} of each path. */
  public List<Path> local(List<String> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String p : paths) {
      out.add(local(p));
    }
    return out;
  }

  /**
   * A local copy of a file together with the rest of its folder (a learners file names CVs
   * relative to its folder); the path itself when it is local.
   */
  public Path localWithFolder(String file) throws IOException {
    if (!isRemote(file)) {
      return local(file);
    }
    org.apache.hadoop.fs.Path f = new org.apache.hadoop.fs.Path(file);
    return local(f.getParent().toString()).resolve(f.getName());
  }

  /** Deletes the copies. */
  @Override
  public void close() throws IOException {
    if (tmp != null) {
      try (Stream<Path> s = Files.walk(tmp)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
      tmp = null;
    }
  }
}
