package dev.skillgap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Driver-side inputs on a Hadoop file system other than the local one are read from local copies. */
class LocalInputsTest {

  /** A stand-in for HDFS or S3: the local disk under the scheme {@code remote://}. */
  public static final class RemoteFs extends RawLocalFileSystem {
    @Override
    public URI getUri() {
      return URI.create("remote:///");
    }

    @Override
    public String getScheme() {
      return "remote";
    }
  }

  static Configuration conf() {
    Configuration c = new Configuration(false);
    c.set("fs.remote.impl", RemoteFs.class.getName());
    c.setBoolean("fs.remote.impl.disable.cache", true);
    return c;
  }

  @Test
  void localPathsAreUsedInPlaceAndRemoteOnesAreCopiedThenDeleted(@TempDir Path tmp) throws Exception {
    Path learners = Files.createDirectories(tmp.resolve("learners/cv"));
    Files.writeString(tmp.resolve("learners/learners.jsonl"), "{\"learnerId\":\"L1\",\"cvFile\":\"cv/L1.txt\"}\n");
    Files.writeString(learners.resolve("L1.txt"), "Ten years of SQL.");
    Files.createDirectories(tmp.resolve("catalog/openbadges"));
    Files.writeString(tmp.resolve("catalog/courses.csv"), "id,title\n");
    Files.writeString(tmp.resolve("catalog/openbadges/b.json"), "{}");

    Path copy;
    Path cat;
    try (LocalInputs in = new LocalInputs(conf())) {
      assertEquals(tmp.resolve("catalog"), in.local(tmp.resolve("catalog").toString()));
      assertEquals(tmp.resolve("catalog"), in.local(tmp.resolve("catalog").toUri().toString()));
      assertFalse(LocalInputs.isRemote("C:/data/x.csv"));
      assertTrue(LocalInputs.isRemote("s3a://bucket/catalog"));
      assertTrue(LocalInputs.isRemote("hdfs:/skillgap/catalog")); // hdfs:///skillgap/catalog as Hadoop prints it

      copy = in.localWithFolder("remote://" + tmp.resolve("learners/learners.jsonl"));
      assertNotEquals(tmp.resolve("learners/learners.jsonl"), copy);
      assertEquals("learners.jsonl", copy.getFileName().toString());
      assertEquals("Ten years of SQL.", Files.readString(copy.resolveSibling("cv/L1.txt")));
      cat = in.local("remote://" + tmp.resolve("catalog"));
      assertEquals("{}", Files.readString(cat.resolve("openbadges/b.json")));
      assertEquals("id,title\n", Files.readString(cat.resolve("courses.csv")));
      assertFalse(Files.exists(cat.resolve(".courses.csv.crc")), "no checksum files in the copy");
    }
    assertFalse(Files.exists(copy));
    assertFalse(Files.exists(cat));
    assertTrue(Files.exists(tmp.resolve("catalog/courses.csv")), "the originals stay");
  }
}
