package dev.skillgap.occupation;

import dev.skillgap.cache.StripedLruCache;
import dev.skillgap.taxonomy.Occupation;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a target role or posting title to an ESCO occupation. An ESCO occupation URI resolves
 * to itself and an O*NET-SOC code to the ESCO occupation that stands for it ({@link
 * TitleIndex#representative}); a title is
 * cut into the phrases it may name its occupation by ({@link TitleVariants}: bands, grades,
 * contract words, places, bracketed notes and seniority dropped, slash alternatives split) and
 * each phrase is looked up among the taxonomy's titles ({@link TitleIndex}: ESCO titles exactly,
 * O*NET titles through the crosswalk, then ESCO titles that hold every word of it). A title that
 * reaches no occupation, or several equally, stays unresolved: a posting counted under the wrong
 * occupation misleads an adviser, one counted under none does not.
 *
 * <p>Learners name their target as a field as often as a job (a CV export's categories): a title
 * that is nothing but a field is read as its practitioner ({@link #field}: "Data Science" as data
 * scientist, "HR" as human resources officer, "Hadoop" as software developer), and one that several
 * occupations practise alike is {@link #tooGeneral} ("Sales", "Database"). The few titles the
 * taxonomy's sources leave ambiguous are read by hand ({@code /occupation/title-readings.tsv}: "Advocate").
 * Thread-safe.
 */
public final class RoleResolver {

  private static final Pattern ONET = Pattern.compile("\\d{2}-\\d{4}(\\.\\d{2})?");
  /** An ESCO occupation URI as ESCO writes it: its UUID and nothing else. */
  private static final Pattern ESCO_OCCUPATION = Pattern.compile("http://data\\.europa\\.eu/esco/occupation/[0-9a-f]{8}"
      + "-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  /** Searched titles whose outcome is kept: postings repeat their titles. */
  static final int MAX_CACHED_TITLES = 20_000;
  /** A field of work's last word and its practitioner's: "Data Science" is what a data scientist does. */
  static final Map<String, String> PRACTITIONER = Map.ofEntries(Map.entry("science", "scientist"),
      Map.entry("sciences", "scientist"), Map.entry("engineering", "engineer"), Map.entry("designing", "designer"),
      Map.entry("design", "designer"), Map.entry("testing", "tester"), Map.entry("development", "developer"),
      Map.entry("analytics", "analyst"), Map.entry("programming", "programmer"),
      Map.entry("administration", "administrator"), Map.entry("management", "manager"),
      Map.entry("accounting", "accountant"), Map.entry("nursing", "nurse"), Map.entry("teaching", "teacher"),
      Map.entry("consulting", "consultant"));
  /**
   * Words of an occupation's preferred label that make it a senior or assisting variant of a field's
   * practitioner: "HR" is the human resources officer, not the manager or the assistant.
   */
  private static final Set<String> RANKED = Set.of("manager", "architect", "director", "head", "chief", "supervisor",
      "assistant");
  /** How a role that is nothing but a field is written: one part, without brackets, dashes or alternatives. */
  private static final Pattern ONE_PART = Pattern.compile("[\\p{L}\\p{N}&.+#' ]+");

  private final Taxonomy taxonomy;
  private final TitleIndex index;
  private final StripedLruCache<Optional<ResolvedRole>> searched = new StripedLruCache<>(MAX_CACHED_TITLES, 16);

  public RoleResolver(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.index = new TitleIndex(taxonomy);
  }

  /**
   * Whether {@code role}, trimmed, is an occupation's identifier (an ESCO occupation URI or an
   * O*NET-SOC code), which holds nothing personal: a reader that removes links and phone numbers
   * from a learner's text must keep it, or the role is lost.
   */
  public static boolean isOccupationId(String role) {
    String r = role == null ? "" : role.strip();
    return ESCO_OCCUPATION.matcher(r).matches() || ONET.matcher(r).matches();
  }

  /**
   * Resolves {@code role}, an ESCO occupation URI, an O*NET-SOC code or a title; empty when it is
   * blank or nothing fits well enough. The same text always gives the same outcome.
   */
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
      return onet.map(o -> resolved(escoFor(o), "onet-code", 1.0));
    }
    Optional<ResolvedRole> found = searched.get(r);
    return found != null ? found : searched.putIfAbsent(r, text(r));
  }

  /** A title's occupation: as a title, else as a field. */
  private Optional<ResolvedRole> text(String r) {
    Optional<ResolvedRole> t = title(r);
    return t.isPresent() ? t : field(r);
  }

  /**
   * A title that names a field of work ({@link #isField}), read as its practitioner: "Data Science" as
   * the title "data scientist"; else the one occupation that practises the field, but for its senior
   * and assisting variants ({@link #RANKED}); else, for one word ESCO lacks, the occupation of the
   * O*NET titles that have it ("Hadoop"). Method {@code field-title}, which the learner's notes show.
   */
  private Optional<ResolvedRole> field(String role) {
    if (!isField(role)) {
      return Optional.empty();
    }
    String p = practitioner(role);
    if (p != null) {
      Optional<ResolvedRole> as = title(p);
      if (as.isPresent()) {
        return Optional.of(resolved(as.get().occupation(), "field-title", Math.min(0.95, as.get().confidence())));
      }
    }
    List<Integer> fits = fits(role);
    List<Integer> practitioners = fits.size() == 1 ? fits
        : fits.stream().filter(o -> TitleWords.raw(taxonomy.occupation(o).preferredLabel()).stream()
            .noneMatch(RANKED::contains)).toList();
    if (practitioners.size() == 1) {
      return Optional.of(resolved(practitioners.get(0), "field-title", 0.75));
    }
    List<String> words = TitleWords.of(role);
    int o = words.size() == 1 ? index.technology(words.get(0)) : -1;
    return o >= 0 ? Optional.of(resolved(o, "field-title", 0.7)) : Optional.empty();
  }

  /**
   * Whether {@code role} is nothing but a field: one part, no word that names a worker ("Director of
   * Nursing", "Product Analyst, Data Science" are posts) and no rank or setting ("Clinical Lead").
   */
  private boolean isField(String role) {
    return ONE_PART.matcher(role).matches() && TitleWords.of(role).stream().noneMatch(w -> index.namesOccupation(w)
        || TitleVariants.LEADING_MODIFIERS.contains(w) || TitleVariants.TRAILING_MODIFIERS.contains(w));
  }

  /** The occupations that practise the field {@code role} names ({@link TitleIndex#fits}). */
  private List<Integer> fits(String role) {
    List<String> words = TitleWords.of(role);
    if (words.isEmpty()) {
      return List.of();
    }
    String practitioner = words.size() == 1 ? PRACTITIONER.get(words.get(0)) : null;
    return index.fits(words, practitioner == null ? null : TitleWords.singular(practitioner));
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
   * When {@code role} does not resolve because several occupations practise the field it names alike
   * ("Sales", "Arts"), their labels in {@link TitleIndex#fits} order; otherwise empty.
   */
  public List<String> tooGeneral(String role) {
    if (role == null || role.isBlank() || resolve(role).isPresent()) {
      return List.of();
    }
    List<Integer> fits = isField(role.trim()) ? fits(role.trim()) : List.of();
    List<String> out = new ArrayList<>();
    if (fits.size() >= 2) {
      fits.forEach(o -> out.add(taxonomy.occupation(o).preferredLabel()));
    }
    return out;
  }

  /**
   * A title's occupation: its first part as read by hand ({@link TitleIndex#reading}: "Advocate",
   * "Senior Advocate", not "Patient Advocate"); else each tier of its phrases in turn, and within a
   * tier an exact ESCO title before an O*NET title before a searched one, since each asks for less
   * agreement in wording.
   */
  private Optional<ResolvedRole> title(String title) {
    List<TitleVariants.Phrase> phrases = TitleVariants.of(title, index);
    int read = phrases.isEmpty() ? -1 : reading(phrases.get(0).words());
    if (read >= 0) {
      return Optional.of(resolved(read, "title-reading", 0.9));
    }
    for (int tier = 0, from = 0; from < phrases.size(); tier++) {
      int to = from;
      while (to < phrases.size() && phrases.get(to).tier() == tier) {
        to++;
      }
      List<TitleVariants.Phrase> these = phrases.subList(from, to);
      for (int i = 0; i < these.size(); i++) {
        int o = kept(these.get(i), index.exact(these.get(i).words()));
        if (o >= 0 && tier >= 2 && these.get(i).words().size() == 1 && !index.names(these.get(i).head())) {
          o = -1; // a later part's lone word ("Consumers", "Design") is a team, unless it names a worker
        }
        if (o >= 0) {
          // the whole first phrase is the title as written, less its noise
          return Optional.of(resolved(o, "exact-title", tier == 0 && i == 0 ? 1.0 : 0.95));
        }
      }
      for (TitleVariants.Phrase p : these) {
        // the title as written, less its noise and ranks ("Senior Java Developer"), not a part cut from it
        boolean whole = tier == 0 && core(p.words()).equals(core(phrases.get(0).words()));
        int o = kept(p, index.bridged(p.words(), core(p.words()), p.head(), whole));
        if (o >= 0) {
          return Optional.of(resolved(o, "onet-title", 0.85));
        }
      }
      for (TitleVariants.Phrase p : tier == 0 || tier == 1 || tier == 3 ? these : List.<TitleVariants.Phrase>of()) {
        // searched in the title's first part and its field only: later parts name teams and products.
        // One word left when the end is cut off may be a modifier of a misspelt worker: "Pharmacy Techncian"
        if (tier == 1 && p.words().size() == 1 && !p.after().isEmpty()) {
          continue;
        }
        int o = kept(p, index.searched(p.words(), p.head()));
        if (o >= 0) {
          return Optional.of(resolved(o, "title-search", 0.75));
        }
      }
      from = to;
    }
    return medicalPost(title);
  }

  /**
   * The hand reading of a title's first part ({@link TitleIndex#reading}): as written, then without
   * its ranks ("Nursing Associate" is read whole, "Senior Advocate" as "Advocate"); -1 when none.
   */
  private int reading(List<String> words) {
    int read = index.reading(words);
    return read >= 0 ? read : index.reading(core(words));
  }

  /**
   * A title no ESCO or O*NET title reaches that names a doctor's post ({@link MedicalPosts}): a
   * general practitioner or a specialised doctor, the only two doctors ESCO has. Method {@code medical-post}.
   */
  private Optional<ResolvedRole> medicalPost(String title) {
    int o = switch (MedicalPosts.of(TitleWords.of(title))) {
      case GENERAL_PRACTITIONER -> index.byPreferredLabel("general practitioner");
      case SPECIALISED_DOCTOR -> index.byPreferredLabel("specialised doctor");
      case NONE -> -1;
    };
    return o < 0 ? Optional.empty() : Optional.of(resolved(o, "medical-post", 0.8));
  }

  /**
   * {@code occ}, or -1 when it is none or ruled out: by the words a tier-1 phrase left off, when they
   * name another occupation's work with its head; for a field, by the post it qualifies.
   */
  private int kept(TitleVariants.Phrase p, int occ) {
    if (occ < 0 || p.dropped().isEmpty()) {
      return occ;
    }
    if (p.tier() >= 3) {
      return index.mayPractise(p.before().get(p.before().size() - 1), occ) ? occ : -1;
    }
    return index.claimedElsewhere(p.dropped(), p.words(), p.head(), occ) ? -1 : occ;
  }

  /**
   * {@code words} without the words that rank a post ("staff nurse" is a nurse), or all of them if
   * that is all. Settings stay: a clinical educator is not any educator.
   */
  private static List<String> core(List<String> words) {
    List<String> core = new ArrayList<>(words);
    core.removeIf(w -> TitleVariants.RANKS.contains(w) || TitleVariants.TRAILING_MODIFIERS.contains(w));
    return core.isEmpty() ? words : core;
  }

  /** The ESCO occupation that stands for an O*NET occupation named by code; the O*NET one when none maps. */
  private int escoFor(Occupation onet) {
    int e = index.representative(onet);
    return e >= 0 ? e : taxonomy.occupationIndexOf(onet.id());
  }

  private ResolvedRole resolved(int occ, String method, double confidence) {
    Occupation o = taxonomy.occupation(occ);
    return new ResolvedRole(occ, o.id(), o.preferredLabel(), method, confidence);
  }
}
