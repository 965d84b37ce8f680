using NewsBot.Evaluation.Data;

namespace NewsBot.Evaluation.Tests.Data;

/// <summary>
/// The question sets committed under <c>eval/wikinews</c> are read by the same reader <c>newsbot eval</c> uses: a
/// line it cannot read would silently drop a question from every figure measured on the set.
/// </summary>
public sealed class RepositoryQuestionSetsTests
{
    private static readonly string[] Kinds =
    [
        "who", "when", "where", "how many", "why", "what did X say", "period", "lowercase or misspelt",
        "one-word topic", "absent name", "uncovered date",
    ];

    [Theory]
    [InlineData("eval/wikinews/questions.jsonl")]
    [InlineData("eval/wikinews/set2/train.jsonl")]
    [InlineData("eval/wikinews/set2/validation.jsonl")]
    [InlineData("eval/wikinews/set3/test.jsonl")]
    [InlineData("eval/wikinews/set4/train.jsonl")]
    [InlineData("eval/wikinews/set5/train.jsonl")]
    [InlineData("eval/wikinews/set6/test.jsonl")]
    [InlineData("eval/wikinews/set7/train.jsonl")]
    [InlineData("eval/wikinews/set8/train.jsonl")]
    [InlineData("eval/wikinews/set9/train.jsonl")]
    public async Task Every_line_of_a_committed_question_set_is_read_without_a_problem(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot(), relativePath);

        var data = await NewsQuestionsReader.ReadAsync(path, CancellationToken.None);

        Assert.Empty(data.Problems);
        Assert.Equal(File.ReadLines(path).Count(line => line.Trim().Length > 0), data.Value.Count);
        Assert.All(data.Value, question => Assert.Contains(question.Kind, Kinds));
    }

    [Fact]
    public async Task The_second_set_is_split_into_parts_that_share_no_question_and_each_hold_every_kind()
    {
        var root = RepositoryRoot();
        var train = (await NewsQuestionsReader.ReadAsync(Path.Combine(root, "eval/wikinews/set2/train.jsonl"), CancellationToken.None)).Value;
        var validation = (await NewsQuestionsReader.ReadAsync(Path.Combine(root, "eval/wikinews/set2/validation.jsonl"), CancellationToken.None)).Value;

        Assert.Empty(train.Select(question => question.Id).Intersect(validation.Select(question => question.Id), StringComparer.Ordinal));
        Assert.Empty(train.Select(question => question.Text).Intersect(validation.Select(question => question.Text), StringComparer.Ordinal));
        Assert.Equal(Kinds.Order(StringComparer.Ordinal), train.Select(question => question.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Kinds.Order(StringComparer.Ordinal), validation.Select(question => question.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.True(train.Count + validation.Count >= 150, $"the second set has {train.Count + validation.Count} questions, fewer than the 150 it promises");
        Assert.True(train.Concat(validation).Count(question => question.ExpectsNotFound) >= 20);
    }

    // Each later set: its file, its id prefix, the answerable and "not found" questions it promises, and the sets whose
    // questions it must not ask again ("|"-separated).
    [Theory]
    [InlineData("eval/wikinews/set4/train.jsonl", "s4-", 130, 16, "")]
    [InlineData("eval/wikinews/set5/train.jsonl", "s5-", 170, 16, "eval/wikinews/set2/train.jsonl|eval/wikinews/set4/train.jsonl")]
    [InlineData("eval/wikinews/set6/test.jsonl", "s6-", 100, 20, "eval/wikinews/questions.jsonl|eval/wikinews/set2/train.jsonl|eval/wikinews/set4/train.jsonl|eval/wikinews/set5/train.jsonl")]
    [InlineData("eval/wikinews/set7/train.jsonl", "s7-", 230, 16, "eval/wikinews/questions.jsonl|eval/wikinews/set2/train.jsonl|eval/wikinews/set4/train.jsonl|eval/wikinews/set5/train.jsonl|eval/wikinews/set6/test.jsonl")]
    [InlineData("eval/wikinews/set8/train.jsonl", "s8-", 240, 16, "eval/wikinews/questions.jsonl|eval/wikinews/set2/train.jsonl|eval/wikinews/set4/train.jsonl|eval/wikinews/set5/train.jsonl|eval/wikinews/set6/test.jsonl|eval/wikinews/set7/train.jsonl")]
    [InlineData("eval/wikinews/set9/train.jsonl", "s9-", 240, 8, "eval/wikinews/questions.jsonl|eval/wikinews/set2/train.jsonl|eval/wikinews/set4/train.jsonl|eval/wikinews/set5/train.jsonl|eval/wikinews/set6/test.jsonl|eval/wikinews/set7/train.jsonl|eval/wikinews/set8/train.jsonl")]
    public async Task A_later_set_holds_every_kind_and_the_questions_it_promises_and_repeats_no_earlier_question(
        string relativePath, string idPrefix, int answerable, int notFound, string earlierSets)
    {
        var root = RepositoryRoot();
        var questions = (await NewsQuestionsReader.ReadAsync(Path.Combine(root, relativePath), CancellationToken.None)).Value;
        var earlier = new List<NewsQuestion>();
        foreach (var part in earlierSets.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            earlier.AddRange((await NewsQuestionsReader.ReadAsync(Path.Combine(root, part), CancellationToken.None)).Value);
        }

        Assert.Equal(Kinds.Order(StringComparer.Ordinal), questions.Select(question => question.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.All(questions, question => Assert.StartsWith(idPrefix, question.Id, StringComparison.Ordinal));
        Assert.True(questions.Count(question => !question.ExpectsNotFound) >= answerable, $"{relativePath} promises at least {answerable} answerable questions");
        Assert.True(questions.Count(question => question.ExpectsNotFound) >= notFound, $"{relativePath} promises {notFound} \"not found\" questions");
        Assert.Empty(questions.Select(question => question.Text).Intersect(earlier.Select(question => question.Text), StringComparer.OrdinalIgnoreCase));
    }

    // The test runs from tests/NewsBot.Evaluation.Tests/bin/<configuration>/<framework>; the sets are in the
    // repository beside NewsBot.sln, so they are there in every clone.
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No NewsBot.sln above {AppContext.BaseDirectory}.");
    }
}
