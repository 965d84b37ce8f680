namespace NewsBot.Search.Tests.Evaluation;

public sealed class SquadEvalFactAttributeTests
{
    [Fact]
    public void Without_the_squad_folder_the_evaluation_is_skipped_under_a_name_that_says_why()
    {
        var saved = Environment.GetEnvironmentVariable("NEWSBOT_EVAL_SQUAD");
        Environment.SetEnvironmentVariable("NEWSBOT_EVAL_SQUAD", null);
        try
        {
            var attribute = new SquadEvalFactAttribute();

            Assert.NotNull(attribute.Skip);
            // dotnet test prints a skipped test's name at its default verbosity, and its reason only at "detailed".
            Assert.Equal(
                $"SquadEvalFactAttributeTests.{nameof(Without_the_squad_folder_the_evaluation_is_skipped_under_a_name_that_says_why)} (skipped: {attribute.Skip})",
                attribute.DisplayName);
            Assert.Contains("NEWSBOT_EVAL_SQUAD", attribute.DisplayName, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEWSBOT_EVAL_SQUAD", saved);
        }
    }
}
