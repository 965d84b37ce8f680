using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Tests.Metrics;

public sealed class SquadNormalizerTests
{
    [Theory]
    [InlineData("The Denver Broncos", "denver broncos")]
    [InlineData("  Levi's   Stadium. ", "levis stadium")]
    [InlineData("an apple, a pear and THE plum", "apple pear and plum")]
    [InlineData("theory of anarchy", "theory of anarchy")]
    [InlineData("24–10", "24–10")]
    public void Normalize_lower_cases_removes_punctuation_and_articles_and_collapses_spaces(string input, string expected)
    {
        Assert.Equal(expected, SquadNormalizer.Normalize(input));
    }
}
