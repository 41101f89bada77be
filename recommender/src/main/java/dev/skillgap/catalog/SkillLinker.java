package dev.skillgap.catalog;

import dev.skillgap.extract.ExtractedSkill;
import dev.skillgap.extract.Extraction;
import dev.skillgap.extract.SkillExtractor;
import dev.skillgap.extract.TagEvidence;
import dev.skillgap.extract.TagLink;
import dev.skillgap.extract.TagLinker;
import dev.skillgap.extract.TagNames;
import dev.skillgap.extract.TextKind;
import dev.skillgap.taxonomy.Concept;
import dev.skillgap.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links the skills a catalogue entry claims to taxonomy concepts, and infers skills for an entry
 * whose claims give none. Thread-safe.
 *
 * <ul>
 *   <li>A URI must be a concept id (ESCO URIs are compared with {@code http}, as ESCO mints them):
 *       {@link TaughtSkill.Source#ALIGNED}. An unknown URI is a warning; its target name, if any, is
 *       then linked as a name.
 *   <li>A name (a free-text tag, or a framework's own name such as an O*NET technology) is linked
 *       by {@link SkillExtractor#linkTag}, the extractor's mode for short tags: an exact name
 *       ({@link TagNames}: O*NET names, preferred labels, alternative labels of one concept only,
 *       loosely compared) has confidence 1 and is an alignment for a framework's name, a tag
 *       otherwise; any other link is a {@link TaughtSkill.Source#TAG} with its calibrated score. A
 *       link under {@link TagLinker#MIN_SCORE} is not kept but warned of, naming tag, concept and
 *       score; a name with no link at all is warned of too.
 *   <li>An entry whose claims give no skill (or that has none) gets up to {@link
 *       CatalogReader#MAX_INFERRED} skills: first those its title's topics name, linked as tags are
 *       ({@link #titleTopics}), then those scoring at least {@link CatalogReader#INFERRED_MIN_SCORE}
 *       inferred from its title and description (but for how a course is taught, {@link
 *       #DELIVERY_CONCEPTS} and languages, unless the title names them; and without idioms the
 *       extractor misreads, {@link #IDIOMS}) ({@link TaughtSkill.Source#INFERRED}); with a warning
 *       when it had claims. If that finds nothing in an English text, the best skill the extractor
 *       finds in its subject or category above the threshold is inferred, with a warning: a guitar
 *       course filed under "Musical Instruments" teaches something of musical instruments (the subject
 *       is linked as a tag is, as it names a field in a few words). If that
 *       gives nothing either, the entry is rejected.
 * </ul>
 *
 * <p>Without an extractor (a dry run) only URIs and exact names ({@link TagNames}) are linked: other names are left
 * unlinked without a warning, nothing is inferred, and no entry is rejected for want of skills.
 */
final class SkillLinker {

  private static final String ESCO_HTTPS = "https://data.europa.eu/esco/";
  private static final String ESCO_HTTP = "http://data.europa.eu/esco/";

  /**
   * Concepts course descriptions name when they say how a course is taught rather than what it
   * teaches: "video lectures" (perform lectures, address an audience) and "a final exam"
   * (administer exams). With the languages (ESCO group {@value #LANGUAGES_GROUP}: "taught in
   * English", "Chinese subtitles") they are inferred only from a title that names them.
   */
  static final Set<String> DELIVERY_CONCEPTS = Set.of(
      "http://data.europa.eu/esco/skill/3012a059-e062-4171-b37e-f9e7c7eb603e", // perform lectures
      "http://data.europa.eu/esco/skill/609a8ac1-9d29-4237-9886-596dbbe7ca8a", // address an audience
      "http://data.europa.eu/esco/skill/e952e573-6a42-4d57-ab9e-70902547cf48"); // administer exams
  /** The ESCO skills-hierarchy code of the languages. */
  static final String LANGUAGES_GROUP = "L1";

  /**
   * Idioms of course texts that the extractor reads as skills: "build an app from scratch" is not
   * the Scratch programming language. Removed from the text skills are inferred from, not from the
   * description shown.
   */
  private static final Pattern IDIOMS = Pattern.compile("(?i)\\bfrom\\s+scratch\\b");

  private final Taxonomy taxonomy;
  private final SkillExtractor extractor;
  /** Exact names, for a dry run, which has no extractor to link tags. */
  private final TagNames names;
  /** Concepts inferred only when the title names them: {@link #DELIVERY_CONCEPTS} and the languages. */
  private final Set<String> titleOnly = new HashSet<>();

  /** A linker that extracts with {@code extractor}, or links exact names only when it is null. */
  SkillLinker(Taxonomy taxonomy, SkillExtractor extractor) {
    this.taxonomy = taxonomy;
    this.extractor = extractor;
    this.names = extractor == null ? TagNames.of(taxonomy) : null;
    for (int i = 0; i < taxonomy.size(); i++) {
      boolean language = taxonomy.groupsOf(i).stream().anyMatch(g -> g.code().equals(LANGUAGES_GROUP));
      if (language || DELIVERY_CONCEPTS.contains(taxonomy.concept(i).id())) {
        titleOnly.add(taxonomy.concept(i).id());
      }
    }
  }

  /** Whether names are linked by extraction too and skills inferred (false for a dry run). */
  boolean extracts() {
    return extractor != null;
  }

  /** The concept with this id (an ESCO skill URI or an {@code onet-tech:} id). */
  Optional<Concept> byUri(String uri) {
    String u = uri.trim();
    if (u.startsWith(ESCO_HTTPS)) {
      u = ESCO_HTTP + u.substring(ESCO_HTTPS.length());
    }
    return taxonomy.byId(u);
  }

  /**
   * The best link of {@code name}: through the extractor's tag mode, or, in a dry run, its exact
   * name only. Empty when nothing links.
   */
  Optional<TagLink> tagLink(String name) {
    if (extractor != null) {
      return extractor.linkTag(name, 1).stream().findFirst();
    }
    return names.find(name).map(m -> new TagLink(m.concept(), taxonomy.concept(m.concept()), m.evidence(), name, 1.0,
        0, 0, 1.0, true));
  }

  /** True when a framework name or URI denotes O*NET. */
  static boolean isOnet(String framework) {
    if (framework == null) {
      return false;
    }
    String f = framework.toLowerCase(Locale.ROOT);
    return f.contains("o*net") || f.contains("onet");
  }

  /**
   * The skills of {@code d}: its claims linked, or when they give none, skills inferred from its
   * title and description. Claims that link to nothing, or too weakly, become warnings on {@code d}.
   *
   * @throws EntryRejected when nothing gives a skill
   */
  List<TaughtSkill> skills(EntryDraft d) throws EntryRejected {
    Map<String, TaughtSkill> skills = new LinkedHashMap<>();
    List<String> unlinked = new ArrayList<>();
    for (EntryDraft.Claim claim : d.claims) {
      TaughtSkill s = link(claim, d);
      if (s != null) {
        skills.putIfAbsent(s.conceptId(), s);
      } else {
        unlinked.add(claim.uri() == null ? "'" + claim.name() + "'"
            : claim.uri() + (claim.name().isEmpty() ? "" : " '" + claim.name() + "'"));
      }
    }
    if (!skills.isEmpty() || extractor == null) {
      return List.copyOf(skills.values());
    }
    String title = withoutIdioms(d.title);
    titleTopics(title, skills);
    Extraction e = extractor.extract(d.description.isBlank() ? title : title + ".\n" + withoutIdioms(d.description),
        TextKind.COURSE);
    for (ExtractedSkill s : e.skills()) {
      boolean inTitle = s.mentions().stream().anyMatch(m -> m.start() < title.length());
      if (titleOnly.contains(s.concept().id()) && !inTitle) {
        continue;
      }
      if (s.score() >= CatalogReader.INFERRED_MIN_SCORE && skills.size() < CatalogReader.MAX_INFERRED) {
        skills.putIfAbsent(s.concept().id(), new TaughtSkill(s.concept().id(), s.concept().preferredLabel(),
            TaughtSkill.Source.INFERRED, s.score(), ""));
      }
    }
    String claims = d.claims.size() + " alignment(s) and tag(s)";
    if (!skills.isEmpty()) {
      if (!d.claims.isEmpty()) {
        d.warn(CatalogWarning.Kind.SKILLS_INFERRED, "none of its " + claims + " links to a skill of the taxonomy, so its"
            + " skills were inferred from the title and description");
      }
      return List.copyOf(skills.values());
    }
    // A text that is not English says nothing to the extractor; its subject alone would load a
    // course in another language under a general skill, so it is rejected, saying why.
    boolean english = e.language().equals("en");
    TaughtSkill bySubject = english ? subjectSkill(d.subject) : null;
    if (bySubject != null) {
      d.warn(CatalogWarning.Kind.SKILLS_FROM_SUBJECT, "nothing in the " + (d.claims.isEmpty() ? "" : "alignments, tags,"
          + " ") + "title or description names a skill; its subject '" + d.subject + "' gives '" + bySubject.label() + "'");
      return List.of(bySubject);
    }
    String language = english ? "" : " (its text reads as language '" + e.language() + "', and skills are found in"
        + " English text only)";
    throw new EntryRejected(CatalogReject.Kind.NO_USABLE_SKILL, (d.claims.isEmpty() ? "no alignment or tag"
        : "none of its " + claims + " links to a skill of the taxonomy (" + String.join(", ", unlinked) + ")")
        + ", no skill could be inferred from the title and description" + language
        + (d.subject.isEmpty() || !english ? "" : ", and its subject '" + d.subject + "' names none"));
  }

  /**
   * Adds the skills the topics of {@code title} name ({@link CourseTitles#topics}), each linked as
   * a tag is and kept when the link reaches {@link TagLinker#MIN_SCORE}, as inferred skills with
   * the link's score and the topic as their name: a title names what a course teaches in a tag's
   * few words ("Introduction to Cybersecurity"), where its sentences describe the course. A
   * weak link is not kept ({@link #weakForTitle}).
   */
  private void titleTopics(String title, Map<String, TaughtSkill> skills) {
    List<String> topics = CourseTitles.topics(title);
    for (int i = 0; i < topics.size() && skills.size() < CatalogReader.MAX_INFERRED; i++) {
      Optional<TagLink> link = tagLink(topics.get(i));
      if (link.isEmpty() || !link.get().aboveThreshold() || weakForTitle(link.get())) {
        continue;
      }
      Concept c = link.get().concept();
      skills.putIfAbsent(c.id(), new TaughtSkill(c.id(), c.preferredLabel(), TaughtSkill.Source.INFERRED,
          link.get().score(), topics.get(i)));
    }
  }

  /**
   * Cosine a title topic linked by meaning alone needs to its concept's label. A declared skill is
   * meant as a skill; a title's words are often not ("Growth Mindset at Work" is not striving for
   * company growth, "Calligraphy" not epigraphy). Of 40 title links of the real catalogues read
   * (seed 2026), 22 linked by meaning alone: the 7 wrong ones all had a cosine under 0.8, and so
   * had 10 of the 15 right ones ("Photoshop para principiantes"), which the text may still give.
   */
  static final double TITLE_MIN_SIMILARITY = 0.8;

  /**
   * Whether {@code link} is too weak for a title topic: it matched only part of a form, or another
   * inflection of it (a declared "Excel" is Microsoft Excel, but a title's "Kinematics and Dynamics"
   * is no Microsoft Dynamics and its "Projects" no Microsoft Project), or it links by meaning alone
   * under {@link #TITLE_MIN_SIMILARITY}.
   */
  private static boolean weakForTitle(TagLink link) {
    return link.evidence() == TagEvidence.LEXICAL && link.lexical() < 1.0
        || link.evidence() == TagEvidence.SEMANTIC && link.similarity() < TITLE_MIN_SIMILARITY;
  }

  /** {@code text} without {@link #IDIOMS}. */
  static String withoutIdioms(String text) {
    return IDIOMS.matcher(text).replaceAll("");
  }

  /**
   * The skill a subject or category names, linked as a tag is and kept when the link reaches {@link
   * TagLinker#MIN_SCORE}, as an inferred skill with the link's score; null when there is none.
   */
  private TaughtSkill subjectSkill(String subject) {
    Optional<TagLink> link = subject.isEmpty() ? Optional.empty() : tagLink(subject);
    if (link.isEmpty() || !link.get().aboveThreshold()) {
      return null;
    }
    Concept c = link.get().concept();
    return new TaughtSkill(c.id(), c.preferredLabel(), TaughtSkill.Source.INFERRED, link.get().score(), "");
  }

  /** The skill {@code claim} links to, or null with a warning on {@code d} saying why not. */
  private TaughtSkill link(EntryDraft.Claim claim, EntryDraft d) {
    String name = claim.name();
    if (claim.uri() != null) {
      Optional<Concept> c = byUri(claim.uri());
      if (c.isPresent()) {
        return new TaughtSkill(c.get().id(), c.get().preferredLabel(), TaughtSkill.Source.ALIGNED, 1.0, name);
      }
      d.warn(CatalogWarning.Kind.ALIGNMENT_DROPPED, claim.uri() + " is not a skill of the taxonomy"
          + (name.isEmpty() ? "" : "; its name '" + name + "' is linked instead"));
      if (name.isEmpty()) {
        return null;
      }
    }
    if (name.isEmpty()) {
      d.warn(CatalogWarning.Kind.ALIGNMENT_DROPPED, "an alignment names neither a target nor a target name");
      return null;
    }
    Optional<TagLink> link = tagLink(name);
    if (link.isPresent() && link.get().evidence().exact()) {
      Concept c = link.get().concept();
      return new TaughtSkill(c.id(), c.preferredLabel(), claim.framework() && claim.uri() == null
          ? TaughtSkill.Source.ALIGNED : TaughtSkill.Source.TAG, 1.0, name);
    }
    if (extractor == null) {
      return null; // a dry run links exact names only, and says so on the catalogue
    }
    if (link.isEmpty()) {
      d.warn(CatalogWarning.Kind.TAG_UNLINKED, "'" + name + "' names no skill of the taxonomy");
      return null;
    }
    Concept c = link.get().concept();
    double score = link.get().score();
    if (!link.get().aboveThreshold()) {
      d.warn(CatalogWarning.Kind.TAG_WEAK, String.format(Locale.ROOT, "'%s' is closest to '%s' (%s) with score %.2f,"
          + " below %.2f; not kept", name, c.preferredLabel(), c.id(), score, TagLinker.MIN_SCORE));
      return null;
    }
    return new TaughtSkill(c.id(), c.preferredLabel(), TaughtSkill.Source.TAG, score, name);
  }
}
