package dev.skillgap.occupation;

import dev.skillgap.io.CuratedTable;
import dev.skillgap.taxonomy.Occupation;
import dev.skillgap.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every occupation title of the taxonomy, for resolving a phrase of a posting title to an ESCO
 * occupation in three ways, each asking for less agreement in wording than the one before and so
 * for more in other evidence:
 *
 * <ol>
 *   <li>{@link #exact}: the phrase is an ESCO title, preferred, alternative or hidden, that names
 *       one occupation. ESCO's alternative labels are loose ("team manager" is one of advanced nurse
 *       practitioner and of business manager, "account managers" of bank account manager): a title
 *       that several unrelated occupations share, or that ends other occupations' preferred labels,
 *       names none of them.
 *   <li>{@link #bridged}: the phrase is an O*NET title ("Staff Nurse" is an alternate title of
 *       Registered Nurses) of one O*NET occupation. O*NET says what family it is in, not which ESCO
 *       occupation: that must be one the crosswalk maps the family's code to, one of whose ESCO
 *       titles holds every word of the phrase but its ranks ("staff", "registered"); where several
 *       do, the one the crosswalk is surest of. Before, the first ESCO occupation of the code won,
 *       whatever the words: "Interaction Designer", an O*NET title of Special Effects Artists and
 *       Animators, became a special effects artist; now it reaches none of that family's ten.
 *   <li>{@link #searched}: an ESCO title holds every word of the phrase (as a field or a worker:
 *       "cardiology" is in "cardiologist"), is headed by the phrase's head noun, and adds only
 *       ranks ("qualified dental nurse" for "dental nurse"): a word that narrows the work ("cloud
 *       solutions engineer" for "solutions engineer") makes another occupation. The shortest such
 *       title wins; a tie between occupations resolves to none.
 * </ol>
 *
 * <p>The crosswalk is written against O*NET-SOC 2010. For the 2019 computer codes it lacks, {@code
 * /occupation/onet-soc-2019-esco.tsv} names the one ESCO occupation each stands for, chosen by hand (a
 * word search of ESCO titles sent Computer Programmers to a CNC machine operator): the code
 * resolves to it ({@link #representative}), and so does an O*NET title of the code that is a whole
 * title whose head is the occupation's ("Java Developer" of Computer Programmers is a software
 * developer), where {@link #bridged} otherwise wants an ESCO title with all its words. {@code
 * /occupation/title-readings.tsv} reads by hand the few titles the sources leave ambiguous ({@link
 * #reading}). For a field of work rather than a job ("Sales", "Hadoop"), {@link #fits} and {@link
 * #technology} say which occupations practise it.
 *
 * Built once per taxonomy; immutable after construction and so thread-safe.
 */
final class TitleIndex implements TitleVariants.Lexicon {

  /** Ranks and settings in {@link TitleWords#agent} form: the only words a searched title may add. */
  private static final Set<String> RANKS = new HashSet<>();

  static {
    for (Set<String> s : List.of(TitleVariants.LEADING_MODIFIERS, TitleVariants.TRAILING_MODIFIERS)) {
      for (String w : s) {
        RANKS.add(TitleWords.agent(TitleWords.singular(w)));
      }
    }
  }

  /** One ESCO title. */
  private record Label(int occupation, boolean preferred, Set<String> modifiers, Set<String> agents, String head,
      int length) {}

  private final Taxonomy taxonomy;
  private final Map<String, int[]> preferredByKey = new HashMap<>();
  private final Map<String, int[]> otherByKey = new HashMap<>();
  /** Word suffixes of preferred labels ("account manager" of "sales account manager") to their occupations. */
  private final Map<String, Set<Integer>> preferredEndings = new HashMap<>();
  private final Map<String, List<String>> onetByKey = new HashMap<>();
  /** O*NET codes to the head noun of their own title ("nurse" for Registered Nurses), where it has one. */
  private final Map<String, String> onetHeads = new HashMap<>();
  private final Map<String, List<Twin>> twinsByCode = new HashMap<>();
  private final List<Label> labels = new ArrayList<>();
  private final Map<Integer, List<Label>> labelsByOccupation = new HashMap<>();
  private final Map<Integer, Set<String>> keysByOccupation = new HashMap<>();
  private final Map<String, int[]> labelsByAgent = new HashMap<>();
  private final Set<String> vocabulary = new HashSet<>();
  private final Set<String> heads = new HashSet<>();
  /** Heads of ESCO preferred labels. */
  private final Set<String> preferredHeads = new HashSet<>();
  /** Adjacent word pairs of ESCO titles to the occupations whose titles have them, and how many titles. */
  private final Map<String, Set<Integer>> bigrams = new HashMap<>();
  private final Map<String, Integer> bigramLabels = new HashMap<>();
  /** Words of ESCO titles to how many titles have them. */
  private final Map<String, Integer> wordLabels = new HashMap<>();
  /** ESCO titles that are a field and a head, less the head ("database" of database designer), to occupations. */
  private final Map<String, Set<Integer>> byField = new HashMap<>();
  /** The heads of two-word ESCO titles ("tester" of software tester) to their occupations. */
  private final Map<String, Set<Integer>> byTwoWordHead = new HashMap<>();
  /** Words of O*NET titles to the codes of the O*NET occupations that have them. */
  private final Map<String, Set<String>> onetCodesByWord = new HashMap<>();
  /** ESCO occupations by preferred label; -1 for a label several share. */
  private final Map<String, Integer> escoByPreferred = new HashMap<>();
  /** O*NET-SOC 2019 codes the crosswalk lacks to their ESCO occupation ({@code /occupation/onet-soc-2019-esco.tsv}). */
  private final Map<String, Integer> soc2019 = new HashMap<>();
  /** Titles read by hand ({@code /occupation/title-readings.tsv}), in {@link TitleWords#of} form, to their ESCO occupation. */
  private final Map<String, Integer> readings = new HashMap<>();

  /**
   * An ESCO occupation an O*NET code may stand for: from the crosswalk, with its confidence, or
   * named by hand for a 2019 code ({@code curated}).
   */
  record Twin(int occupation, double confidence, boolean curated) {}

  /** The confidence a hand-named 2019 code's occupation has: the crosswalk's highest. */
  private static final double CURATED_CONFIDENCE = 2.0;

  TitleIndex(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    Map<String, Set<Integer>> pref = new HashMap<>();
    Map<String, Set<Integer>> other = new HashMap<>();
    Map<String, Set<String>> onet = new HashMap<>();
    Map<String, List<Integer>> agentPostings = new HashMap<>();
    Map<String, List<Twin>> crosswalk = new HashMap<>();
    for (int o = 0; o < taxonomy.occupations().size(); o++) {
      Occupation occ = taxonomy.occupation(o);
      if (occ.isEsco()) {
        escoByPreferred.merge(occ.preferredLabel().strip(), o, (a, b) -> -1);
        index(pref, occ.preferredLabel(), o, true, agentPostings);
        for (String t : occ.altLabels()) {
          index(other, t, o, false, agentPostings);
        }
        for (String t : occ.hiddenLabels()) {
          index(other, t, o, false, agentPostings);
        }
        for (String code : occ.onetCodes()) {
          crosswalk.computeIfAbsent(code, k -> new ArrayList<>()).add(new Twin(o, occ.crosswalkConfidence(), false));
        }
      } else {
        List<String> titles = new ArrayList<>(occ.altLabels());
        titles.add(occ.preferredLabel());
        List<String> own = TitleWords.raw(occ.preferredLabel());
        if (!own.contains("and")) { // Producers and Directors is headed by neither alone
          onetHeads.put(occ.code(), TitleWords.head(own));
        }
        for (String t : titles) {
          List<String> words = TitleWords.of(t);
          onet.computeIfAbsent(String.join(" ", words), k -> new LinkedHashSet<>()).add(occ.code());
          for (String w : words) {
            onetCodesByWord.computeIfAbsent(w, k -> new TreeSet<>()).add(occ.code());
          }
        }
      }
    }
    pref.forEach((k, v) -> preferredByKey.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    other.forEach((k, v) -> otherByKey.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    onet.forEach((k, v) -> onetByKey.put(k, List.copyOf(v)));
    agentPostings.forEach((k, v) -> labelsByAgent.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    loadCurated();
    for (Occupation occ : taxonomy.occupations()) {
      if (!occ.isEsco()) {
        List<Twin> twins = twins(occ, crosswalk);
        if (!twins.isEmpty()) {
          twinsByCode.put(occ.code(), twins);
        }
      }
    }
  }

  private void index(Map<String, Set<Integer>> byKey, String label, int occ, boolean preferred,
      Map<String, List<Integer>> agentPostings) {
    List<String> raw = TitleWords.raw(label);
    List<String> words = TitleWords.content(raw);
    if (words.isEmpty()) {
      return;
    }
    vocabulary.addAll(words);
    if (preferred || words.size() > 1) {
      heads.add(TitleWords.head(raw)); // not a lone alternative label: "consumer" of consumer electronics repair technician
    }
    if (preferred) {
      preferredHeads.add(TitleWords.head(raw));
    }
    byKey.computeIfAbsent(String.join(" ", words), k -> new LinkedHashSet<>()).add(occ);
    keysByOccupation.computeIfAbsent(occ, k -> new HashSet<>()).add(String.join(" ", words));
    for (String w : new HashSet<>(words)) {
      wordLabels.merge(w, 1, Integer::sum);
    }
    for (int i = 1; i < words.size(); i++) {
      String b = words.get(i - 1) + " " + words.get(i);
      bigrams.computeIfAbsent(b, k -> new HashSet<>()).add(occ);
      bigramLabels.merge(b, 1, Integer::sum);
    }
    String last = words.get(words.size() - 1);
    if (words.size() > 1 && last.equals(TitleWords.head(raw))) {
      byField.computeIfAbsent(String.join(" ", words.subList(0, words.size() - 1)), k -> new TreeSet<>()).add(occ);
      if (words.size() == 2) {
        byTwoWordHead.computeIfAbsent(last, k -> new TreeSet<>()).add(occ);
      }
    }
    for (int i = 1; preferred && i < words.size(); i++) {
      preferredEndings.computeIfAbsent(String.join(" ", words.subList(i, words.size())), k -> new HashSet<>()).add(occ);
    }
    Set<String> agents = agents(words);
    Set<String> modifiers = new HashSet<>();
    for (String w : words) {
      modifiers.add(TitleWords.modifier(w));
    }
    Label l = new Label(occ, preferred, Set.copyOf(modifiers), agents, TitleWords.agent(TitleWords.head(raw)),
        agents.size());
    int id = labels.size();
    labels.add(l);
    labelsByOccupation.computeIfAbsent(occ, k -> new ArrayList<>()).add(l);
    for (String a : agents) {
      agentPostings.computeIfAbsent(a, k -> new ArrayList<>()).add(id);
    }
  }

  /**
   * The ESCO occupations an O*NET occupation's titles may reach: those the crosswalk maps its code
   * to; else (an O*NET-SOC 2019 code the 2010-based crosswalk lacks) the one named by hand for it;
   * else (a detailed 2019 code) those of its parent
   * {@code .00} code; else the one whose ESCO title is the O*NET title ("Software Developers"),
   * as sure as a medium crosswalk match; else those whose ESCO title is one of the O*NET
   * occupation's alternate titles ("Accountant" of Accountants and Auditors), the more of them the
   * surer, up to that.
   */
  private List<Twin> twins(Occupation onet, Map<String, List<Twin>> crosswalk) {
    List<Twin> t = crosswalk.get(onet.code());
    Integer curated = soc2019.get(onet.code());
    if (t == null && curated != null) {
      return List.of(new Twin(curated, CURATED_CONFIDENCE, true));
    }
    if (t == null && !onet.code().endsWith(".00")) {
      t = crosswalk.get(onet.code().substring(0, 7) + ".00");
    }
    if (t != null) {
      return t;
    }
    int own = exact(TitleWords.of(onet.preferredLabel()));
    if (own >= 0) {
      return List.of(new Twin(own, 1.0, false));
    }
    Map<Integer, Integer> votes = new LinkedHashMap<>();
    for (String title : onet.altLabels()) {
      int e = exact(TitleWords.of(title));
      if (e >= 0) {
        votes.merge(e, 1, Integer::sum);
      }
    }
    int most = votes.values().stream().max(Integer::compare).orElse(0);
    List<Twin> out = new ArrayList<>();
    votes.forEach((e, n) -> out.add(new Twin(e, n / (double) most, false)));
    return out;
  }

  /**
   * Whether some ESCO occupation title has the word {@code w} ({@link TitleWords#of} form). O*NET's
   * titles are left out: they spell out acronyms ("CCU Nurse"), so nearly any ward or team code
   * would be known.
   */
  @Override
  public boolean known(String w) {
    return vocabulary.contains(w);
  }

  /**
   * Whether some ESCO occupation title is headed by {@code w} ({@link TitleWords#of} form), counting
   * only preferred labels and titles of two words or more: it names a kind of worker.
   */
  @Override
  public boolean names(String w) {
    return heads.contains(w);
  }

  /**
   * Whether an ESCO occupation's preferred label is headed by {@code w} ({@link TitleWords#of} form):
   * it is the name of a kind of worker, not only of a qualified one ("care coordinator (mental
   * health)" is headed by "health" as written, which names no worker).
   */
  boolean namesOccupation(String w) {
    return preferredHeads.contains(w);
  }

  /**
   * Whether {@code first second} is one term whose second word rarely stands without the first:
   * the titles of two occupations or more have it, and it is at least half of the titles with the
   * second word ("human resources": "resources" alone is another thing; not "online sales").
   */
  @Override
  public boolean compound(String first, String second) {
    String b = first + " " + second;
    return bigrams.getOrDefault(b, Set.of()).size() >= 2
        && 2 * bigramLabels.getOrDefault(b, 0) >= wordLabels.getOrDefault(second, Integer.MAX_VALUE);
  }

  /**
   * The ESCO occupation whose title {@code words} is, or -1 when none or when it is ambiguous. A
   * preferred label decides, unless several occupations share it. An alternative or hidden label
   * does not when another occupation's preferred label ends with it, unless that one is a narrower
   * occupation of its own ("intermodal logistics manager" of logistics and distribution manager):
   * it is then the common name of several ("account manager" is an alternative label of bank account manager, and ends sales
   * account manager and ICT account manager; "assistant" is one of secretary). Of several
   * occupations that have it, one decides when its preferred label ends with the title, or the title
   * with it ("network engineer": ICT network engineer, not ICT network technician; "product
   * marketing manager": marketing manager, not product manager), or when it is above the others in
   * ESCO's hierarchy ("warehouse operative": warehouse worker, not its narrower order picker).
   */
  int exact(List<String> words) {
    String key = String.join(" ", words);
    int[] p = preferredByKey.get(key);
    if (p != null) {
      return p.length == 1 ? p[0] : -1;
    }
    int[] owners = otherByKey.get(key);
    if (owners == null) {
      return -1;
    }
    Set<Integer> enders = preferredEndings.getOrDefault(key, Set.of());
    for (int e : enders) {
      if (Arrays.stream(owners).noneMatch(o -> o == e || below(e, o))) {
        return -1; // the common end of another occupation's preferred label: "assistant", "product specialist"
      }
    }
    if (owners.length == 1) {
      return owners[0];
    }
    int only = -1;
    for (int o : owners) {
      String pk = String.join(" ", TitleWords.of(taxonomy.occupation(o).preferredLabel()));
      if (enders.contains(o) || key.endsWith(" " + pk)) {
        if (only >= 0) {
          return -1;
        }
        only = o;
      }
    }
    return only >= 0 ? only : broadest(owners);
  }

  /** Whether ESCO occupation {@code a} is below {@code b} in ESCO's hierarchy: its code extends b's. */
  private boolean below(int a, int b) {
    return taxonomy.occupation(a).code().startsWith(taxonomy.occupation(b).code() + ".");
  }

  /** The one of {@code occs} whose ESCO code all the others' extend, or -1. */
  private int broadest(int[] occs) {
    for (int o : occs) {
      String code = taxonomy.occupation(o).code() + ".";
      if (Arrays.stream(occs).allMatch(x -> x == o || taxonomy.occupation(x).code().startsWith(code))) {
        return o;
      }
    }
    return -1;
  }

  /**
   * The ESCO occupation an O*NET title {@code words} reaches through the crosswalk (see the class
   * comment), or -1. {@code core} is the phrase without its rank words: all of it must be in one
   * ESCO title of the occupation. The occupation named by hand for a 2019 code is reached by a
   * {@code whole} title (the title's first part less its noise and ranks) that its preferred label's head
   * heads too and that ends no other occupation's preferred label: "Java Developer" and "Automation
   * Tester" are a software developer and tester, while "Firmware Engineer", an O*NET title of
   * Blockchain Engineers, is no blockchain developer, "Systems Administrator" of Network and
   * Computer Systems Administrators no ICT network administrator (it ends ICT system
   * administrator), and "Conversion Specialist" cut from a longer title nothing.
   */
  int bridged(List<String> words, List<String> core, String phraseHead, boolean whole) {
    List<String> codes = onetByKey.get(String.join(" ", words));
    if (codes == null || codes.stream().map(c -> c.substring(0, 7)).distinct().count() > 1) {
      return -1; // O*NET files the title under more than one occupation ("Research Analyst", "Charge Nurse")
    }
    if (words.size() == 1 && !codes.stream().allMatch(c -> words.get(0).equals(onetHeads.get(c)))) {
      return -1; // a bare word names an O*NET occupation only as its head: "Nurse", not "Administrator"
    }
    Map<Integer, Twin> candidates = new LinkedHashMap<>();
    for (String code : codes) {
      for (Twin t : twinsByCode.getOrDefault(code, List.of())) {
        candidates.merge(t.occupation(), t, (a, b) -> b.confidence() > a.confidence() ? b : a);
      }
    }
    Set<String> need = agents(core);
    String head = TitleWords.agent(phraseHead);
    Set<Integer> ending = preferredEndings.getOrDefault(String.join(" ", words), Set.of());
    int best = -1;
    double bestConfidence = -1;
    boolean tie = false;
    for (Twin c : candidates.values()) {
      boolean named = whole && c.curated() && head.equals(preferredHead(c.occupation()))
          && ending.stream().allMatch(e -> e == c.occupation());
      if (!named && !holds(c.occupation(), need)) {
        continue;
      }
      if (c.confidence() > bestConfidence) {
        best = c.occupation();
        bestConfidence = c.confidence();
        tie = false;
      } else if (c.confidence() == bestConfidence) {
        tie = true;
      }
    }
    return tie ? -1 : best;
  }

  /** The head of ESCO occupation {@code occ}'s preferred label ({@link TitleWords#agent} form), or null. */
  private String preferredHead(int occ) {
    return labelsByOccupation.getOrDefault(occ, List.of()).stream().filter(Label::preferred).map(Label::head)
        .findFirst().orElse(null);
  }

  /** Whether one ESCO title of occupation {@code occ} has every word of {@code need} and its head among them. */
  private boolean holds(int occ, Set<String> need) {
    for (Label l : labelsByOccupation.getOrDefault(occ, List.of())) {
      if (l.agents().containsAll(need) && need.contains(l.head())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ESCO occupation with the shortest title that has every word of {@code words}, its head
   * noun {@code phraseHead}, and no other words but ranks (see the class comment); -1 when none, or when
   * occupations tie. A one-word phrase only finds one-word titles ("cardiology", "cardiologist").
   */
  int searched(List<String> words, String phraseHead) {
    Set<String> q = agents(words);
    String head = TitleWords.agent(phraseHead);
    // only the head may match as a field or a worker: "mid market sales manager" is no marketing manager
    Set<String> modifiers = new HashSet<>();
    for (String w : words) {
      if (!w.equals(phraseHead)) {
        modifiers.add(TitleWords.modifier(w));
      }
    }
    int[] smallest = null;
    for (String a : q) {
      int[] p = labelsByAgent.get(a);
      if (p == null) {
        return -1;
      }
      if (smallest == null || p.length < smallest.length) {
        smallest = p;
      }
    }
    if (smallest == null) {
      return -1;
    }
    int best = Integer.MAX_VALUE;
    Set<Integer> bestOcc = new LinkedHashSet<>();
    Set<Integer> bestPreferred = new LinkedHashSet<>();
    for (int id : smallest) {
      Label l = labels.get(id);
      if (!l.agents().containsAll(q) || !l.head().equals(head) || (q.size() == 1 && l.length() > 1)
          || !onlyRanksBeyond(l, q) || !l.modifiers().containsAll(modifiers)) {
        continue;
      }
      if (l.length() < best) {
        best = l.length();
        bestOcc.clear();
        bestPreferred.clear();
      }
      if (l.length() == best) {
        bestOcc.add(l.occupation());
        if (l.preferred()) {
          bestPreferred.add(l.occupation());
        }
      }
    }
    int found = bestOcc.size() == 1 ? bestOcc.iterator().next() : bestPreferred.size() == 1
        ? bestPreferred.iterator().next() : -1;
    Set<Integer> ending = preferredEndings.getOrDefault(String.join(" ", words), Set.of());
    // as for exact titles: the phrase ends another occupation's preferred label ("educator", "account manager")
    return found >= 0 && !ending.isEmpty() && !ending.equals(Set.of(found)) ? -1 : found;
  }

  private static boolean onlyRanksBeyond(Label l, Set<String> q) {
    for (String a : l.agents()) {
      if (!q.contains(a) && !RANKS.contains(a)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code occ} may be what a post headed by {@code head} does in a field: any occupation
   * when no ESCO title is that word alone ("consultant", "fellow", "registrar"), else one of those
   * it is a title of. A physician in gerontology is a doctor, not a gerontologist (a sociologist).
   */
  boolean mayPractise(String head, int occ) {
    int[] p = preferredByKey.get(head);
    int[] a = otherByKey.get(head);
    if (p == null && a == null) {
      return true;
    }
    return p != null && Arrays.stream(p).anyMatch(o -> o == occ) || a != null && Arrays.stream(a).anyMatch(o -> o == occ);
  }

  /**
   * Whether a word left off a phrase names, with the whole phrase, the work of an ESCO occupation
   * other than {@code occ}: then the phrase without it is not the same work. "Event Producer" is
   * not a producer (film, music): "live event producer" is an event manager's title. "Field
   * Marketing Manager" is a marketing manager: no other occupation has a field marketing manager.
   */
  boolean claimedElsewhere(List<String> dropped, List<String> phrase, String phraseHead, int occ) {
    Set<String> need = agents(phrase);
    String head = TitleWords.agent(phraseHead);
    int[] withHead = labelsByAgent.getOrDefault(head, new int[0]);
    for (String d : dropped) {
      String a = TitleWords.agent(d);
      if (RANKS.contains(a)) {
        continue;
      }
      for (int id : withHead) {
        Label l = labels.get(id);
        if (l.occupation() != occ && l.head().equals(head) && l.agents().contains(a) && l.agents().containsAll(need)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The ESCO occupation that stands for an O*NET occupation named by its code, or -1 when none
   * maps: of the ESCO occupations its titles may reach, the one with most of its O*NET titles among
   * its own ESCO titles (Retail Salespersons' "Sales Associate", "Shop Assistant"...), then the one
   * the crosswalk is surest of, then the one sharing most words with the O*NET title. The
   * crosswalk's confidence alone would not do: it says how well an ESCO occupation fits the code,
   * not how typical of the code it is (a personal shopper fits Retail Salespersons surely).
   */
  int representative(Occupation onet) {
    Set<String> titles = new HashSet<>();
    titles.add(String.join(" ", TitleWords.of(onet.preferredLabel())));
    for (String t : onet.altLabels()) {
      titles.add(String.join(" ", TitleWords.of(t)));
    }
    List<String> want = TitleWords.of(onet.preferredLabel());
    int best = -1;
    double[] bestScore = null;
    for (Twin t : twinsByCode.getOrDefault(onet.code(), List.of())) {
      Set<String> keys = keysByOccupation.getOrDefault(t.occupation(), Set.of());
      long sharedTitles = keys.stream().filter(titles::contains).count();
      List<String> have = TitleWords.of(taxonomy.occupation(t.occupation()).preferredLabel());
      long sharedWords = want.stream().filter(have::contains).count();
      double[] score = {sharedTitles, t.confidence(), sharedWords};
      if (bestScore == null || Arrays.compare(score, bestScore) > 0) {
        bestScore = score;
        best = t.occupation();
      }
    }
    return best;
  }

  /** The ESCO occupation whose preferred label is {@code label}, or -1 when none or several have it. */
  int byPreferredLabel(String label) {
    Integer o = escoByPreferred.get(label);
    return o == null ? -1 : o;
  }

  /** The ESCO occupation {@code /occupation/title-readings.tsv} reads the title {@code words} as, or -1. */
  int reading(List<String> words) {
    return readings.getOrDefault(String.join(" ", words), -1);
  }

  /**
   * The ESCO occupations that practise the field {@code words} ("human resources", "sales"): those
   * with a title that is the field and a worker ("human resources officer"); for a field of one word
   * with a practitioner's word {@code practitioner} ("tester" for "testing"), also those with a title
   * of two words headed by it ("software tester"). Those whose preferred label is such a title come
   * first, each group in taxonomy order.
   */
  List<Integer> fits(List<String> words, String practitioner) {
    Set<Integer> all = new TreeSet<>(byField.getOrDefault(String.join(" ", words), Set.of()));
    if (words.size() == 1 && practitioner != null) {
      all.addAll(byTwoWordHead.getOrDefault(practitioner, Set.of()));
    }
    // those whose preferred label says so first: "Testing" is a software tester before a harpsichord maker
    List<Integer> out = new ArrayList<>();
    List<Integer> byOtherTitles = new ArrayList<>();
    for (int o : all) {
      List<String> p = TitleWords.of(taxonomy.occupation(o).preferredLabel());
      boolean named = p.size() == words.size() + 1 && p.subList(0, words.size()).equals(words)
          || words.size() == 1 && p.size() == 2 && p.get(1).equals(practitioner);
      (named ? out : byOtherTitles).add(o);
    }
    out.addAll(byOtherTitles);
    return List.copyOf(out);
  }

  /**
   * The ESCO occupation that stands for the one O*NET occupation whose titles have the word {@code
   * w}, when no ESCO title has it: a technology ESCO does not name ("hadoop": Apache Hadoop
   * Developer, a Software Developers title). -1 when ESCO knows the word, when it is an O*NET
   * title by itself (a worker: "Cardiographer"), when several O*NET occupations or none have it, or
   * when none of ESCO's stands for that one.
   */
  int technology(String w) {
    Set<String> codes = onetCodesByWord.getOrDefault(w, Set.of());
    if (known(w) || onetByKey.containsKey(w) || codes.size() != 1) {
      return -1;
    }
    return taxonomy.onetOccupation(codes.iterator().next()).map(this::representative).orElse(-1);
  }

  /**
   * Reads the hand-made tables: {@code /occupation/onet-soc-2019-esco.tsv} (code, ESCO occupation) and
   * {@code /occupation/title-readings.tsv} (title, ESCO occupation). A code that is no O*NET occupation,
   * or a label that is not one ESCO occupation's preferred label, fails with its line.
   */
  private void loadCurated() {
    try {
      for (CuratedTable.Line l : CuratedTable.read(TitleIndex.class, "/occupation/onet-soc-2019-esco.tsv", 3,
          "2019 code<TAB>ESCO occupation<TAB>2019 title")) {
        String code = l.columns()[0];
        if (taxonomy.onetOccupation(code).isEmpty()) {
          throw new IOException("onet-soc-2019-esco.tsv: line " + l.number() + ": " + code + " is no O*NET occupation");
        }
        soc2019.put(code, esco("onet-soc-2019-esco.tsv", l));
      }
      for (CuratedTable.Line l : CuratedTable.read(TitleIndex.class, "/occupation/title-readings.tsv", 3,
          "title<TAB>ESCO occupation<TAB>why")) {
        readings.put(String.join(" ", TitleWords.of(l.columns()[0])), esco("title-readings.tsv", l));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int esco(String table, CuratedTable.Line l) throws IOException {
    Integer o = escoByPreferred.get(l.columns()[1]);
    if (o == null || o < 0) {
      throw new IOException(table + ": line " + l.number() + ": '" + l.columns()[1] + "' is not one ESCO occupation");
    }
    return o;
  }

  private static Set<String> agents(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      out.add(TitleWords.agent(w));
    }
    return out;
  }
}
