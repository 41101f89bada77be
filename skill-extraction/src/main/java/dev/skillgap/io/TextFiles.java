package dev.skillgap.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens input files: transparently gunzips gzip data and decodes text strictly. */
public final class TextFiles {

  private TextFiles() {}

  /** Resolves {@code name} in {@code dir}, preferring the plain file, then {@code name.gz}. */
  public static Path resolve(Path dir, String name) throws IOException {
    Path plain = dir.resolve(name);
    if (Files.isRegularFile(plain)) {
      return plain;
    }
    Path gz = dir.resolve(name + ".gz");
    if (Files.isRegularFile(gz)) {
      return gz;
    }
    throw new java.nio.file.NoSuchFileException(plain.toString(), null, "neither it nor " + gz.getFileName() + " exists");
  }

  /** Returns true when {@code name} or {@code name.gz} exists in {@code dir}. */
  public static boolean exists(Path dir, String name) {
    return Files.isRegularFile(dir.resolve(name)) || Files.isRegularFile(dir.resolve(name + ".gz"));
  }

  /**
   * Opens a byte stream, gunzipping a file that is gzip data, recognised by its first two bytes: the
   * readers that call this take {@code .GZ} as well as {@code .gz}, and by name alone a {@code
   * COURSES.CSV.GZ} was read as its compressed bytes.
   *
   * @throws IOException also when the file is named {@code .gz} (in any case) but is not gzip data
   */
  public static InputStream open(Path file) throws IOException {
    BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
    raw.reset();
    if (gzip) {
      return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
    }
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      raw.close();
      throw new IOException(file + ": named .gz but not gzip data");
    }
    return raw;
  }

  /**
   * Opens a UTF-8 reader that fails with {@link CharacterCodingException} on malformed bytes
   * instead of silently substituting U+FFFD. A leading byte-order mark is skipped.
   */
  public static Reader openUtf8(Path file) throws IOException {
    InputStream in = open(file);
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
      in.reset();
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new InputStreamReader(in, dec);
  }

  /** Decodes {@code bytes} strictly as {@code charset}, throwing on malformed input. */
  public static String decodeStrict(byte[] bytes, Charset charset) throws CharacterCodingException {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
