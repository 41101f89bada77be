package dev.skillgap.gap;

import dev.skillgap.cache.StripedLruCache;
import dev.skillgap.io.CuratedTable;
import dev.skillgap.taxonomy.Occupation;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Resolves a target role or posting title to an occupation: an ESCO occupation URI or an O*NET-SOC
 * code directly (O*NET codes go to the ESCO occupation the crosswalk gives, the one whose title
 * is closest; a 2019 code the crosswalk lacks goes through its 2010 predecessor, {@code
 * /gap/onet-soc-2019-esco.tsv}), and free text through a Lucene index of every ESCO and O*NET
 * occupation title, alternative title and reported title, after dropping seniority and noise words
 * ("Senior", "(m/f/d)", "- Night Shifts"). A field of work is read as its practitioner ("Data
 * Science" as data scientist); a single word that fits several occupations equally ("Sales") is
 * too general to resolve ({@link #tooGeneral}), unless all but one are senior variants ("HR": the
 * human resources officer, not the manager). Thread-safe.
 */
public final class RoleResolver {

  private static final Pattern ONET = Pattern.compile("\\d{2}-\\d{4}(\\.\\d{2})?");
  private static final Set<String> NOISE = Set.of("senior", "junior", "jr", "sr", "lead", "principal", "trainee",
      "apprentice", "graduate", "intern", "internship", "assistant", "head", "chief", "staff", "entry", "level",
      "mid", "experienced", "i", "ii", "iii", "iv", "m", "f", "d", "w", "x", "remote", "hybrid", "contract",
      "temporary", "permanent", "part", "full", "time", "night", "nights", "shift", "shifts", "days", "weekend",
      "weekends", "immediate", "start", "urgent", "new", "role", "job", "vacancy", "position", "team", "ft", "pt",
      "class", "cat", "category", "qualified", "registered", "certified");
  /** A searched title must share at least this share of its words with the occupation title it resolves to. */
  static final double MIN_OVERLAP = 0.6;
  /** Searched titles whose outcome is kept: postings repeat their titles, and a search reads up to 50 stored titles. */
  static final int MAX_CACHED_TITLES = 20_000;

  private final Taxonomy taxonomy;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexSearcher searcher;
  private final Map<String, Integer> exact = new HashMap<>();
  private final Map<String, List<Integer>> escoByOnet = new HashMap<>();
  private final StripedLruCache<Optional<ResolvedRole>> searched = new StripedLruCache<>(MAX_CACHED_TITLES, 16);
  /** ESCO occupation of an O*NET-SOC 2019 code the crosswalk lacks ({@code /gap/onet-soc-2019-esco.tsv}). */
  private final Map<String, Integer> escoBySoc2019 = new HashMap<>();

  /** A field of work's last word and its practitioner's: "Data Science" is what a data scientist does. */
  static final Map<String, String> PRACTITIONER = Map.ofEntries(Map.entry("science", "scientist"),
      Map.entry("sciences", "scientist"), Map.entry("engineering", "engineer"), Map.entry("designing", "designer"),
      Map.entry("design", "designer"), Map.entry("testing", "tester"), Map.entry("development", "developer"),
      Map.entry("analytics", "analyst"), Map.entry("programming", "programmer"),
      Map.entry("administration", "administrator"), Map.entry("management", "manager"),
      Map.entry("accounting", "accountant"), Map.entry("nursing", "nurse"), Map.entry("teaching", "teacher"),
      Map.entry("consulting", "consultant"));
  /** Words of an occupation's label that make it a senior variant of another. */
  private static final Set<String> SENIOR = Set.of("manager", "architect", "director", "head", "chief", "supervisor");
  /** ".NET" as people write it without the dot. */
  private static final Pattern DOTNET = Pattern.compile("(?i)\\bdot\\s?net\\b");

  public RoleResolver(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (int o = 0; o < taxonomy.occupations().size(); o++) {
          Occupation occ = taxonomy.occupation(o);
          List<String> titles = new ArrayList<>();
          titles.add(occ.preferredLabel());
          titles.addAll(occ.altLabels());
          for (String t : titles) {
            Document d = new Document();
            d.add(new TextField("title", t, Field.Store.NO));
            d.add(new StoredField("occ", o));
            d.add(new StoredField("text", t));
            w.addDocument(d);
            exact.putIfAbsent(key(t), o);
          }
          if (occ.isEsco()) {
            for (String code : occ.onetCodes()) {
              escoByOnet.computeIfAbsent(code, k -> new ArrayList<>()).add(o);
            }
          }
        }
        // ESCO labels win exact matches over O*NET titles of the same spelling
        for (int o = 0; o < taxonomy.occupations().size(); o++) {
          Occupation occ = taxonomy.occupation(o);
          if (occ.isEsco()) {
            exact.put(key(occ.preferredLabel()), o);
          }
        }
      }
      loadSoc2019();
      this.searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** Resolves {@code role}; empty when it is blank or nothing fits well enough. */
  public Optional<ResolvedRole> resolve(String role) {
    if (role == null || role.isBlank()) {
      return Optional.empty();
    }
    String r = role.trim();
    if (r.startsWith("http://data.europa.eu/esco/occupation/")) {
      int o = taxonomy.occupationIndexOf(r);
      return o < 0 ? Optional.empty() : Optional.of(resolved(o, "esco-uri", 1.0));
    }
    if (ONET.matcher(r).matches()) {
      String code = r.length() == 7 ? r + ".00" : r;
      Optional<Occupation> onet = taxonomy.onetOccupation(code);
      if (onet.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(resolved(escoFor(code, onet.get().preferredLabel()), "onet-code", 1.0));
    }
    r = DOTNET.matcher(r).replaceAll(".NET");
    Integer hit = exact.get(key(r));
    if (hit != null) {
      return Optional.of(resolved(toEsco(hit), "exact-title", 1.0));
    }
    Optional<ResolvedRole> found = searched.get(r);
    return found != null ? found : searched.putIfAbsent(r, searchTitle(r));
  }

  /** A free-text title that is no exact title: as a field's practitioner first, then as it is. */
  private Optional<ResolvedRole> searchTitle(String title) {
    String practitioner = practitioner(title);
    if (practitioner != null) {
      Integer hit = exact.get(key(practitioner));
      Optional<ResolvedRole> as = hit != null ? Optional.of(resolved(toEsco(hit), "field-title", 0.95))
          : search(practitioner, false, null).map(x -> new ResolvedRole(x.occupation(), x.id(), x.label(), "field-title",
              x.confidence()));
      if (as.isPresent()) {
        return as;
      }
    }
    return search(title, false, null);
  }

  /** "data scientist" for "Data Science": a title of two or more words whose last names a field; else null. */
  static String practitioner(String title) {
    String[] w = title.strip().split("\\s+");
    String last = w[w.length - 1].toLowerCase(Locale.ROOT);
    if (w.length < 2 || !PRACTITIONER.containsKey(last)) {
      return null;
    }
    w[w.length - 1] = PRACTITIONER.get(last);
    return String.join(" ", w);
  }

  /**
   * When {@code role} does not resolve because it is one word that several occupations fit equally
   * ("Sales", "Arts"), their labels, in index order; otherwise empty.
   */
  public List<String> tooGeneral(String role) {
    if (role == null || role.isBlank() || resolve(role).isPresent()) {
      return List.of();
    }
    List<Integer> ties = new ArrayList<>();
    search(DOTNET.matcher(role.trim()).replaceAll(".NET"), false, ties);
    List<String> out = new ArrayList<>();
    ties.forEach(o -> out.add(taxonomy.occupation(o).preferredLabel()));
    return out;
  }

  /**
   * Title search over all titles, or only ESCO ones; see {@link #MIN_OVERLAP}. A one-word title
   * that several occupations fit equally well resolves to the one that is no senior variant
   * ({@link #SENIOR}) when there is exactly one, else to none, and {@code ties} (when given)
   * receives them.
   */
  private Optional<ResolvedRole> search(String title, boolean escoOnly, List<Integer> ties) {
    List<String> words = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !NOISE.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        raw.add(w);
      }
    }
    for (String w : analyze(String.join(" ", raw))) {
      words.add(w);
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Integer hit = exact.get(key(String.join(" ", raw)));
    if (hit != null && (!escoOnly || taxonomy.occupation(hit).isEsco())) {
      return Optional.of(resolved(toEsco(hit), "exact-title", 0.95));
    }
    try {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (String w : new HashSet<>(words)) {
        q.add(new TermQuery(new Term("title", w)), BooleanClause.Occur.SHOULD);
      }
      ScoreDoc[] top = searcher.search(q.build(), 50).scoreDocs;
      double best = -1;
      int bestOcc = -1;
      Set<Integer> tied = new java.util.LinkedHashSet<>();
      for (ScoreDoc sd : top) {
        Document d = searcher.storedFields().document(sd.doc);
        if (escoOnly && !taxonomy.occupation(d.getField("occ").numericValue().intValue()).isEsco()) {
          continue;
        }
        List<String> titleWords = analyze(d.get("text"));
        int shared = 0;
        for (String w : new HashSet<>(words)) {
          if (titleWords.contains(w)) {
            shared++;
          }
        }
        double coverQuery = shared / (double) new HashSet<>(words).size();
        double coverTitle = shared / (double) Math.max(1, new HashSet<>(titleWords).size());
        double s = 0.7 * coverQuery + 0.3 * coverTitle;
        int occ = d.getField("occ").numericValue().intValue();
        if (coverQuery >= MIN_OVERLAP && s > best + 1e-9) {
          best = s;
          bestOcc = occ;
          tied.clear();
        }
        if (coverQuery >= MIN_OVERLAP && Math.abs(s - best) <= 1e-9) {
          tied.add(toEsco(occ));
        }
      }
      // one typed word, not one left after the noise words ("Shop Assistant (m/f/d)" is two)
      boolean oneWord = java.util.Arrays.stream(title.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).count() == 1;
      if (bestOcc >= 0 && oneWord && tied.size() > 1) {
        // a field named without seniority aims at its practitioner: "HR" is the officer, not the manager
        List<Integer> practitioners = tied.stream().filter(o -> java.util.Arrays.stream(
            taxonomy.occupation(o).preferredLabel().toLowerCase(Locale.ROOT).split("\\s+")).noneMatch(SENIOR::contains))
            .toList();
        if (practitioners.size() == 1) {
          return Optional.of(resolved(practitioners.get(0), "title-search", 0.5 + 0.45 * best));
        }
        if (ties != null) {
          ties.addAll(tied);
        }
        return Optional.empty(); // "Sales" fits a sales assistant and a sales representative alike: no pick is honest
      }
      return bestOcc < 0 ? Optional.empty() : Optional.of(resolved(toEsco(bestOcc), "title-search", 0.5 + 0.45 * best));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int toEsco(int occ) {
    Occupation o = taxonomy.occupation(occ);
    return o.isEsco() ? occ : escoFor(o.code(), o.preferredLabel());
  }

  /**
   * The ESCO occupation the crosswalk maps an O*NET code to, closest in title. The crosswalk
   * predates O*NET-SOC 2019, so for a code it lacks: the curated occupation of {@code
   * /gap/onet-soc-2019-esco.tsv}, else a search of ESCO titles for the O*NET title; the O*NET
   * occupation when none fits.
   */
  private int escoFor(String onetCode, String onetTitle) {
    List<Integer> esco = escoByOnet.getOrDefault(onetCode, List.of());
    if (esco.isEmpty()) {
      Integer curated = escoBySoc2019.get(onetCode);
      if (curated != null) {
        return curated;
      }
      // otherwise the O*NET title, singular, against ESCO titles
      Optional<ResolvedRole> byTitle = search(onetTitle.replaceAll("(?<=[a-z])s\\b", ""), true, null);
      if (byTitle.isPresent()) {
        return byTitle.get().occupation();
      }
      Optional<Occupation> onet = taxonomy.onetOccupation(onetCode);
      return onet.map(o -> taxonomy.occupationIndexOf(o.id())).orElse(-1);
    }
    List<String> want = analyze(onetTitle.replaceAll("s\\b", ""));
    int best = esco.get(0);
    int bestShared = -1;
    for (int o : esco) {
      List<String> t = analyze(taxonomy.occupation(o).preferredLabel());
      int shared = 0;
      for (String w : want) {
        if (t.contains(w)) {
          shared++;
        }
      }
      if (shared > bestShared) {
        bestShared = shared;
        best = o;
      }
    }
    return best;
  }

  /** Reads the curated table; a code that is not O*NET-SOC or a label that is no ESCO occupation fails with its line. */
  private void loadSoc2019() throws IOException {
    Map<String, Integer> escoByLabel = new HashMap<>();
    for (int o = 0; o < taxonomy.occupations().size(); o++) {
      if (taxonomy.occupation(o).isEsco()) {
        escoByLabel.put(taxonomy.occupation(o).preferredLabel(), o);
      }
    }
    for (CuratedTable.Line l : CuratedTable.read(RoleResolver.class, "/gap/onet-soc-2019-esco.tsv", 3,
        "2019 code<TAB>ESCO occupation<TAB>2019 title")) {
      String[] f = l.columns();
      Integer esco = escoByLabel.get(f[1]);
      if (!ONET.matcher(f[0]).matches() || esco == null) {
        throw new IOException("onet-soc-2019-esco.tsv: line " + l.number() + ": " + (esco == null
            ? "'" + f[1] + "' is no ESCO occupation" : f[0] + " is not an O*NET-SOC code"));
      }
      escoBySoc2019.put(f[0], esco);
    }
  }

  private ResolvedRole resolved(int occ, String method, double confidence) {
    Occupation o = taxonomy.occupation(occ);
    return new ResolvedRole(occ, o.id(), o.preferredLabel(), method, confidence);
  }

  private List<String> analyze(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("title", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
