package dev.skillgap.link;

import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;

/**
 * A nearest-label index over the ESCO concepts of a {@link Taxonomy}: every label (the preferred
 * labels, optionally with the alternative labels) is embedded by a {@link SentenceEncoder} and kept
 * in a Lucene HNSW graph ({@link KnnFloatVectorField}, dot product on unit vectors) on disk, and in
 * memory as a matrix for exact scoring. Queries return concepts (a concept with several labels
 * scores as its best label) with their cosine similarity.
 *
 * <p>The index lives in {@code <cacheRoot>/label-index-<key>}, where the key hashes the model, the
 * batch size, the label set and every (concept id, label) pair; a later {@link #openOrBuild} with
 * the same inputs reopens it instead of re-embedding. Building is deterministic (same labels, same
 * vectors, same graph) and atomic (built beside, then renamed). Thread-safe for concurrent queries.
 */
public final class LabelVectorIndex implements LabelIndex, AutoCloseable {

  /** How many HNSW candidates {@link #nearest(float[], int)} re-ranks exactly (stack.md: recall@10 ~0.8 without). */
  public static final int DEFAULT_CANDIDATES = 100;

  static final String FORMAT = "skillgap-label-index/1";
  static final String FIELD_VECTOR = "vector";
  static final String FIELD_CONCEPT = "concept";
  static final String FIELD_ID = "id";
  static final String FIELD_LABEL = "label";
  static final String META_FILE = "label-index.properties";

  /** Which labels of each ESCO concept are embedded. */
  public enum LabelSet {
    /** The preferred label only: one vector per concept. */
    PREFERRED,
    /** The preferred label and the alternative labels (ESCO and merged O*NET names), case-insensitively distinct. */
    PREFERRED_AND_ALT
  }

  /**
   * One concept found near a query.
   *
   * @param concept the concept's index in the taxonomy
   * @param score cosine similarity of the query to the best-matching label, in [-1, 1]
   * @param label the label that matched best
   * @param entry that label's entry in this index ({@link #labelSimilarity})
   */
  public record Hit(int concept, float score, String label, int entry) {}

  private final Path dir;
  private final boolean built;
  private final Directory directory;
  private final DirectoryReader reader;
  private final LeafReader leaf;
  private final int[] entryConcept;
  private final String[] entryLabel;
  private final float[][] vectors;
  private final int[] conceptSlot;
  private final int[] slotConcept;
  private final int[] firstEntry;

  private LabelVectorIndex(Path dir, boolean built, Directory directory, DirectoryReader reader,
      int[] entryConcept, String[] entryLabel, float[][] vectors) {
    this.dir = dir;
    this.built = built;
    this.directory = directory;
    this.reader = reader;
    this.leaf = reader.leaves().get(0).reader();
    this.entryConcept = entryConcept;
    this.entryLabel = entryLabel;
    this.vectors = vectors;
    this.conceptSlot = new int[entryConcept.length];
    int[] slots = new int[entryConcept.length];
    int n = 0;
    for (int e = 0; e < entryConcept.length; e++) {
      if (e == 0 || entryConcept[e] != entryConcept[e - 1]) {
        slots[n++] = entryConcept[e];
      }
      conceptSlot[e] = n - 1;
    }
    this.slotConcept = Arrays.copyOf(slots, n);
    this.firstEntry = new int[n];
    for (int e = entryConcept.length - 1; e >= 0; e--) {
      firstEntry[conceptSlot[e]] = e;
    }
  }

  /** One label to embed. */
  record Entry(int concept, String id, String label) {}

  /**
   * Opens the index of {@code taxonomy}'s ESCO labels under {@code cacheRoot}, building it first
   * when it does not exist yet (or cannot be read); embeds with as many threads as there are
   * processors per encoder thread.
   *
   * @param log hears one line when the index is (re)built
   * @throws IOException when the index can neither be read nor written
   */
  public static LabelVectorIndex openOrBuild(Taxonomy taxonomy, SentenceEncoder encoder, LabelSet labels,
      Path cacheRoot, Consumer<String> log) throws IOException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / encoder.intraOpThreads());
    return openOrBuild(taxonomy, encoder, labels, cacheRoot, threads, log);
  }

  /** As {@link #openOrBuild(Taxonomy, SentenceEncoder, LabelSet, Path, Consumer)}, embedding with {@code embedThreads} threads. */
  public static LabelVectorIndex openOrBuild(Taxonomy taxonomy, SentenceEncoder encoder, LabelSet labels,
      Path cacheRoot, int embedThreads, Consumer<String> log) throws IOException {
    List<Entry> entries = entries(taxonomy, labels);
    String key = key(encoder, labels, taxonomy, entries);
    Path dir = cacheRoot.resolve("label-index-" + key.substring(0, 16));
    if (Files.isDirectory(dir)) {
      try {
        return open(dir, key, entries.size(), false);
      } catch (IOException | RuntimeException e) {
        log.accept("label index " + dir + " is unreadable (" + e.getMessage() + "); rebuilding");
        deleteTree(dir);
      }
    }
    Files.createDirectories(cacheRoot);
    Path tmp = Files.createTempDirectory(cacheRoot, dir.getFileName() + ".building-");
    try {
      long t0 = System.nanoTime();
      log.accept("building label index " + dir + ": " + entries.size() + " " + labels.name().toLowerCase(Locale.ROOT)
          + " labels of " + taxonomy.version() + " with " + encoder.modelId());
      float[][] vectors = embed(encoder, entries, embedThreads);
      long t1 = System.nanoTime();
      write(tmp, key, labels, taxonomy, encoder, entries, vectors);
      long t2 = System.nanoTime();
      try {
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
        if (!Files.isDirectory(dir)) {
          throw e;
        }
        // another process finished first; use its copy
      }
      log.accept(String.format(Locale.ROOT, "built label index in %.1f s (embedding %.1f s, HNSW graph %.1f s)",
          (System.nanoTime() - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9));
      return open(dir, key, entries.size(), true);
    } finally {
      deleteTree(tmp);
    }
  }

  /** The labels to embed, in taxonomy order: ESCO concepts only, preferred label first, case-insensitively distinct. */
  static List<Entry> entries(Taxonomy taxonomy, LabelSet labels) {
    List<Entry> out = new ArrayList<>(taxonomy.size());
    for (int i = 0; i < taxonomy.size(); i++) {
      Concept c = taxonomy.concept(i);
      if (!c.isEsco()) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      List<String> all = new ArrayList<>();
      all.add(c.preferredLabel());
      if (labels == LabelSet.PREFERRED_AND_ALT) {
        all.addAll(c.altLabels());
      }
      for (String l : all) {
        String label = l.strip();
        if (!label.isEmpty() && seen.add(label.toLowerCase(Locale.ROOT))) {
          out.add(new Entry(i, c.id(), label));
        }
      }
    }
    return out;
  }

  private static String key(SentenceEncoder encoder, LabelSet labels, Taxonomy taxonomy, List<Entry> entries) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      StringBuilder head = new StringBuilder()
          .append(FORMAT).append('\n')
          .append(encoder.modelId()).append('\n')
          .append("batch=").append(encoder.batchSize()).append('\n')
          .append(labels.name()).append('\n')
          .append(taxonomy.version()).append('\n');
      md.update(head.toString().getBytes(StandardCharsets.UTF_8));
      for (Entry e : entries) {
        md.update((e.concept() + "\t" + e.id() + "\t" + e.label() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Embeds the labels in batches of texts of similar length; the batches depend only on the labels,
   * not on the threads, so the vectors are the same on every build.
   */
  private static float[][] embed(SentenceEncoder encoder, List<Entry> entries, int threads) throws IOException {
    int n = entries.size();
    int[] length = new int[n];
    for (int i = 0; i < n; i++) {
      length[i] = encoder.wordPieceIds(entries.get(i).label()).length;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> length[i]).thenComparingInt(i -> i));
    int batch = encoder.batchSize();
    float[][] out = new float[n][];
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "label-index-embed");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int start = 0; start < n; start += batch) {
        int from = start;
        int to = Math.min(n, start + batch);
        jobs.add(pool.submit(() -> {
          List<String> texts = new ArrayList<>(to - from);
          for (int j = from; j < to; j++) {
            texts.add(entries.get(order[j]).label());
          }
          float[][] v = encoder.encodeBatch(texts);
          for (int j = from; j < to; j++) {
            out[order[j]] = v[j - from];
          }
        }));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while embedding labels", e);
    } catch (ExecutionException e) {
      throw new IOException("embedding labels failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private static void write(Path tmp, String key, LabelSet labels, Taxonomy taxonomy, SentenceEncoder encoder,
      List<Entry> entries, float[][] vectors) throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig()
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(1024)
        .setMergeScheduler(new SerialMergeScheduler())
        .setUseCompoundFile(false)
        .setCommitOnClose(true);
    try (Directory d = FSDirectory.open(tmp); IndexWriter w = new IndexWriter(d, cfg)) {
      for (int e = 0; e < entries.size(); e++) {
        Entry entry = entries.get(e);
        Document doc = new Document();
        doc.add(new KnnFloatVectorField(FIELD_VECTOR, vectors[e], VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new StoredField(FIELD_CONCEPT, entry.concept()));
        doc.add(new StoredField(FIELD_ID, entry.id()));
        doc.add(new StoredField(FIELD_LABEL, entry.label()));
        w.addDocument(doc);
      }
      w.forceMerge(1);
    }
    Properties meta = new Properties();
    meta.setProperty("format", FORMAT);
    meta.setProperty("key", key);
    meta.setProperty("model", encoder.modelId());
    meta.setProperty("batchSize", Integer.toString(encoder.batchSize()));
    meta.setProperty("labels", labels.name());
    meta.setProperty("taxonomy", taxonomy.version());
    meta.setProperty("entries", Integer.toString(entries.size()));
    try (Writer out = Files.newBufferedWriter(tmp.resolve(META_FILE), StandardCharsets.UTF_8)) {
      meta.store(out, null);
    }
  }

  private static LabelVectorIndex open(Path dir, String key, int expectedEntries, boolean built) throws IOException {
    Properties meta = new Properties();
    try (var in = Files.newBufferedReader(dir.resolve(META_FILE), StandardCharsets.UTF_8)) {
      meta.load(in);
    }
    if (!key.equals(meta.getProperty("key"))) {
      throw new IOException("key mismatch in " + dir.resolve(META_FILE));
    }
    Directory d = FSDirectory.open(dir);
    DirectoryReader r = null;
    try {
      r = DirectoryReader.open(d);
      if (r.leaves().size() != 1 || r.maxDoc() != expectedEntries || r.numDeletedDocs() != 0) {
        throw new IOException("expected one segment of " + expectedEntries + " labels in " + dir + ", found "
            + r.leaves().size() + " segments of " + r.maxDoc());
      }
      LeafReader leaf = r.leaves().get(0).reader();
      int n = leaf.maxDoc();
      int[] concept = new int[n];
      String[] label = new String[n];
      StoredFields stored = leaf.storedFields();
      for (int doc = 0; doc < n; doc++) {
        Document fields = stored.document(doc);
        concept[doc] = fields.getField(FIELD_CONCEPT).numericValue().intValue();
        label[doc] = fields.get(FIELD_LABEL);
      }
      float[][] vectors = new float[n][];
      FloatVectorValues values = leaf.getFloatVectorValues(FIELD_VECTOR);
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        vectors[doc] = values.vectorValue().clone();
      }
      for (int doc = 0; doc < n; doc++) {
        if (vectors[doc] == null) {
          throw new IOException("label " + doc + " has no vector in " + dir);
        }
      }
      return new LabelVectorIndex(dir, built, d, r, concept, label, vectors);
    } catch (IOException | RuntimeException e) {
      if (r != null) {
        r.close();
      }
      d.close();
      throw e;
    }
  }

  /** The folder the index lives in. */
  public Path directory() {
    return dir;
  }

  /** Whether this instance built the index (false when it reopened one built earlier). */
  public boolean wasBuilt() {
    return built;
  }

  /** Number of embedded labels. */
  @Override
  public int size() {
    return entryConcept.length;
  }

  /** Number of concepts with at least one embedded label. */
  public int conceptCount() {
    return slotConcept.length;
  }

  /** The taxonomy index of the concept of label {@code entry} (0 to {@link #size()} - 1). */
  public int concept(int entry) {
    return entryConcept[entry];
  }

  /** The text of label {@code entry}. */
  public String label(int entry) {
    return entryLabel[entry];
  }

  /**
   * The cosine similarity of the unit vector {@code query} to the nearest embedded label of taxonomy
   * concept {@code concept}, or NaN when the concept has no embedded label.
   */
  @Override
  public double similarity(int concept, float[] query) {
    int lo = Arrays.binarySearch(slotConcept, concept);
    if (lo < 0) {
      return Double.NaN;
    }
    double best = Double.NEGATIVE_INFINITY;
    for (int e = firstEntry[lo]; e < entryConcept.length && entryConcept[e] == concept; e++) {
      best = Math.max(best, VectorUtil.dotProduct(query, vectors[e]));
    }
    return best;
  }

  /** The cosine similarity of the unit vector {@code query} to label {@code entry}'s stored vector. */
  @Override
  public double labelSimilarity(int entry, float[] query) {
    return VectorUtil.dotProduct(query, vectors[entry]);
  }

  /** A copy of the unit vector of label {@code entry}. */
  public float[] vector(int entry) {
    return vectors[entry].clone();
  }

  /** Returns the {@code k} concepts nearest to the unit vector {@code query}: {@value #DEFAULT_CANDIDATES} HNSW candidates, re-ranked exactly. */
  @Override
  public List<Hit> nearest(float[] query, int k) {
    return nearest(query, k, DEFAULT_CANDIDATES);
  }

  /**
   * Returns the {@code k} concepts nearest to the unit vector {@code query}, best first: the
   * HNSW graph proposes {@code max(k, candidates)} labels, which are then scored exactly by dot
   * product. Recall against {@link #exactNearest} grows with {@code candidates}. With several
   * labels per concept, fewer than {@code k} concepts may come back when the candidates cover fewer.
   */
  public List<Hit> nearest(float[] query, int k, int candidates) {
    checkQuery(query, k);
    TopDocs top;
    try {
      top = leaf.searchNearestVectors(FIELD_VECTOR, query, Math.min(size(), Math.max(k, candidates)), null, Integer.MAX_VALUE);
    } catch (IOException e) {
      throw new UncheckedIOException("HNSW search failed in " + dir, e);
    }
    int m = top.scoreDocs.length;
    int[] entries = new int[m];
    float[] scores = new float[m];
    for (int i = 0; i < m; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      entries[i] = sd.doc;
      scores[i] = VectorUtil.dotProduct(query, vectors[sd.doc]);
    }
    return best(entries, scores, m, k);
  }

  /** Returns the {@code k} concepts nearest to the unit vector {@code query}, best first, by brute force over every label. */
  public List<Hit> exactNearest(float[] query, int k) {
    checkQuery(query, k);
    int n = size();
    int[] entries = new int[n];
    float[] scores = new float[n];
    for (int e = 0; e < n; e++) {
      entries[e] = e;
      scores[e] = VectorUtil.dotProduct(query, vectors[e]);
    }
    return bestByScan(entries, scores, n, k);
  }

  private void checkQuery(float[] query, int k) {
    if (query.length != SentenceEncoder.DIMENSION) {
      throw new IllegalArgumentException("query has " + query.length + " dimensions, not " + SentenceEncoder.DIMENSION);
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1: " + k);
    }
  }

  /** The top {@code k} concepts among a few scored labels, a concept scoring as its best label; ties go to the lower concept index. */
  private List<Hit> best(int[] entries, float[] scores, int m, int k) {
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Float.compare(scores[b], scores[a]);
      return c != 0 ? c : Integer.compare(entries[a], entries[b]);
    });
    List<Hit> out = new ArrayList<>(Math.min(k, m));
    Set<Integer> seenSlots = new HashSet<>();
    for (Integer i : order) {
      int e = entries[i];
      if (seenSlots.add(conceptSlot[e])) {
        out.add(new Hit(entryConcept[e], scores[i], entryLabel[e], e));
        if (out.size() == k) {
          break;
        }
      }
    }
    return out;
  }

  /** As {@link #best}, for all labels: the best label per concept, then a linear scan keeping the top {@code k}. */
  private List<Hit> bestByScan(int[] entries, float[] scores, int m, int k) {
    int slots = slotConcept.length;
    float[] bestScore = new float[slots];
    int[] bestEntry = new int[slots];
    Arrays.fill(bestScore, Float.NEGATIVE_INFINITY);
    Arrays.fill(bestEntry, -1);
    for (int i = 0; i < m; i++) {
      int e = entries[i];
      int s = conceptSlot[e];
      if (scores[i] > bestScore[s] || (scores[i] == bestScore[s] && e < bestEntry[s])) {
        bestScore[s] = scores[i];
        bestEntry[s] = e;
      }
    }
    // slots are in concept order, so on equal scores the earlier slot (lower concept) stays ahead
    int kept = 0;
    float[] topScore = new float[k];
    int[] topSlot = new int[k];
    for (int s = 0; s < slots; s++) {
      if (bestEntry[s] < 0 || (kept == k && bestScore[s] <= topScore[k - 1])) {
        continue;
      }
      int at = kept == k ? k - 1 : kept++;
      while (at > 0 && topScore[at - 1] < bestScore[s]) {
        topScore[at] = topScore[at - 1];
        topSlot[at] = topSlot[at - 1];
        at--;
      }
      topScore[at] = bestScore[s];
      topSlot[at] = s;
    }
    List<Hit> out = new ArrayList<>(kept);
    for (int i = 0; i < kept; i++) {
      int s = topSlot[i];
      out.add(new Hit(slotConcept[s], topScore[i], entryLabel[bestEntry[s]], bestEntry[s]));
    }
    return out;
  }

  /** Closes the Lucene reader; queries fail afterwards. */
  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
