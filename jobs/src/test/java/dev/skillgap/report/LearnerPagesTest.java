package dev.skillgap.report;

import static dev.skillgap.report.ReportFixtures.ANALYST;
import static dev.skillgap.report.ReportFixtures.SQL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillgap.demand.RoleDemand;
import dev.skillgap.rank.LearnerView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearnerPagesTest {

  static final ObjectMapper JSON = new ObjectMapper();
  final ReportInput in = ReportFixtures.week(false);

  LearnerView doc(int i) {
    return in.learners().get(i);
  }

  static LearnerView withDemand(LearnerView v, int postings, RoleDemand.Basis basis) {
    return new LearnerView(v.learnerId(), v.roleInput(), v.role(), v.status(), v.skills(),
        new LearnerView.Demand(postings, basis), v.summary(), v.gap(), v.strengths(), v.soft(), v.gapTotal(),
        v.uncovered(), v.recommendations(), v.notes());
  }

  /** {@code v} with its first credential's hours, cost and currency replaced. */
  static LearnerView withFirstPrice(LearnerView v, Double hours, Double cost, String currency) {
    List<LearnerView.Recommendation> recs = new ArrayList<>(v.recommendations());
    LearnerView.Recommendation r = recs.get(0);
    recs.set(0, new LearnerView.Recommendation(r.rank(), r.credentialId(), r.title(), r.provider(), hours, cost,
        currency, r.level(), r.language(), r.url(), r.aboutRole(), r.hoursEstimate(), r.covers(), r.gain(),
        r.gapRemaining()));
    return new LearnerView(v.learnerId(), v.roleInput(), v.role(), v.status(), v.skills(), v.demand(), v.summary(),
        v.gap(), v.strengths(), v.soft(), v.gapTotal(), v.uncovered(), recs, v.notes());
  }

  @Test
  void openBadgesListsEachRecommendedAchievementWithItsAlignments() throws Exception {
    String expected = ("{'@context':'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json','learnerId':'L1',"
        + "'week':'2026-W48','targetRole':{'id':'ANALYST','label':'data analyst'},'recommended':["
        + "{'rank':1,'gain':0.6,'gapRemaining':0.25,'closes':[{'uri':'SQL','label':'SQL',"
        + "'why':'SQL: asked for in 100% of data analyst postings'}],'achievement':{'id':'https://a.example/sql',"
        + "'type':['Achievement'],'achievementType':'MicroCredential','name':'SQL for Data Analysis',"
        + "'description':'Query databases.','criteria':{'narrative':'Complete SQL for Data Analysis with Academy A.'},"
        + "'creator':{'id':'urn:skillgap:provider:Academy+A','type':['Profile'],'name':'Academy A'},"
        + "'url':'https://a.example/sql','alignment':["
        + "{'type':['Alignment'],'targetName':'SQL','targetUrl':'SQL','targetFramework':'ESCO v1.1.1',"
        + "'targetType':'ceterms:Skill'},"
        + "{'type':['Alignment'],'targetName':'Kubernetes','targetUrl':'onet-tech:kubernetes',"
        + "'targetFramework':'O*NET 29.2','targetType':'ceterms:Skill'}]}},"
        + "{'rank':2,'gain':0.2,'gapRemaining':0.0,'closes':[{'uri':'onet-tech:kubernetes','label':'Kubernetes',"
        + "'why':'Kubernetes: asked for in 33% of data analyst postings (you have part of it)'}],'achievement':{"
        + "'id':'urn:skillgap:credential:c-kube','type':['Achievement'],'achievementType':'MicroCredential',"
        + "'name':'Containers in a Day','description':'Containers in a Day',"
        + "'criteria':{'narrative':'Complete Containers in a Day with Academy B.'},"
        + "'creator':{'id':'urn:skillgap:provider:Academy+B','type':['Profile'],'name':'Academy B'},"
        + "'alignment':[{'type':['Alignment'],'targetName':'Kubernetes','targetUrl':'onet-tech:kubernetes',"
        + "'targetFramework':'O*NET 29.2','targetType':'ceterms:Skill'}]}}]}")
        .replace('\'', '"').replace("\"ANALYST\"", "\"" + ANALYST + "\"").replace("\"SQL\",\"label\"", "\"" + SQL
            + "\",\"label\"").replace("\"targetUrl\":\"SQL\"", "\"targetUrl\":\"" + SQL + "\"");
    String ob = LearnerPages.openBadges("2026-W48", doc(0), in.credentials()::get);
    assertEquals(JSON.readTree(expected), JSON.readTree(ob));
    assertTrue(ob.endsWith("}\n"));
  }

  @Test
  void pageShowsXOfNTheSharesMetRankedCredentialsAndEachStatusList() throws Exception {
    String page = LearnerPages.html("2026-W48", doc(0));
    assertTrue(page.contains("<p class=\"sub\">Target role: <strong>data analyst</strong> (asked for as "
        + "\u201cjunior data analyst\u201d)</p>"), page);
    assertTrue(page.contains("<p>2 credentials, about 22 hours in all; together they close 100% of the gap.</p>"));
    assertTrue(page.contains("<tr><td>1</td><td><a href=\"https://a.example/sql\" rel=\"noopener noreferrer\">SQL for "
        + "Data Analysis</a><br><span class=\"muted\">Academy A \u00b7 foundation</span></td><td><ul><li>SQL: asked for "
        + "in 100% of data analyst postings</li></ul></td><td class=\"num\">20</td><td class=\"num\">149.00 GBP</td>"
        + "<td class=\"num\">25%</td></tr>"), page);
    assertTrue(page.contains("<tr><td>2</td><td>Containers in a Day<br><span class=\"muted\">Academy B \u00b7 "
        + "foundation</span></td><td><ul><li>Kubernetes: asked for in 33% of data analyst postings (you have part of it)"
        + "</li></ul></td><td class=\"num\">2</td><td class=\"num\">free</td><td class=\"num\">0%</td></tr>"), page);
    assertTrue(page.contains("<p class=\"summary\">You have <strong>1 of the 3 skills</strong> employers ask most for "
        + "in data analyst postings, and part of 1 more. You meet 40% of what employers ask for in them; the credentials "
        + "below would bring that to 90%.</p>"), page);
    assertTrue(page.contains("<h2>Skills you already have that employers want</h2>\n<ul class=\"skills\"><li>python "
        + "<span class=\"muted\">(hard, in 50% of postings)</span></li></ul>\n"
        + "<h2>Skills to strengthen: your profile shows part of them</h2>\n<ul class=\"skills\"><li>Kubernetes "
        + "<span class=\"muted\">(hard, in 33% of postings)</span></li></ul>\n"
        + "<h2>Skills missing from your profile</h2>\n<ul class=\"skills\"><li>SQL "
        + "<span class=\"muted\">(hard, in 100% of postings)</span></li></ul>\n"
        + "<h2>Employers also ask for; not shown in your CV \u2014 confirm or develop</h2>\n<ul class=\"skills\">"
        + "<li>teamwork <span class=\"muted\">(soft, in 33% of postings)</span></li></ul>\n"), page);
    assertTrue(page.contains("<a href=\"../index.html\">Weekly report 2026-W48</a>"));
    assertTrue(LearnerPages.html("2026-W48", withDemand(doc(0), 0, RoleDemand.Basis.ESCO_ESSENTIAL)).contains("<p class=\"summary\">You have <strong>1 of the 3 skills"
        + "</strong> ESCO lists as essential for data analyst (those its job family shares first; no posting for this role asks "
        + "for a skill yet), and part of 1 more. You meet 40% of what ESCO asks for in them; the credentials below "
        + "would bring that to 90%.</p>"));
    assertTrue(LearnerPages.html("2026-W48", withDemand(doc(0), 1, RoleDemand.Basis.ESCO_ESSENTIAL)).contains("(those its job family shares first; its one posting is"
        + " too few to show what employers ask for)"));
    assertTrue(LearnerPages.html("2026-W48", withDemand(doc(0), 4, RoleDemand.Basis.ESCO_ESSENTIAL)).contains("(those its job family shares first; no hard skill is asked"
        + " for by 2 and one in ten of its 4 postings)"));
    String nurse = LearnerPages.html("2026-W48", doc(2));
    assertTrue(nurse.contains("<td class=\"num\">~12.5 (estimated)</td><td class=\"num\">unknown</td>"
        + "<td class=\"num\">10%</td>"), nurse);
    // a catalogue's minutes as hours, and a price without its currency, as a learner reads them
    LearnerView minutes = withFirstPrice(doc(0), 0.5167, 200.0, "");
    String short_ = LearnerPages.html("2026-W48", minutes);
    assertTrue(short_.contains("<p>2 credentials, about 2.5 hours in all;"), short_);
    assertTrue(short_.contains("<td class=\"num\">0.5</td><td class=\"num\">200.00 (currency not given)</td>"), short_);
    assertEquals("37.5", LearnerPages.hours(37.5167));
    assertEquals("22", LearnerPages.hours(22));
    String none = LearnerPages.html("2026-W48", doc(3));
    assertTrue(none.contains("<strong>astronaut (not recognised)</strong>"));
    assertTrue(none.contains("<p>No credential to recommend (status: unknown-role).</p>"));
    String blank = LearnerPages.html("2026-W48", ReportFixtures.doc("L5", "", null, null, List.of(), List.of()));
    assertTrue(blank.contains("<p class=\"sub\">Target role: <strong>none given</strong></p>"), blank);
  }
}
