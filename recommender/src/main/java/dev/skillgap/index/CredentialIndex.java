package dev.skillgap.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.TaughtSkill;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index on disk of credentials, searchable by the skills they teach and by their text;
 * searching ({@link #candidates}, {@link #get}) is thread-safe.
 *
 * <p><b>Fields</b> (one document per credential): {@code id} (exact, stored), {@code title}, {@code
 * description} and {@code label} (the preferred labels of its skills), each English-analysed, plus
 * {@code text}, all three together; {@code skill} (every concept id, exact, and as doc values), {@code
 * skill_conf} (a {@link FeatureField} per concept holding its confidence: 1 aligned, the link score
 * of a tag, the extractor score inferred), {@code skill_inferred}, {@code skill_hard}, {@code skill_soft} (concept ids by
 * taxonomy type), {@code level}, {@code format}, {@code currency}, {@code provider}, {@code
 * source_format} and {@code language} (its ISO 639-1 code or {@code unknown}) (exact, stored), {@code hours} and {@code cost} ({@link DoublePoint}, stored, absent
 * when unknown), and {@code json}: the whole {@link Credential} as JSON, which is what {@link
 * #get(String)} returns, so a reopened index needs no side file.
 *
 * <p><b>Determinism.</b> Documents are added in id order into an index sorted by id and merged into
 * one compound segment, with a serial merge scheduler, into a folder cleared first, so building the
 * same catalogue twice gives the same files (names and sizes), documents, doc ids, terms and search
 * results (see {@link #contentChecksum()}). The file bytes are not identical: Lucene writes a random
 * segment id into every file header and a timestamp into the segment info. The commit records the
 * {@link #fingerprint(List, Taxonomy) fingerprint} of the catalogue, so {@link #openOrBuild} can tell
 * whether an existing index is still current.
 *
 * <p><b>Retrieval</b> ({@link #candidates}): for each gap skill s with weight w, a credential scores
 * w x confidence when it teaches s by concept id. Otherwise, when its text matches a surface form of
 * s (the preferred label without a parenthesised qualifier, the O*NET names, the first alternative
 * label; every word of the form must occur, all but one for forms of four words or more), it scores
 * w x {@link #TEXT_WEIGHT} x the BM25 score of that match divided by the sum of the words' idf,
 * which is below 1. The per-skill score is the larger of the two (a skill never counts twice), so a
 * text match never outscores an alignment of the same skill, and a credential's score is the sum
 * over the gap. Only the {@link #MAX_GAP_SKILLS} heaviest gap skills are searched, the {@link
 * #MAX_TEXT_SKILLS} heaviest of them by text too. Equal scores are ordered by credential id.
 */
public final class CredentialIndex implements Closeable {

  /** Written in the commit; {@link #open} refuses other formats. */
  public static final String FORMAT = "skillgap-credential-index/3";
  /** A text-only match of a gap skill earns at most this share of the skill's weight. */
  public static final double TEXT_WEIGHT = 0.5;
  /** Gap skills beyond this many (heaviest first) are ignored, keeping the query within Lucene's clause limit. */
  public static final int MAX_GAP_SKILLS = 300;
  /** The heaviest this-many gap skills are also searched by text. */
  public static final int MAX_TEXT_SKILLS = 30;
  /** Most decoded credentials kept in memory by {@link #find}. */
  public static final int DECODED_CACHE = 100_000;
  /** Surface forms per skill searched by text, and words per form. */
  static final int MAX_FORMS = 3;
  static final int MAX_FORM_WORDS = 6;

  static final String ID = "id";
  static final String ID_SORT = "id_sort";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String LABEL = "label";
  static final String TEXT = "text";
  static final String SKILL = "skill";
  static final String SKILL_CONF = "skill_conf";
  static final String SKILL_INFERRED = "skill_inferred";
  static final String SKILL_HARD = "skill_hard";
  static final String SKILL_SOFT = "skill_soft";
  static final String LEVEL = "level";
  static final String FORMAT_FIELD = "format";
  static final String CURRENCY = "currency";
  static final String PROVIDER = "provider";
  static final String SOURCE_FORMAT = "source_format";
  static final String LANGUAGE = "language";
  /** The {@link #LANGUAGE} term of a credential whose language is unknown. */
  static final String UNKNOWN_LANGUAGE = "unknown";
  static final String HOURS = "hours";
  static final String COST = "cost";
  static final String JSON = "json";

  private static final String KEY_FORMAT = "format";
  private static final String KEY_FINGERPRINT = "fingerprint";
  private static final String KEY_TAXONOMY = "taxonomy";
  private static final String KEY_COUNT = "count";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Guards the division by a form's idf sum. */
  private static final double BM25_IDF_EPS = 1e-9;

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Taxonomy taxonomy;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Map<String, String> commit;
  /** Analysed text forms per concept id, filled as gaps ask for them. */
  private final Map<String, List<List<String>>> forms = new ConcurrentHashMap<>();
  private final Map<String, Optional<Credential>> decoded = new ConcurrentHashMap<>();

  private CredentialIndex(FSDirectory directory, Taxonomy taxonomy) throws IOException {
    this.directory = directory;
    this.taxonomy = taxonomy;
    DirectoryReader r = null;
    try {
      r = DirectoryReader.open(directory);
      this.commit = Map.copyOf(r.getIndexCommit().getUserData());
      if (!FORMAT.equals(commit.get(KEY_FORMAT))) {
        throw new IOException(directory.getDirectory() + ": not a credential index (format '" + commit.get(KEY_FORMAT)
            + "', expected '" + FORMAT + "'); rebuild it");
      }
      if (!taxonomy.version().equals(commit.get(KEY_TAXONOMY))) {
        throw new IOException(directory.getDirectory() + ": built with taxonomy '" + commit.get(KEY_TAXONOMY)
            + "', opened with '" + taxonomy.version() + "'; rebuild it");
      }
    } catch (IOException | RuntimeException e) {
      if (r != null) {
        r.close();
      }
      analyzer.close();
      throw e;
    }
    this.reader = r;
    this.searcher = new IndexSearcher(r);
  }

  // ---------------------------------------------------------------------------------------------
  // Building and opening

  /**
   * Builds the index of {@code credentials} in folder {@code dir} (created if needed; an index
   * already there is deleted first) and opens it.
   *
   * @throws IllegalArgumentException when two credentials share an id
   * @throws IOException when {@code dir} holds files that are not part of a Lucene index
   */
  public static CredentialIndex build(Path dir, List<Credential> credentials, Taxonomy taxonomy) throws IOException {
    Objects.requireNonNull(taxonomy, "taxonomy");
    List<Credential> sorted = sortedUnique(credentials);
    clear(dir);
    FSDirectory d = FSDirectory.open(dir);
    try {
      TieredMergePolicy merges = new TieredMergePolicy();
      merges.setNoCFSRatio(1.0);
      IndexWriterConfig cfg = new IndexWriterConfig(new EnglishAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setIndexSort(new Sort(new SortField(ID_SORT, SortField.Type.STRING)))
          .setMergeScheduler(new SerialMergeScheduler())
          .setMergePolicy(merges)
          .setRAMBufferSizeMB(256)
          .setUseCompoundFile(true)
          .setCommitOnClose(false);
      try (IndexWriter w = new IndexWriter(d, cfg)) {
        for (Credential c : sorted) {
          w.addDocument(document(c, taxonomy));
        }
        w.forceMerge(1);
        Map<String, String> data = new LinkedHashMap<>();
        data.put(KEY_FORMAT, FORMAT);
        data.put(KEY_FINGERPRINT, fingerprintSorted(sorted, taxonomy));
        data.put(KEY_TAXONOMY, taxonomy.version());
        data.put(KEY_COUNT, Integer.toString(sorted.size()));
        w.setLiveCommitData(data.entrySet());
        w.commit();
      }
      return new CredentialIndex(d, taxonomy);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** Lucene's own file names: segments_N, pending_segments_N, write.lock and _name.ext segment files. */
  private static final Pattern LUCENE_FILE =
      Pattern.compile("(pending_)?segments(_[a-z0-9]+)?|write\\.lock|_[a-z0-9]+(_.*)?\\..*");

  /**
   * Empties {@code dir} of a previous index, so that a rebuild writes the same file names as a first
   * build; refuses a folder holding anything else.
   */
  private static void clear(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> old;
    try (var files = Files.list(dir)) {
      old = files.toList();
    }
    for (Path f : old) {
      if (!Files.isRegularFile(f) || !LUCENE_FILE.matcher(f.getFileName().toString()).matches()) {
        throw new IOException(dir + ": holds " + f.getFileName() + ", which is not part of an index; build the"
            + " credential index in an empty or index-only folder");
      }
    }
    for (Path f : old) {
      Files.delete(f);
    }
  }

  /**
   * Opens the index already built in {@code dir}, without rebuilding anything; {@code taxonomy}
   * supplies the labels of gap skills for text matching and must be the one it was built with.
   *
   * @throws IOException when there is no credential index in {@code dir}, or it was built with another
   *     format or taxonomy version
   */
  public static CredentialIndex open(Path dir, Taxonomy taxonomy) throws IOException {
    Objects.requireNonNull(taxonomy, "taxonomy");
    FSDirectory d = FSDirectory.open(dir);
    try {
      return new CredentialIndex(d, taxonomy);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /**
   * Opens the index in {@code dir} when it was built from exactly these credentials and this
   * taxonomy (same {@link #fingerprint(List, Taxonomy) fingerprint}); otherwise, or when there is
   * none or it cannot be opened, builds it.
   */
  public static CredentialIndex openOrBuild(Path dir, List<Credential> credentials, Taxonomy taxonomy)
      throws IOException {
    String want = fingerprint(credentials, taxonomy);
    if (Files.isDirectory(dir)) {
      try {
        CredentialIndex existing = open(dir, taxonomy);
        if (want.equals(existing.fingerprint())) {
          return existing;
        }
        existing.close();
      } catch (IOException e) {
        // Missing, stale or foreign: rebuilt below.
      }
    }
    return build(dir, credentials, taxonomy);
  }

  /**
   * The SHA-256 of the index format, the taxonomy version and every credential (as JSON, in id
   * order): equal fingerprints mean the same index content.
   */
  public static String fingerprint(List<Credential> credentials, Taxonomy taxonomy) {
    return fingerprintSorted(sortedUnique(credentials), taxonomy);
  }

  private static String fingerprintSorted(List<Credential> sorted, Taxonomy taxonomy) {
    MessageDigest md = sha256();
    md.update((FORMAT + "\n" + taxonomy.version() + "\n").getBytes(StandardCharsets.UTF_8));
    for (Credential c : sorted) {
      md.update(json(c));
      md.update((byte) '\n');
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static List<Credential> sortedUnique(List<Credential> credentials) {
    List<Credential> sorted = new ArrayList<>(credentials);
    sorted.sort(Comparator.comparing(Credential::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("two credentials have the id " + sorted.get(i).id());
      }
    }
    return sorted;
  }

  private static byte[] json(Credential c) {
    try {
      return MAPPER.writeValueAsBytes(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document document(Credential c, Taxonomy taxonomy) {
    Document d = new Document();
    d.add(new StringField(ID, c.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ID_SORT, new BytesRef(c.id())));
    d.add(new TextField(TITLE, c.title(), Field.Store.NO));
    d.add(new TextField(DESCRIPTION, c.description(), Field.Store.NO));
    List<String> labels = new ArrayList<>();
    for (TaughtSkill s : c.skills()) {
      labels.add(s.label());
      d.add(new StringField(SKILL, s.conceptId(), Field.Store.NO));
      d.add(new SortedSetDocValuesField(SKILL, new BytesRef(s.conceptId())));
      // FeatureField needs a positive value; an inferred skill's confidence is its extractor score.
      d.add(new FeatureField(SKILL_CONF, s.conceptId(), (float) Math.max(1e-4, Math.min(1.0, s.confidence()))));
      if (s.source() == TaughtSkill.Source.INFERRED) {
        d.add(new StringField(SKILL_INFERRED, s.conceptId(), Field.Store.NO));
      }
      Optional<Concept> concept = taxonomy.byId(s.conceptId());
      if (concept.isPresent()) {
        String field = concept.get().type() == dev.skillgap.taxonomy.SkillType.SOFT ? SKILL_SOFT : SKILL_HARD;
        d.add(new StringField(field, s.conceptId(), Field.Store.NO));
      }
    }
    String labelText = String.join("\n", labels);
    d.add(new TextField(LABEL, labelText, Field.Store.NO));
    d.add(new TextField(TEXT, c.title() + "\n" + c.description() + "\n" + labelText, Field.Store.NO));
    d.add(new StringField(LEVEL, c.level().wireName(), Field.Store.YES));
    d.add(new StringField(FORMAT_FIELD, c.format(), Field.Store.YES));
    d.add(new StringField(CURRENCY, c.currency(), Field.Store.YES));
    d.add(new StringField(PROVIDER, c.provider(), Field.Store.YES));
    d.add(new StringField(SOURCE_FORMAT, c.sourceFormat(), Field.Store.YES));
    d.add(new StringField(LANGUAGE, c.language().isEmpty() ? UNKNOWN_LANGUAGE : c.language(), Field.Store.YES));
    if (c.hours() != null) {
      d.add(new DoublePoint(HOURS, c.hours()));
      d.add(new StoredField(HOURS, c.hours()));
    }
    if (c.cost() != null) {
      d.add(new DoublePoint(COST, c.cost()));
      d.add(new StoredField(COST, c.cost()));
    }
    d.add(new StoredField(JSON, json(c)));
    return d;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Number of credentials in the index. */
  public int size() {
    return reader.numDocs();
  }

  /** The fingerprint of the catalogue the index was built from. */
  public String fingerprint() {
    return commit.get(KEY_FINGERPRINT);
  }

  /**
   * Returns the credential with this id, exactly as it was indexed. Decoded credentials are kept in
   * memory (up to {@link #DECODED_CACHE} of them), since planning reads the same ones again and again.
   */
  public Optional<Credential> find(String id) {
    Optional<Credential> hit = decoded.get(id);
    if (hit != null) {
      return hit;
    }
    Optional<Credential> c = load(id);
    if (decoded.size() < DECODED_CACHE) {
      decoded.putIfAbsent(id, c);
    }
    return c;
  }

  private Optional<Credential> load(String id) {
    try {
      TopDocs td = searcher.search(new TermQuery(new Term(ID, id)), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      BytesRef b = searcher.storedFields().document(td.scoreDocs[0].doc, Set.of(JSON)).getBinaryValue(JSON);
      return Optional.of(MAPPER.readValue(b.bytes, b.offset, b.length, Credential.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the credential with this id, exactly as it was indexed.
   *
   * @throws NoSuchElementException when the index has no such credential
   */
  public Credential get(String id) {
    return find(id).orElseThrow(() -> new NoSuchElementException("no credential " + id + " in the index"));
  }

  /** Every credential id, in index (id) order. */
  public List<String> ids() {
    try {
      List<String> out = new ArrayList<>(reader.maxDoc());
      StoredFields sf = searcher.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        out.add(sf.document(doc, Set.of(ID)).get(ID));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the {@code k} credentials that best close the gap {@code gapWeights} (concept id to
   * weight), best first; see the class comment for the score. Weights that are not positive finite
   * numbers are ignored; an empty gap or {@code k <= 0} gives an empty list.
   */
  public List<CandidateCredential> candidates(Map<String, Double> gapWeights, int k) {
    return candidates(gapWeights, k, "");
  }

  /**
   * As {@link #candidates(Map, int)}, among the credentials taught in {@code language} (an ISO 639-1
   * code) or in a language the catalogue leaves unknown; every language when {@code language} is empty.
   */
  public List<CandidateCredential> candidates(Map<String, Double> gapWeights, int k, String language) {
    List<Map.Entry<String, Double>> gap = new ArrayList<>();
    for (Map.Entry<String, Double> e : gapWeights.entrySet()) {
      Double w = e.getValue();
      if (e.getKey() != null && w != null && Double.isFinite(w) && w > 0) {
        gap.add(Map.entry(e.getKey(), w));
      }
    }
    if (gap.isEmpty() || k <= 0 || reader.maxDoc() == 0) {
      return List.of();
    }
    gap.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    if (gap.size() > MAX_GAP_SKILLS) {
      gap = gap.subList(0, MAX_GAP_SKILLS);
    }
    // Lucene caps feature weights (64), so weights are scaled to at most 1 and scores scaled back.
    double scale = gap.get(0).getValue();
    try {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      Map<String, Query> textQueries = new LinkedHashMap<>();
      Map<String, TermStates> states = new HashMap<>();
      for (int i = 0; i < gap.size(); i++) {
        String id = gap.get(i).getKey();
        float w = (float) (gap.get(i).getValue() / scale);
        if (!(w > 0)) {
          continue;
        }
        Query byId = FeatureField.newLinearQuery(SKILL_CONF, id, w);
        Query text = i < MAX_TEXT_SKILLS ? textQuery(id, states) : null;
        if (text == null) {
          query.add(byId, BooleanClause.Occur.SHOULD);
        } else {
          textQueries.put(id, text);
          Query scaled = new BoostQuery(text, (float) (w * TEXT_WEIGHT));
          query.add(new DisjunctionMaxQuery(List.of(byId, scaled), 0f), BooleanClause.Occur.SHOULD);
        }
      }
      Query q = query.build();
      if (!language.isEmpty()) {
        q = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
            .add(new TermInSetQuery(LANGUAGE, List.of(new BytesRef(language), new BytesRef(UNKNOWN_LANGUAGE))),
                BooleanClause.Occur.FILTER).build();
      }
      TopDocs top = searcher.search(q, k);
      return explain(top, gap, textQueries, scale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lists, for each hit, the gap skills it teaches by id (from doc values) and those only its text
   * matches (one scorer per text query and segment, advanced over the hits in doc order).
   */
  private List<CandidateCredential> explain(TopDocs top, List<Map.Entry<String, Double>> gap,
      Map<String, Query> textQueries, double scale) throws IOException {
    ScoreDoc[] hits = top.scoreDocs;
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    List<Weight> weights = new ArrayList<>();
    List<String> textIds = new ArrayList<>(textQueries.keySet());
    for (Query q : textQueries.values()) {
      weights.add(searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    Map<String, Integer> rank = new HashMap<>();
    for (int g = 0; g < gap.size(); g++) {
      rank.put(gap.get(g).getKey(), g);
    }
    String[] ids = new String[hits.length];
    List<List<String>> matched = new ArrayList<>();
    List<List<String>> textMatched = new ArrayList<>();
    for (int i = 0; i < hits.length; i++) {
      matched.add(new ArrayList<>());
      textMatched.add(new ArrayList<>());
    }
    List<LeafReaderContext> leaves = reader.leaves();
    int from = 0;
    while (from < byDoc.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[byDoc[from]].doc, leaves));
      int to = from;
      while (to < byDoc.length && hits[byDoc[to]].doc < leaf.docBase + leaf.reader().maxDoc()) {
        to++;
      }
      SortedDocValues idValues = DocValues.getSorted(leaf.reader(), ID_SORT);
      SortedSetDocValues skillValues = DocValues.getSortedSet(leaf.reader(), SKILL);
      // Ordinal of each gap skill in this segment's skill doc values; absent skills are not taught here.
      Map<Long, String> gapOrds = new HashMap<>();
      for (Map.Entry<String, Double> g : gap) {
        long ord = skillValues.lookupTerm(new BytesRef(g.getKey()));
        if (ord >= 0) {
          gapOrds.put(ord, g.getKey());
        }
      }
      for (int j = from; j < to; j++) {
        int h = byDoc[j];
        int doc = hits[h].doc - leaf.docBase;
        if (idValues.advanceExact(doc)) {
          ids[h] = idValues.lookupOrd(idValues.ordValue()).utf8ToString();
        }
        if (skillValues.advanceExact(doc)) {
          for (int n = 0; n < skillValues.docValueCount(); n++) {
            String id = gapOrds.get(skillValues.nextOrd());
            if (id != null) {
              matched.get(h).add(id);
            }
          }
        }
      }
      for (int t = 0; t < weights.size(); t++) {
        Scorer scorer = weights.get(t).scorer(leaf);
        if (scorer == null) {
          continue;
        }
        DocIdSetIterator it = scorer.iterator();
        for (int j = from; j < to; j++) {
          int h = byDoc[j];
          int doc = hits[h].doc - leaf.docBase;
          int at = it.docID() < doc ? it.advance(doc) : it.docID();
          if (at == DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
          if (at == doc && !matched.get(h).contains(textIds.get(t))) {
            textMatched.get(h).add(textIds.get(t));
          }
        }
      }
      from = to;
    }
    List<CandidateCredential> out = new ArrayList<>(hits.length);
    Comparator<String> heaviestFirst = Comparator.comparingInt(rank::get);
    for (int h = 0; h < hits.length; h++) {
      matched.get(h).sort(heaviestFirst);
      textMatched.get(h).sort(heaviestFirst);
      out.add(new CandidateCredential(ids[h], hits[h].score * scale, matched.get(h), textMatched.get(h)));
    }
    return out;
  }

  /**
   * The text query of one skill: any of its surface forms with all its words present (all but one for
   * four words or more), each form scored by BM25 over {@code text} divided by the sum of its words'
   * idf; null when no form can match.
   */
  private Query textQuery(String conceptId, Map<String, TermStates> states) throws IOException {
    long docCount = Math.max(1, reader.getDocCount(TEXT));
    List<Query> alternatives = new ArrayList<>();
    for (List<String> words : forms.computeIfAbsent(conceptId, this::formsOf)) {
      if (alternatives.size() == MAX_FORMS) {
        break;
      }
      // Every word must occur, but one may be missing from a form of four words or more.
      int required = words.size() >= 4 ? words.size() - 1 : words.size();
      BooleanQuery.Builder all = new BooleanQuery.Builder().setMinimumNumberShouldMatch(required);
      double idfSum = 0;
      int present = 0;
      for (String t : words) {
        Term term = new Term(TEXT, t);
        TermStates ts = states.get(t);
        if (ts == null) {
          ts = TermStates.build(searcher, term, true);
          states.put(t, ts);
        }
        int df = ts.docFreq();
        idfSum += Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
        if (df > 0) {
          present++;
          all.add(new TermQuery(term, ts), BooleanClause.Occur.SHOULD);
        }
      }
      if (present >= required) {
        alternatives.add(new BoostQuery(all.build(), (float) (1.0 / Math.max(BM25_IDF_EPS, idfSum))));
      }
    }
    if (alternatives.isEmpty()) {
      return null;
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
  }

  /**
   * The analysed surface forms of a concept searched by text, distinct, of at most {@link
   * #MAX_FORM_WORDS} words: its preferred label, O*NET names and first alternative label, each
   * without a parenthesised qualifier. Empty for a concept the taxonomy does not have.
   */
  private List<List<String>> formsOf(String conceptId) {
    Optional<Concept> concept = taxonomy.byId(conceptId);
    if (concept.isEmpty()) {
      return List.of();
    }
    Concept c = concept.get();
    LinkedHashSet<String> labels = new LinkedHashSet<>();
    labels.add(strip(c.preferredLabel()));
    c.onetNames().forEach(n -> labels.add(strip(n)));
    if (!c.altLabels().isEmpty()) {
      labels.add(strip(c.altLabels().get(0)));
    }
    LinkedHashSet<List<String>> out = new LinkedHashSet<>();
    for (String label : labels) {
      List<String> words = analyze(label);
      if (!words.isEmpty() && words.size() <= MAX_FORM_WORDS) {
        out.add(List.copyOf(words));
      }
    }
    return List.copyOf(out);
  }

  /** A label without its parenthesised qualifier: "Python (computer programming)" is "Python". */
  private static String strip(String label) {
    String s = label.replaceAll("\\s*\\([^)]*\\)", "").trim();
    return s.isEmpty() ? label.toLowerCase(Locale.ROOT) : s;
  }

  private List<String> analyze(String s) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(TEXT, s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(out);
  }

  /**
   * A SHA-256 over the logical content of the index: every document in doc-id order with its
   * stored fields, and every indexed field's terms with their postings. Equal for two builds of the
   * same catalogue although their files differ (random segment ids).
   */
  public String contentChecksum() {
    try {
      MessageDigest md = sha256();
      StoredFields sf = searcher.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        for (var f : sf.document(doc)) {
          md.update(f.name().getBytes(StandardCharsets.UTF_8));
          BytesRef b = f.binaryValue();
          md.update(b != null ? BytesRef.deepCopyOf(b).bytes : String.valueOf(f.stringValue() != null
              ? f.stringValue() : f.numericValue()).getBytes(StandardCharsets.UTF_8));
        }
      }
      for (LeafReaderContext leaf : reader.leaves()) {
        for (var fi : leaf.reader().getFieldInfos()) {
          var terms = leaf.reader().terms(fi.name);
          if (terms == null) {
            continue;
          }
          md.update(fi.name.getBytes(StandardCharsets.UTF_8));
          var te = terms.iterator();
          PostingsEnum pe = null;
          for (BytesRef t = te.next(); t != null; t = te.next()) {
            md.update(t.bytes, t.offset, t.length);
            pe = te.postings(pe, PostingsEnum.FREQS);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
              md.update(java.nio.ByteBuffer.allocate(8).putInt(leaf.docBase + d).putInt(pe.freq()).array());
            }
          }
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the reader and the directory. */
  @Override
  public void close() throws IOException {
    try (directory; reader; analyzer) {
      // Closed in reverse order by try-with-resources.
    }
  }
}
