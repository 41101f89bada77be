package dev.skillgap.synth;

import dev.skillgap.catalog.Credential;
import dev.skillgap.catalog.SyntheticCatalogue;
import dev.skillgap.occupation.ResolvedRole;
import dev.skillgap.occupation.RoleResolver;
import dev.skillgap.demand.WeekId;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.ConceptKind;
import dev.skillgap.taxonomy.Occupation;
import dev.skillgap.taxonomy.SkillType;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic synthetic postings, learners and credentials: each item is a pure function of
 * the seed and its index, so any item can be made without the ones before it. Postings recombine
 * the sample postings of the same occupation (prose, duty and requirement bullets) with sentences
 * built from the taxonomy labels of that occupation's essential and optional skills, and benefit
 * bullets from any sample, to about 3 KB; occupations are drawn with a skewed popularity, regions
 * and weeks evenly; about 1% of postings repost an earlier one (to exercise deduplication).
 *
 * <p>Each sentence is kept as the samples word it with probability {@code sampleWording}, and is
 * otherwise made the posting's own by a clause naming its employer or town ({@link #ownSentence}),
 * so that about 30% of sentences recur across postings by default, as in real feeds, rather than
 * nearly all of them (the sample pool is small). Caches then meet as much new text as in a real week.
 */
public final class SyntheticInputs {

  /** Target length of a posting's plain text, in characters. */
  public static final int POSTING_CHARS = 3000;
  /** Share of postings that repeat an earlier posting's title and text. */
  public static final double REPOST_SHARE = 0.01;
  /**
   * Default probability that a sentence keeps the samples' wording. It makes about 30% of sentences
   * repeat an earlier posting's ({@link SentenceRepetition}; 0.33 over 400 postings, seed 7): fewer
   * than half, since a sample sentence's first use is no repeat and the skill sentences vary. Real
   * feeds repeat an employer's boilerplate and stock phrases, but most of a posting is its own: of
   * the sentences of the distinct postings in {@code ../shared/data}, 7% recur within SkillSpan's
   * 198 postings, 21% within the careers CSV's 860 and 39% within the health job board's 4,927 (a
   * fifth of its feed, with many trusts' boilerplate).
   */
  public static final double DEFAULT_SAMPLE_WORDING = 0.5;

  private static final String[] COMPANY_A = {"Northwind", "Bluefield", "Harbourside", "Pebblepath", "Kestrel", "Oakridge",
      "Silverline", "Brightwater", "Meridian", "Foxglove", "Ironbridge", "Larkspur", "Riverton", "Summit", "Westmoor",
      "Ashgrove", "Copperleaf", "Highgate", "Redwood", "Stonebridge"};
  private static final String[] COMPANY_B = {"Logistics Ltd", "Health Group", "Software B.V.", "Analytics GmbH",
      "Care Services", "Engineering plc", "Retail Group", "Digital", "Hospitality Ltd", "Finance Partners",
      "Manufacturing", "Consulting", "Systems Inc.", "Foods Ltd", "Energy"};
  private static final String[] FIRST = {"Aisha", "Tom", "Priya", "Lukas", "Chloe", "Mateo", "Sofia", "Jonas", "Amara",
      "Wei", "Fatima", "Oliver", "Noor", "Daniel", "Elena", "Kwame", "Hannah", "Ravi", "Lena", "Samuel"};
  private static final String[] LAST = {"Rahman", "Whitfield", "Nair", "Becker", "Martin", "Garcia", "Rossi", "Jansen",
      "Okafor", "Zhang", "Haddad", "Smith", "Khan", "Novak", "Ivanova", "Mensah", "Schmidt", "Patel", "Dubois", "Evans"};
  private static final String[] SOFT = {"team player", "good communicator", "attention to detail", "problem solving",
      "time management", "customer focus", "adaptable", "leadership"};
  private static final String[] SOFT_SENTENCES = {"Excellent written and verbal communication skills.",
      "You work well in a team and share what you know.", "A methodical approach and strong attention to detail.",
      "Able to prioritise your workload and meet deadlines.", "Calm under pressure and good at solving problems.",
      "Comfortable explaining technical topics to non-specialists."};
  private static final String[] EMPLOYMENT = {"FULL_TIME", "FULL_TIME", "FULL_TIME", "PART_TIME", "CONTRACTOR",
      "TEMPORARY"};

  private final long seed;
  private final List<PostingTemplate> templates;
  private final Taxonomy taxonomy;
  /** Occupation index per template, or -1 when its title resolves to none. */
  private final int[] occupationOf;
  /** Templates of the same occupation (or title) as each template. */
  private final List<List<Integer>> groupOf;
  private final List<String> benefits;
  private final List<Concept> skillPool;
  private final int[] fallback;
  private final double sampleWording;

  /** A generator whose sentences keep the samples' wording with the {@link #DEFAULT_SAMPLE_WORDING default} probability. */
  public SyntheticInputs(long seed, List<PostingTemplate> templates, Taxonomy taxonomy, RoleResolver roles) {
    this(seed, templates, taxonomy, roles, DEFAULT_SAMPLE_WORDING);
  }

  /**
   * A generator over {@code templates} (see {@link SampleTemplates}), linking titles with {@code roles}.
   *
   * @param sampleWording the probability, in [0, 1], that a sentence is worded as in the samples
   *     rather than made the posting's own; 1 recombines the samples verbatim
   */
  public SyntheticInputs(long seed, List<PostingTemplate> templates, Taxonomy taxonomy, RoleResolver roles,
      double sampleWording) {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no posting templates");
    }
    if (!(sampleWording >= 0 && sampleWording <= 1)) {
      throw new IllegalArgumentException("sample wording must be a probability in [0, 1]: " + sampleWording);
    }
    this.sampleWording = sampleWording;
    this.seed = seed;
    this.taxonomy = taxonomy;
    // a seeded order, so that which occupations are popular depends on the seed, not on file names
    List<PostingTemplate> shuffled = new ArrayList<>(templates);
    java.util.Collections.shuffle(shuffled, new Random(seed));
    this.templates = List.copyOf(shuffled);
    occupationOf = new int[this.templates.size()];
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    List<String> allBenefits = new ArrayList<>();
    for (int i = 0; i < occupationOf.length; i++) {
      PostingTemplate t = this.templates.get(i);
      occupationOf[i] = roles.resolve(t.title()).map(ResolvedRole::occupation).orElse(-1);
      String key = occupationOf[i] >= 0 ? "o" + occupationOf[i] : "t" + t.title().toLowerCase(Locale.ROOT);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      allBenefits.addAll(t.benefits());
    }
    groupOf = new ArrayList<>();
    for (int i = 0; i < occupationOf.length; i++) {
      String key = occupationOf[i] >= 0 ? "o" + occupationOf[i] : "t" + this.templates.get(i).title().toLowerCase(Locale.ROOT);
      groupOf.add(List.copyOf(groups.get(key)));
    }
    benefits = allBenefits.isEmpty() ? List.of("Pension scheme", "25 days' holiday plus bank holidays")
        : List.copyOf(new LinkedHashSet<>(allBenefits));
    LinkedHashSet<Concept> pool = new LinkedHashSet<>();
    for (int i = 0; i < occupationOf.length; i++) {
      if (occupationOf[i] >= 0) {
        for (int c : taxonomy.occupation(occupationOf[i]).essentialSkills()) {
          pool.add(taxonomy.concept(c));
        }
      }
    }
    if (pool.isEmpty()) {
      taxonomy.concepts().stream().limit(500).forEach(pool::add);
    }
    skillPool = List.copyOf(pool);
    fallback = skillPool.stream().limit(200).mapToInt(c -> taxonomy.indexOf(c.id())).toArray();
  }

  private Random random(String kind, long index) {
    return new Random(seed * 0x9E3779B97F4A7C15L + kind.hashCode() * 1_000_003L + index);
  }

  /** Template index drawn with a skewed popularity: the first templates far more often than the last. */
  private int template(Random r) {
    return (int) (templates.size() * Math.pow(r.nextDouble(), 2));
  }

  /** The {@code i}-th posting, dated inside one of {@code weeks} (each week equally likely). */
  public SyntheticPosting posting(long i, List<WeekId> weeks) {
    Random r = random("posting", i);
    WeekId week = weeks.get(r.nextInt(weeks.size()));
    String date = week.sunday().minusDays(r.nextInt(7)).toString();
    String id = String.format(Locale.ROOT, "syn-%08d", i);
    if (i > 10 && r.nextDouble() < REPOST_SHARE) {
      SyntheticPosting original = posting(r.nextInt((int) Math.min(i, Integer.MAX_VALUE)), weeks);
      return new SyntheticPosting(id, original.title(), original.company(), original.city(), original.region(),
          original.country(), date, original.employmentType(), original.salary(), original.sections());
    }
    int ti = template(r);
    PostingTemplate t = templates.get(ti);
    PostingTemplate place = templates.get(r.nextInt(templates.size()));
    String company = COMPANY_A[r.nextInt(COMPANY_A.length)] + " " + COMPANY_B[r.nextInt(COMPANY_B.length)];
    List<Integer> group = groupOf.get(ti);
    List<String> pool = new ArrayList<>();
    for (int g : group) {
      pool.addAll(templates.get(g).requirements());
    }
    java.util.Collections.shuffle(pool, r);
    LinkedHashSet<String> used = new LinkedHashSet<>();
    List<SyntheticPosting.Section> sections = new ArrayList<>();
    List<String> about = new ArrayList<>();
    for (String p : t.paragraphs()) {
      about.add(t.company().isBlank() ? p : p.replace(t.company(), company));
    }
    if (about.isEmpty()) {
      about.add(company + " is hiring a " + t.title() + " to join a growing team.");
    }
    sections.add(new SyntheticPosting.Section("About us", about, false));
    List<String> duties = take(pool, used, 4 + r.nextInt(3));
    sections.add(new SyntheticPosting.Section("What you'll do", duties, true));
    List<String> wanted = take(pool, used, 3 + r.nextInt(3));
    int occ = occupationOf[ti];
    int[] essential = skillsOf(occ);
    int[] optional = occ >= 0 ? taxonomy.occupation(occ).optionalSkills() : new int[0];
    for (int k = 0, n = 2 + r.nextInt(3); k < n && essential.length > 0; k++) {
      addSentence(wanted, used, taxonomy.concept(essential[r.nextInt(essential.length)]), r, false);
    }
    wanted.add(SOFT_SENTENCES[r.nextInt(SOFT_SENTENCES.length)]);
    sections.add(new SyntheticPosting.Section("What we're looking for", wanted, true));
    List<String> nice = new ArrayList<>();
    int[] nicePool = optional.length > 0 ? optional : essential;
    for (int k = 0, n = 1 + r.nextInt(2); k < n && nicePool.length > 0; k++) {
      addSentence(nice, used, taxonomy.concept(nicePool[r.nextInt(nicePool.length)]), r, true);
    }
    if (!nice.isEmpty()) {
      sections.add(new SyntheticPosting.Section("Nice to have", nice, true));
    }
    List<String> offer = new ArrayList<>();
    for (int k = 0, n = 3 + r.nextInt(3); k < n; k++) {
      String b = benefits.get(r.nextInt(benefits.size()));
      if (!offer.contains(b)) {
        offer.add(b);
      }
    }
    sections.add(new SyntheticPosting.Section("What we offer", offer, true));
    sections.add(new SyntheticPosting.Section("How to apply", List.of("Apply through our careers page with your CV; "
        + "we reply to every applicant within ten working days."), false));
    // pad to about 3 KB with more of the occupation's requirements and skill sentences
    SyntheticPosting p = build(id, t, company, place, date, r, sections);
    while (p.plainText().length() < POSTING_CHARS) {
      List<String> more = take(pool, used, 1);
      if (more.isEmpty() && essential.length > 0) {
        addSentence(more, used, taxonomy.concept(essential[r.nextInt(essential.length)]), r, false);
      }
      if (more.isEmpty()) {
        more.add(SOFT_SENTENCES[r.nextInt(SOFT_SENTENCES.length)]);
        if (!used.add(more.get(0))) {
          break;
        }
      }
      wanted.addAll(more);
      sections.set(2, new SyntheticPosting.Section("What we're looking for", wanted, true));
      p = build(id, t, company, place, date, r, sections);
    }
    return p;
  }

  /** The occupation's essential skills, else its optional ones, else the most demanded skills overall. */
  private int[] skillsOf(int occ) {
    if (occ >= 0) {
      Occupation o = taxonomy.occupation(occ);
      if (o.essentialSkills().length > 0) {
        return o.essentialSkills();
      }
      if (o.optionalSkills().length > 0) {
        return o.optionalSkills();
      }
    }
    return fallback;
  }

  private SyntheticPosting build(String id, PostingTemplate t, String company, PostingTemplate place, String date,
      Random r, List<SyntheticPosting.Section> sections) {
    return new SyntheticPosting(id, t.title(), company, place.city(), place.region(), place.country(), date,
        EMPLOYMENT[Math.floorMod(id.hashCode(), EMPLOYMENT.length)], place.salary(), own(id, sections, company,
            place.city()));
  }

  /** Sentence ends: a sentence ends at . ! or ? followed by white space. */
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?])\\s+");

  /**
   * {@code sections} with each sentence kept with probability {@link #sampleWording} and otherwise
   * made the posting's own; decided by a generator seeded by the posting and the sentence's place,
   * so building the same posting again gives the same text.
   */
  private List<SyntheticPosting.Section> own(String id, List<SyntheticPosting.Section> sections, String company,
      String city) {
    if (sampleWording >= 1) {
      return sections;
    }
    List<SyntheticPosting.Section> out = new ArrayList<>(sections.size());
    for (int si = 0; si < sections.size(); si++) {
      SyntheticPosting.Section sec = sections.get(si);
      List<String> lines = new ArrayList<>(sec.lines().size());
      for (int li = 0; li < sec.lines().size(); li++) {
        String[] sentences = SENTENCE_END.split(sec.lines().get(li));
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < sentences.length; k++) {
          Random r = random("sentence:" + id, ((long) si << 40) | ((long) li << 20) | k);
          String x = r.nextDouble() < sampleWording ? sentences[k] : ownSentence(sentences[k], r, company, city);
          b.append(k == 0 ? "" : " ").append(x);
        }
        lines.add(b.toString());
      }
      out.add(new SyntheticPosting.Section(sec.heading(), lines, sec.bullets()));
    }
    return out;
  }

  /**
   * Clauses that tie a sentence to one employer and town ({company}, {city}); with 20 x 15
   * employers and the samples' towns, a sentence so rewritten seldom recurs in another posting.
   */
  private static final String[] OWN_CLAUSES = {", at our {city} site", " for {company}", ", across our {city} services",
      " (based in {city})", ", supporting the {company} team", " within {company}'s {city} office",
      ", working with colleagues in {city}", " as part of {company} in {city}", ", for clients of {company}",
      " - {city} and surrounding area"};

  /** {@code sentence} with a clause naming the employer or town before its final punctuation. */
  static String ownSentence(String sentence, Random r, String company, String city) {
    String clause = OWN_CLAUSES[r.nextInt(OWN_CLAUSES.length)].replace("{company}", company)
        .replace("{city}", city == null || city.isBlank() ? "head-office" : city);
    String s = sentence.stripTrailing();
    int end = s.length();
    while (end > 0 && ".!?:;".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end) + clause + s.substring(end);
  }

  private static List<String> take(List<String> pool, LinkedHashSet<String> used, int n) {
    List<String> out = new ArrayList<>();
    for (String s : pool) {
      if (out.size() >= n) {
        break;
      }
      if (used.add(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static void addSentence(List<String> out, LinkedHashSet<String> used, Concept c, Random r, boolean nice) {
    String s = sentence(c, r, nice);
    if (used.add(s)) {
      out.add(s);
    }
  }

  /** A requirement sentence naming a concept by one of its labels, phrased by the concept's kind. */
  static String sentence(Concept c, Random r, boolean nice) {
    List<String> forms = new ArrayList<>();
    forms.add(c.preferredLabel());
    forms.addAll(c.altLabels());
    String l = forms.get(r.nextDouble() < 0.7 ? 0 : r.nextInt(forms.size()));
    String[] options;
    if (c.kind() == ConceptKind.SKILL && c.type() == SkillType.HARD) {
      options = nice ? new String[] {"Bonus if you can " + l + ".", "Ideally you are able to " + l + "."}
          : new String[] {"Proven ability to " + l + ".", "You will " + l + " as part of the team.",
              "Must be able to " + l + "."};
    } else if (c.kind() == ConceptKind.SKILL) {
      options = nice ? new String[] {"It helps if you " + l + "."}
          : new String[] {"You " + l + ".", "We value people who " + l + "."};
    } else if (c.kind() == ConceptKind.TECHNOLOGY) {
      options = nice ? new String[] {"Experience with " + l + " is a plus.", "Some exposure to " + l + "."}
          : new String[] {"Hands-on experience with " + l + ".", "Essential: working knowledge of " + l + "."};
    } else {
      options = nice ? new String[] {"Familiarity with " + l + " is desirable."}
          : new String[] {"Knowledge of " + l + ".", "A solid understanding of " + l + " is essential."};
    }
    return options[r.nextInt(options.length)];
  }

  /** Skills the catalogue teaches, the most demanded first (essential skills of popular occupations). */
  public List<Concept> skillPool() {
    return skillPool;
  }

  /** {@code n} credentials aligned to the skill pool (see {@link SyntheticCatalogue}). */
  public List<Credential> credentials(int n) {
    return new SyntheticCatalogue(skillPool).credentials(n, seed);
  }

  /** The {@code j}-th learner; badges are drawn from {@code credentialIds} (may be empty). */
  public SyntheticLearner learner(long j, List<String> credentialIds) {
    Random r = random("learner", j);
    int ti = template(r);
    PostingTemplate t = templates.get(ti);
    int occ = occupationOf[ti];
    Occupation o = occ >= 0 ? taxonomy.occupation(occ) : null;
    String id = String.format(Locale.ROOT, "SYN-L%07d", j);
    String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    double roleKind = r.nextDouble();
    String target;
    if (o != null && roleKind < 0.1) {
      target = o.id();
    } else if (o != null && roleKind < 0.2 && !o.onetCodes().isEmpty()) {
      target = o.onetCodes().get(0);
    } else {
      target = (r.nextDouble() < 0.3 ? "junior " : "") + t.title().toLowerCase(Locale.ROOT);
    }
    LinkedHashSet<String> declared = new LinkedHashSet<>();
    int[] essential = skillsOf(occ);
    for (int k = 0, n = 1 + r.nextInt(5); k < n && essential.length > 0; k++) {
      Concept c = taxonomy.concept(essential[r.nextInt(essential.length)]);
      declared.add(c.altLabels().isEmpty() || r.nextDouble() < 0.6 ? c.preferredLabel()
          : c.altLabels().get(r.nextInt(c.altLabels().size())));
    }
    for (int k = 0, n = r.nextInt(3); k < n; k++) {
      declared.add(SOFT[r.nextInt(SOFT.length)]);
    }
    String cv = null;
    if (r.nextDouble() < 0.7) {
      PostingTemplate past = templates.get(groupOf.get(ti).get(r.nextInt(groupOf.get(ti).size())));
      StringBuilder b = new StringBuilder(name).append("\n\nProfile\n")
          .append("Motivated ").append(past.title().toLowerCase(Locale.ROOT))
          .append(" looking for the next step in my career.\n\nExperience\n")
          .append(COMPANY_A[r.nextInt(COMPANY_A.length)]).append(' ').append(COMPANY_B[r.nextInt(COMPANY_B.length)])
          .append(", ").append(2015 + r.nextInt(8)).append("-2026\n");
      List<String> lines = new ArrayList<>(past.requirements());
      java.util.Collections.shuffle(lines, r);
      lines.stream().limit(2 + r.nextInt(4)).forEach(l -> b.append("- ").append(l).append('\n'));
      b.append("\nSkills\n").append(String.join(", ", declared)).append('\n');
      cv = b.toString();
    }
    List<String> badges = new ArrayList<>();
    for (int k = 0, n = credentialIds.isEmpty() ? 0 : r.nextInt(3); k < n; k++) {
      String c = credentialIds.get(r.nextInt(credentialIds.size()));
      if (!badges.contains(c)) {
        badges.add(c);
      }
    }
    return new SyntheticLearner(id, name, target, cv, List.copyOf(declared), badges);
  }
}
