using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Tests.Metrics;

public sealed class DiacriticFoldingTests
{
    [Theory]
    [InlineData("Luís Amado", "Luis Amado")]
    [InlineData("Michaëlle Jean", "Michaelle Jean")]
    [InlineData("José Sócrates, Sinn Féin", "Jose Socrates, Sinn Fein")]
    [InlineData("plain ASCII stays", "plain ASCII stays")]
    public void Accents_are_removed_and_everything_else_is_kept(string input, string expected)
    {
        Assert.Equal(expected, DiacriticFolding.Fold(input));
    }
}
