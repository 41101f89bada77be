package dev.skillgap.gap;

import dev.skillgap.cache.StripedLruCache;
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
 * is closest), and free text through a Lucene index of every ESCO and O*NET occupation title,
 * alternative title and reported title, after dropping seniority and noise words ("Senior",
 * "(m/f/d)", "- Night Shifts"). Thread-safe.
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
    Integer hit = exact.get(key(r));
    if (hit != null) {
      return Optional.of(resolved(toEsco(hit), "exact-title", 1.0));
    }
    Optional<ResolvedRole> found = searched.get(r);
    return found != null ? found : searched.putIfAbsent(r, search(r, false));
  }

  /** Title search over all titles, or only ESCO ones; see {@link #MIN_OVERLAP}. */
  private Optional<ResolvedRole> search(String title, boolean escoOnly) {
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
        if (coverQuery >= MIN_OVERLAP && s > best + 1e-9) {
          best = s;
          bestOcc = d.getField("occ").numericValue().intValue();
        }
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

  /** The ESCO occupation the crosswalk maps an O*NET code to, closest in title; the O*NET occupation when none. */
  private int escoFor(String onetCode, String onetTitle) {
    List<Integer> esco = escoByOnet.getOrDefault(onetCode, List.of());
    if (esco.isEmpty()) {
      // the crosswalk predates O*NET-SOC 2019: try the O*NET title, singular, against ESCO titles
      Optional<ResolvedRole> byTitle = search(onetTitle.replaceAll("(?<=[a-z])s\\b", ""), true);
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
