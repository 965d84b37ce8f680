using NewsBot.Evaluation.Data;

namespace NewsBot.Evaluation.Tests.Data;

public sealed class NewsQuestionsReaderTests
{
    [Fact]
    public void Reads_answerable_questions_and_questions_that_expect_not_found()
    {
        var data = NewsQuestionsReader.Parse("questions.jsonl",
        [
            """{"id": "who-1", "kind": "who", "question": "Who shot him?", "answers": ["Tim Johnson", "Johnson"]}""",
            "",
            """{"id": "absent-1", "kind": "absent name", "question": "What did Starmer say?", "expect": "not found"}""",
        ]);

        Assert.True(data.Succeeded);
        Assert.Collection(data.Value,
            question =>
            {
                Assert.Equal(("who-1", "who", "Who shot him?"), (question.Id, question.Kind, question.Text));
                Assert.Equal(["Tim Johnson", "Johnson"], question.Answers);
                Assert.False(question.ExpectsNotFound);
            },
            question =>
            {
                Assert.Equal("absent-1", question.Id);
                Assert.Empty(question.Answers);
                Assert.True(question.ExpectsNotFound);
            });
    }

    [Fact]
    public void An_uncovered_date_question_is_read_as_one_whose_only_right_answer_is_not_found()
    {
        var data = NewsQuestionsReader.Parse("validation.jsonl",
        [
            """{"id": "s2-uncovered-01", "kind": "uncovered date", "question": "Who won the 2024 US presidential election?", "expect": "not found"}""",
        ]);

        Assert.True(data.Succeeded);
        var question = Assert.Single(data.Value);
        Assert.Equal(("s2-uncovered-01", "uncovered date"), (question.Id, question.Kind));
        Assert.True(question.ExpectsNotFound);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("""["who", "?"]""", "JSON object")]
    [InlineData("""{"kind": "who", "question": "?", "answers": ["x"]}""", "\"id\"")]
    [InlineData("""{"id": "q", "question": "?", "answers": ["x"]}""", "\"kind\"")]
    [InlineData("""{"id": "q", "kind": "who", "question": " ", "answers": ["x"]}""", "\"question\"")]
    [InlineData("""{"id": "q", "kind": "who", "question": "?"}""", "not neither")]
    [InlineData("""{"id": "q", "kind": "who", "question": "?", "answers": ["x"], "expect": "not found"}""", "not both")]
    [InlineData("""{"id": "q", "kind": "who", "question": "?", "answers": []}""", "non-empty array")]
    [InlineData("""{"id": "q", "kind": "who", "question": "?", "answers": "x"}""", "non-empty array")]
    [InlineData("""{"id": "q", "kind": "who", "question": "?", "answers": ["x", 3]}""", "not a non-empty string")]
    [InlineData("""{"id": "q", "kind": "who", "question": "?", "expect": "a quote"}""", "other than \"not found\"")]
    public void A_malformed_line_is_reported_with_its_line_number_and_the_other_lines_are_still_read(string line, string reasonPart)
    {
        var data = NewsQuestionsReader.Parse("questions.jsonl",
        [
            """{"id": "good-1", "kind": "who", "question": "Who?", "answers": ["A"]}""",
            line,
            """{"id": "good-2", "kind": "when", "question": "When?", "answers": ["B"]}""",
        ]);

        var problem = Assert.Single(data.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains(reasonPart, problem.Reason, StringComparison.Ordinal);
        Assert.StartsWith("questions.jsonl:2:", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(["good-1", "good-2"], data.Value.Select(question => question.Id));
    }

    [Fact]
    public void A_repeated_question_id_is_reported_and_the_first_one_kept()
    {
        var data = NewsQuestionsReader.Parse("questions.jsonl",
        [
            """{"id": "q", "kind": "who", "question": "First?", "answers": ["A"]}""",
            """{"id": "q", "kind": "who", "question": "Second?", "answers": ["B"]}""",
        ]);

        Assert.Equal("First?", Assert.Single(data.Value).Text);
        Assert.Contains("appears twice", Assert.Single(data.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wikinews_set_in_the_repository_reads_cleanly_with_sixty_questions_or_more_of_every_kind_asked_for()
    {
        var path = Path.Combine(RepositoryRoot(), "eval", "wikinews", "questions.jsonl");

        var data = NewsQuestionsReader.Parse(path, File.ReadAllLines(path));

        Assert.True(data.Succeeded, string.Join(Environment.NewLine, data.Problems));
        Assert.True(data.Value.Count >= 60, $"only {data.Value.Count} questions");
        string[] kinds = ["who", "when", "where", "how many", "why", "what did X say", "period", "lowercase or misspelt", "one-word topic", "absent name"];
        Assert.Equal(kinds, data.Value.Select(question => question.Kind).Distinct());
        Assert.All(data.Value.Where(question => question.Kind == "absent name"), question => Assert.True(question.ExpectsNotFound));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no NewsBot.sln above " + AppContext.BaseDirectory);
    }
}
