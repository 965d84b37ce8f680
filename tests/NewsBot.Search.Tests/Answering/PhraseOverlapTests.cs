using NewsBot.Search.Analysis;
using NewsBot.Search.Answering;

namespace NewsBot.Search.Tests.Answering;

public sealed class PhraseOverlapTests
{
    private readonly QuestionParser _parser = new();

    [Fact]
    public void The_question_s_neighbouring_words_are_its_pairs_across_a_stop_word()
    {
        var parsed = _parser.Parse("Which team represented the AFC at Super Bowl 50?", SearchHarness.Now, useDates: false);

        var pairs = PhraseOverlap.PairsOf(parsed);

        Assert.Contains(("repres", "afc"), pairs);
        Assert.Contains(("super", "bowl"), pairs);
        Assert.DoesNotContain(("team", "afc"), pairs);
    }

    [Fact]
    public void A_text_that_repeats_the_phrasing_shares_more_pairs_than_one_with_the_same_words_apart()
    {
        var parsed = _parser.Parse("Which team represented the AFC at Super Bowl 50?", SearchHarness.Now, useDates: false);
        var pairs = PhraseOverlap.PairsOf(parsed);
        var stems = parsed.Terms.Select(term => term.Stem).ToHashSet(StringComparer.Ordinal);
        List<AnalyzedToken> Matches(string text) =>
            [.. QuestionParser.Tokens(NewsAnalyzers.CreateEnglish(), text).Where(token => stems.Contains(token.Text))];

        const string Phrased = "The Broncos represented the AFC at Super Bowl 50 in February.";
        const string Scattered = "At the bowl, a super team of the AFC was represented by 50 players.";

        var phrased = PhraseOverlap.Share(pairs, Matches(Phrased));
        var scattered = PhraseOverlap.Share(pairs, Matches(Scattered));

        Assert.True(phrased > 0.6, $"phrased {phrased}");
        Assert.True(scattered < phrased, $"scattered {scattered}, phrased {phrased}");

        // Only matches starting inside the span count.
        Assert.Equal(0, PhraseOverlap.Share(pairs, Matches(Phrased), start: Phrased.IndexOf("in February", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_question_of_one_word_has_no_pairs_and_shares_nothing()
    {
        var parsed = _parser.Parse("Hochul?", SearchHarness.Now, useDates: false);

        Assert.Empty(PhraseOverlap.PairsOf(parsed));
        Assert.Equal(0, PhraseOverlap.Share([], []));
    }
}
