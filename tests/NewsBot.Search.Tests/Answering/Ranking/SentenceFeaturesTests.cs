using NewsBot.Search.Answering;
using NewsBot.Search.Answering.Ranking;

namespace NewsBot.Search.Tests.Answering.Ranking;

public sealed class SentenceFeaturesTests
{
    private const string Text = "The vote was called on Monday. The bill passed by 52 votes to 48. Senators then left.";
    private static readonly (int Start, int End)[] Sentences = [(0, 30), (31, 65), (66, 85)];

    [Fact]
    public void Each_sentence_is_described_against_the_passage_s_best_and_its_neighbours()
    {
        var rows = SentenceFeatures.Of(QuestionKind.Quantity, Text, Sentences, 100, [0.5, 0.4, 0.1], [0.5, 0.3, 0.0], [0.5, 1, 0], [0, 1, 0], [0.7, 0.9, null], [false, false, false], questionWords: 4);

        Assert.Equal(3, rows.Length);
        Assert.Equal(0f, rows[0][SentenceFeatures.CoverageGap]);
        Assert.Equal(0.5f, rows[2][SentenceFeatures.CoverageGap]);
        Assert.Equal(0f, rows[1][SentenceFeatures.SimilarityGap], 5);
        Assert.Equal(0f, rows[2][SentenceFeatures.HasVector]);
        Assert.Equal(-1f, rows[0][SentenceFeatures.PreviousCoverage]);
        Assert.Equal(1f, rows[0][SentenceFeatures.NextEvidence]);
        Assert.Equal(-1f, rows[2][SentenceFeatures.NextEvidence]);
        Assert.Equal(2f, rows[1][SentenceFeatures.Digits]);
        Assert.Equal(1f, rows[0][SentenceFeatures.Capitalised]);
        Assert.Equal(0f, rows[1][SentenceFeatures.Capitalised]);
        Assert.Equal(0f, rows[1][SentenceFeatures.Quotation]);
        Assert.Equal((float)Math.Log(1 + 100 + 31), rows[1][SentenceFeatures.ArticleOffset], 5);
        Assert.Equal((float)QuestionKind.Quantity, rows[1][SentenceFeatures.Kind]);
        Assert.Equal(1f, rows[1][SentenceFeatures.PairShare]);
        Assert.Equal(0.5f, rows[0][SentenceFeatures.PairShareGap]);
        Assert.Equal(0f, rows[1][SentenceFeatures.PairShareGap]);
        Assert.Equal(4f, rows[2][SentenceFeatures.QuestionWords]);
    }
}
