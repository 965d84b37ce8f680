using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Search.Answering;
using NewsBot.Search.Answering.Ranking;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering.Ranking;

/// <summary>
/// The lead model's view of a candidate (<see cref="LeadFeatures"/>, <see cref="LeadChoice"/>): against its article's
/// other candidates, and by the question's words its headline and opening passage lack.
/// </summary>
public sealed class LeadFeaturesTests
{
    private static readonly HashSet<string> Question = new(StringComparer.Ordinal) { "harbour", "levi", "councillor", "tally" };

    [Fact]
    public void A_passage_is_described_by_the_question_s_words_its_headline_and_opening_lack_and_against_its_siblings()
    {
        var topic = Passage(blended: 0.9f, evidence: 0, quoteStems: ["harbour", "levi", "councillor"]);
        var answer = Passage(blended: 0.6f, evidence: 1, quoteStems: ["tally"]);

        var rows = LeadFeatures.Of([topic, answer], Question, headlineStems: Stems("harbour", "levi"), ledeStems: Stems("councillor"), evidenceWeight: 0.6);

        // Off the headline: councillor and tally; off the opening as well: tally alone.
        Assert.Equal(0.5f, rows[0][Index("off_headline_share")]);
        Assert.Equal(0f, rows[0][Index("off_lede_share")]);
        Assert.Equal(0.5f, rows[1][Index("off_headline_share")]);
        Assert.Equal(1f, rows[1][Index("off_lede_share")]);
        Assert.Equal(2f, rows[1][Index("off_headline_terms")]);
        Assert.Equal(0f, rows[1][Index("none_off_lede")]);
        Assert.Equal(-1f, rows[0][Index("off_lede_share_article_gap")]);

        // Against the sibling: the score gap, the rank by score, the hand-set lead score (blended plus 0.6 of evidence).
        Assert.Equal(0f, rows[0][Index("blended_score_article_gap")]);
        Assert.Equal(-0.3f, rows[1][Index("blended_score_article_gap")], 5);
        Assert.Equal(1f, rows[1][Index("rank_in_article")]);
        Assert.Equal(2f, rows[0][Index("article_candidates")]);
        Assert.Equal(1.2f, rows[1][Index("hand_lead")], 5);
        Assert.Equal(0f, rows[1][Index("hand_lead_gap")], 5);
        Assert.Equal(-0.3f, rows[0][Index("hand_lead_gap")], 5);

        // The passage features come first, unchanged.
        Assert.Equal(0.9f, rows[0][RankingFeatures.BlendedScore]);
    }

    [Fact]
    public void The_lead_score_chooses_which_passage_leads_the_article_which_keeps_its_best_place()
    {
        var topic = Passage(blended: 0.9f, evidence: 0, quoteStems: []) with { Score = 0.9 };
        var answer = Passage(blended: 0.6f, evidence: 0, quoteStems: []) with { Score = 0.6 };

        var byHand = ArticleLeads.AnswerFirst([(topic, 0), (answer, 0)], 0.6);
        var byModel = ArticleLeads.AnswerFirst([(topic, 0), (answer, 0)], 0.6, placed: [0.9, 0.6], leads: [0.1, 0.8]);

        Assert.Equal(topic.Quote.Text, byHand[0].Quote.Text);
        Assert.Equal(answer.Quote.Text, byModel[0].Quote.Text);
        Assert.Equal(0.9, byModel[0].Score);
    }

    [Fact]
    public async Task An_opening_passage_that_is_no_candidate_is_read_from_the_index()
    {
        // Five candidates: the five later paragraphs match better, so the opening (one question word in a long
        // sentence) is no candidate, yet its word counts as the opening's.
        using var harness = new SearchHarness(options: new SearchOptions { Candidates = 5 });
        var text = "Ferry operators, dock workers, fishermen and a crowd of onlookers gathered at the quay on Thursday afternoon to hear what the assembly had decided about the harbour.\n\n"
            + "Councillors voted on the harbour levy after a long debate.\n\n"
            + "The levy vote followed months of talks on the harbour.\n\n"
            + "A harbour levy vote had been delayed twice.\n\n"
            + "The levy vote drew protests at the harbour.\n\n"
            + "The harbour levy vote tally was 31 to 12.";
        await harness.ReplaceAllAsync(TestArticleBuilder.Article("harbour-vote", text).Titled("Assembly decides").Build());

        var candidates = harness.Answerer.Candidates(new AskRequest("What was the tally of the harbour levy vote?"), CancellationToken.None);

        Assert.DoesNotContain(candidates, passage => passage.Ordinal == 0);
        var councillors = Assert.Single(candidates, passage => passage.Quote.Text.StartsWith("Councillors", StringComparison.Ordinal));

        // Off the headline: tally, harbour, levy, vote; off the opening as well: tally, levy, vote, of which the
        // councillors' passage holds two (without the opening read, it would hold three of four).
        Assert.Equal(4f, councillors.LeadRow[Index("off_headline_terms")]);
        Assert.Equal(2f / 3, councillors.LeadRow[Index("off_lede_share")], 5);
    }

    private static int Index(string name) => LeadFeatures.Names.ToList().IndexOf(name) is var index and >= 0 ? index : throw new ArgumentException(name);

    private static HashSet<string> Stems(params string[] stems) => new(stems, StringComparer.Ordinal);

    private static RankedPassage Passage(float blended, float evidence, string[] quoteStems)
    {
        var features = new float[RankingFeatures.Count];
        features[RankingFeatures.BlendedScore] = blended;
        features[RankingFeatures.QuoteEvidence] = evidence;
        var quote = new Quote($"quote {blended}", new TextSpan(0, 9), [], blended);
        return new RankedPassage(new Citation("harbour-vote", "Assembly votes on harbour levy", null, null, null), quote, 0.5, blended)
        {
            Features = features,
            QuoteStems = Stems(quoteStems),
        };
    }
}
