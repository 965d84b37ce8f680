using NewsBot.Evaluation.Data;

namespace NewsBot.Evaluation.Tests.Data;

public sealed class QueriesReaderTests
{
    [Fact]
    public void Reads_id_text_and_answers_and_ignores_other_fields()
    {
        var data = QueriesReader.Parse("q.jsonl",
        [
            """{"id": "q1", "text": "Who won?", "answers": ["Denver Broncos", "Broncos"], "gold_paragraph_id": "p1"}""",
            "",
            """{"id": "q2", "text": "Why fried food?", "answers": []}""",
            """{"id": "q3", "text": "No answers field"}""",
        ]);

        Assert.True(data.Succeeded);
        Assert.Collection(data.Value,
            query => { Assert.Equal("q1", query.Id); Assert.Equal("Who won?", query.Text); Assert.Equal(["Denver Broncos", "Broncos"], query.Answers); },
            query => Assert.Empty(query.Answers),
            query => Assert.Equal("q3", query.Id));
    }

    [Fact]
    public void A_line_that_is_not_json_is_reported_with_its_line_number()
    {
        var data = QueriesReader.Parse("q.jsonl", ["""{"id": "q1", "text": "ok"}""", "{not json"]);

        var problem = Assert.Single(data.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("not valid JSON", problem.Reason);
        Assert.StartsWith("q.jsonl:2:", problem.ToString());
    }

    [Theory]
    [InlineData("""{"text": "no id"}""", "\"id\"")]
    [InlineData("""{"id": 7, "text": "numeric id"}""", "\"id\"")]
    [InlineData("""{"id": "q1"}""", "no \"text\"")]
    [InlineData("""{"id": "q1", "text": "   "}""", "no \"text\"")]
    [InlineData("""{"id": "q1", "text": "t", "answers": "Broncos"}""", "not an array")]
    [InlineData("""{"id": "q1", "text": "t", "answers": [1]}""", "not a string")]
    [InlineData("""["q1", "t"]""", "JSON object")]
    public void Malformed_queries_are_reported_not_read(string line, string reasonPart)
    {
        var data = QueriesReader.Parse("q.jsonl", [line]);

        Assert.Empty(data.Value);
        Assert.Contains(reasonPart, Assert.Single(data.Problems).Reason);
    }

    [Fact]
    public void A_repeated_query_id_is_reported()
    {
        var data = QueriesReader.Parse("q.jsonl", ["""{"id": "q1", "text": "a"}""", """{"id": "q1", "text": "b"}"""]);

        Assert.Single(data.Value);
        Assert.Contains("appears twice", Assert.Single(data.Problems).Reason);
    }
}
