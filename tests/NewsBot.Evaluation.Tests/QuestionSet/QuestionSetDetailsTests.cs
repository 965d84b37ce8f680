using System.Text;
using System.Text.Json;
using NewsBot.Core.Answers;
using NewsBot.Evaluation.Data;
using NewsBot.Evaluation.Metrics;
using NewsBot.Evaluation.QuestionSet;

namespace NewsBot.Evaluation.Tests.QuestionSet;

public sealed class QuestionSetDetailsTests
{
    private static readonly QuestionSetScorer Scorer = new(new AnswerHitRule(_ => 1));

    [Fact]
    public void Each_question_gets_one_line_with_what_was_expected_what_was_quoted_and_whether_it_was_right()
    {
        NewsQuestion[] questions =
        [
            new("who-1", "who", "Who won Iowa?", ["Huckabee", "Mike Huckabee"]),
            new("absent-1", "absent name", "What did Starmer say?", []),
        ];
        QueryResult[] results =
        [
            new("who-1", AnswerOutcome.Found, ["enwikinews-88793"], "Mike Huckabee won the Iowa Republican caucus.", 4.5),
            new("absent-1", AnswerOutcome.Found, ["enwikinews-1"], "Labour said so.", 3),
        ];
        using var stream = new MemoryStream();

        QuestionSetDetails.Write(stream, questions, results, Scorer);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("Who won Iowa?", first.RootElement.GetProperty("question").GetString());
        Assert.Equal(["Huckabee", "Mike Huckabee"], first.RootElement.GetProperty("expected").EnumerateArray().Select(answer => answer.GetString()));
        Assert.Equal("enwikinews-88793", first.RootElement.GetProperty("first_article").GetString());
        Assert.Equal("Mike Huckabee won the Iowa Republican caucus.", first.RootElement.GetProperty("first_quote").GetString());
        Assert.True(first.RootElement.GetProperty("hit").GetBoolean());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("not found", second.RootElement.GetProperty("expected").GetString());
        Assert.Equal("Found", second.RootElement.GetProperty("outcome").GetString());
        Assert.False(second.RootElement.GetProperty("hit").GetBoolean());
    }
}
