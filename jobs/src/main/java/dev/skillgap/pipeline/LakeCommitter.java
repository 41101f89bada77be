package dev.skillgap.pipeline;

import dev.skillgap.demand.WeekId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Makes a week's tables appear in the lake all at once or not at all. A run writes every table
 * under {@code _staging/<run>/<table>}; {@link #commit} then (1) writes a journal of the moves,
 * (2) moves each old {@code <table>/week=<W>} partition (and {@code reports/<W>}) to
 * {@code _trash/<run>} and each staged table (and the staged report folder) into its place, (3) writes {@code manifests/<W>.json}, (4) deletes the journal and the
 * trash. A week is visible when its manifest exists and no journal is pending; readers go through
 * {@link #visibleWeeks()}. {@link #recover()} (run at the start of every run) finishes the moves of
 * a journal left by a crash, and deletes stale staging folders, so a crash leaves nothing visible
 * that is half written and never touches other weeks. Works on any Hadoop file system whose
 * rename is atomic (local, HDFS; on S3 see the README).
 */
public final class LakeCommitter {

  static final String STAGING = "_staging";
  static final String TRASH = "_trash";
  static final String JOURNALS = "_journal";
  static final String MANIFESTS = "manifests";
  /**
   * The staged name of a week's report folder; it is committed with the tables, but to
   * {@code reports/<week>/} rather than a {@code week=} partition.
   */
  public static final String REPORTS = "reports";

  private final Path lake;
  private final FileSystem fs;

  public LakeCommitter(String lake, Configuration conf) throws IOException {
    this.lake = new Path(lake);
    this.fs = this.lake.getFileSystem(conf);
  }

  /** Where a run stages {@code table}. */
  public String stagingPath(String runId, String table) {
    return new Path(new Path(new Path(lake, STAGING), runId), table).toString();
  }

  /** The partition path of {@code table} for {@code week}. */
  public String partitionPath(String table, WeekId week) {
    return new Path(new Path(lake, table), "week=" + week).toString();
  }

  /** Where a committed staged name of {@code week} lives: its partition, or the week's report folder. */
  private Path target(String table, WeekId week) {
    return REPORTS.equals(table) ? new Path(new Path(lake, REPORTS), week.toString()) : new Path(partitionPath(table, week));
  }

  /** A sink that writes each file it is given (path relative to the folder) under the run's staged {@code name} folder at once. */
  public dev.skillgap.report.ReportSink stager(String runId, String name) {
    Path root = new Path(stagingPath(runId, name));
    if (fs instanceof org.apache.hadoop.fs.LocalFileSystem l) {
      // Plain files, no .crc side files: the report folder is for people and browsers. Hadoop's raw
      // local create() costs about 3.5 ms a file here, which at 60,000 learner files was most of
      // the report stage; java.nio writes them in a small fraction of that.
      java.nio.file.Path base = l.pathToFile(root).toPath();
      java.util.Set<java.nio.file.Path> made = new java.util.HashSet<>();
      return (path, bytes) -> {
        java.nio.file.Path p = base.resolve(path);
        if (made.add(p.getParent())) {
          java.nio.file.Files.createDirectories(p.getParent());
        }
        java.nio.file.Files.write(p, bytes);
      };
    }
    java.util.Set<Path> made = new java.util.HashSet<>();
    return (path, bytes) -> {
      Path p = new Path(root, path);
      if (made.add(p.getParent())) {
        fs.mkdirs(p.getParent());
      }
      try (OutputStream out = fs.create(p, true)) {
        out.write(bytes);
      }
    };
  }

  /** Publishes the staged {@code tables} of {@code runId} as {@code week}, with {@code manifestJson}. */
  public void commit(String runId, WeekId week, List<String> tables, String manifestJson) throws IOException {
    Path journal = new Path(new Path(lake, JOURNALS), week + ".json");
    StringBuilder j = new StringBuilder();
    j.append(runId).append('\n').append(week).append('\n');
    for (String t : tables) {
      j.append(t).append('\n');
    }
    Path stagedManifest = new Path(new Path(new Path(lake, STAGING), runId), "manifest.json");
    write(stagedManifest, manifestJson);
    writeAtomically(journal, j.toString());
    Fault.at("commit:journal-written");
    roll(runId, week, tables);
    fs.delete(journal, false);
  }

  /** Carries out a journal's moves; idempotent, so a crash at any point can be resumed. */
  private void roll(String runId, WeekId week, List<String> tables) throws IOException {
    Path manifest = new Path(new Path(lake, MANIFESTS), week + ".json");
    fs.delete(manifest, false);
    Path trash = new Path(new Path(lake, TRASH), runId);
    for (String t : tables) {
      Path staged = new Path(new Path(new Path(lake, STAGING), runId), t);
      Path target = target(t, week);
      if (fs.exists(staged)) {
        if (fs.exists(target)) {
          fs.mkdirs(new Path(trash, t).getParent());
          if (!fs.rename(target, new Path(trash, t))) {
            throw new IOException("cannot move " + target + " to " + trash);
          }
        }
        fs.mkdirs(target.getParent());
        if (!fs.rename(staged, target)) {
          throw new IOException("cannot move " + staged + " to " + target);
        }
        Fault.at("commit:moved-" + t);
      }
    }
    Path stagedManifest = new Path(new Path(new Path(lake, STAGING), runId), "manifest.json");
    if (fs.exists(stagedManifest)) {
      fs.mkdirs(manifest.getParent());
      fs.rename(stagedManifest, manifest);
    }
    fs.delete(new Path(new Path(lake, STAGING), runId), true);
    fs.delete(trash, true);
  }

  /**
   * Finishes any commit a crash interrupted (its journal says what) and removes staging folders of
   * runs that never reached their commit. Returns what it did, for the log.
   */
  public List<String> recover() throws IOException {
    List<String> done = new ArrayList<>();
    Path journals = new Path(lake, JOURNALS);
    if (fs.exists(journals)) {
      for (FileStatus st : fs.listStatus(journals)) {
        List<String> lines = read(st.getPath()).lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 2) {
          fs.delete(st.getPath(), false);
          continue;
        }
        WeekId week = WeekId.parse(lines.get(1));
        roll(lines.get(0), week, lines.subList(2, lines.size()));
        fs.delete(st.getPath(), false);
        done.add("finished the interrupted commit of " + week);
      }
    }
    Path staging = new Path(lake, STAGING);
    if (fs.exists(staging)) {
      for (FileStatus st : fs.listStatus(staging)) {
        fs.delete(st.getPath(), true);
        done.add("removed unfinished run " + st.getPath().getName());
      }
    }
    Path trash = new Path(lake, TRASH);
    if (fs.exists(trash)) {
      fs.delete(trash, true);
    }
    return done;
  }

  /** Weeks that are committed (manifest present, no pending journal), oldest first. */
  public List<WeekId> visibleWeeks() throws IOException {
    List<WeekId> out = new ArrayList<>();
    Path manifests = new Path(lake, MANIFESTS);
    if (!fs.exists(manifests)) {
      return out;
    }
    for (FileStatus st : fs.listStatus(manifests)) {
      String name = st.getPath().getName();
      if (name.endsWith(".json")) {
        WeekId w = WeekId.parse(name.substring(0, name.length() - 5));
        if (!fs.exists(new Path(new Path(lake, JOURNALS), w + ".json"))) {
          out.add(w);
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** The manifest of a committed week. */
  public String manifest(WeekId week) throws IOException {
    return read(new Path(new Path(lake, MANIFESTS), week + ".json"));
  }

  public boolean exists(String path) throws IOException {
    return fs.exists(new Path(path));
  }

  private void write(Path p, String text) throws IOException {
    fs.mkdirs(p.getParent());
    try (OutputStream out = fs.create(p, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void writeAtomically(Path p, String text) throws IOException {
    Path tmp = new Path(p.getParent(), "." + p.getName() + ".tmp");
    write(tmp, text);
    fs.delete(p, false);
    if (!fs.rename(tmp, p)) {
      throw new IOException("cannot write " + p);
    }
  }

  private String read(Path p) throws IOException {
    try (InputStream in = fs.open(p)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
