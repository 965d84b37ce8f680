using System.Text.Json;

namespace NewsBot.Tests.CommandLine;

public sealed class EvalCommandTests
{
    // Four short articles on unrelated topics, so each question has one clearly right article.
    private const string Corpus = """
        {"id": "doc-volcano", "title": "Volcano erupts in Iceland", "text": "The Fagradalsfjall volcano erupted on Monday night. Lava flowed toward the fishing town of Grindavik. Residents were evacuated by the coast guard."}
        {"id": "doc-budget", "title": "Parliament passes the budget", "text": "Parliament approved the annual budget by 212 votes to 190. The finance minister promised lower taxes for small farms. The opposition called the plan reckless."}
        {"id": "doc-chess", "title": "Teenager wins chess championship", "text": "A sixteen-year-old from Chennai won the national chess championship. She defeated the defending champion in the final round. Her coach said she trains eight hours a day."}
        {"id": "doc-bridge", "title": "Old bridge reopens", "text": "The Victoria suspension bridge reopened after two years of repairs. Engineers replaced every steel cable. Cyclists crossed first at dawn."}
        """;

    private const string Queries = """
        {"id": "q-lava", "text": "Which town did the lava flow toward?", "answers": ["Grindavik"]}
        {"id": "q-votes", "text": "How many votes approved the budget in parliament?", "answers": ["212"]}
        {"id": "q-chess", "text": "Where is the chess champion from?", "answers": ["Chennai"]}
        """;

    private const string Qrels = "q-lava\tdoc-volcano\t1\nq-votes\tdoc-budget\t1\nq-chess\tdoc-chess\t2\n";

    [Fact]
    public async Task Eval_indexes_the_corpus_asks_every_question_and_writes_the_figures_as_json()
    {
        using var cli = new CliRunner();
        var corpus = cli.Directory.WriteFile("data/corpus.jsonl", Corpus);
        var queries = cli.Directory.WriteFile("data/queries.jsonl", Queries);
        var qrels = cli.Directory.WriteFile("data/qrels.tsv", Qrels);
        var json = cli.Directory.Combine("figures.json");

        var result = await cli.RunAsync("eval", "--corpus", corpus, "--queries", queries, "--qrels", qrels, "--json", json);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("recall@1", result.Output, StringComparison.Ordinal);
        using var figures = JsonDocument.Parse(File.ReadAllText(json));
        var root = figures.RootElement;
        Assert.Equal(3, root.GetProperty("queries").GetInt32());
        Assert.Equal(4, root.GetProperty("index_articles").GetInt32());
        Assert.Equal(1.0, root.GetProperty("recall@1").GetDouble());
        Assert.Equal(1.0, root.GetProperty("mrr@10").GetDouble());
        Assert.Equal(1.0, root.GetProperty("ndcg@10").GetDouble());
        Assert.Equal(1.0, root.GetProperty("answer_hit@1").GetDouble());
        Assert.True(root.GetProperty("quote_chars_mean").GetDouble() > 0);
        Assert.True(root.GetProperty("latency_ms_p99").GetDouble() >= root.GetProperty("latency_ms_p50").GetDouble());
    }

    [Fact]
    public async Task The_second_half_asks_only_the_questions_the_ranking_model_was_not_trained_on_and_names_the_ranking()
    {
        using var cli = new CliRunner();
        var corpus = cli.Directory.WriteFile("data/corpus.jsonl", Corpus);
        var queries = cli.Directory.WriteFile("data/queries.jsonl", Queries);
        var qrels = cli.Directory.WriteFile("data/qrels.tsv", Qrels);
        var details = cli.Directory.Combine("details.jsonl");

        var result = await cli.RunAsync("eval", "--corpus", corpus, "--queries", queries, "--qrels", qrels, "--half", "second", "--json", "--details", details);

        Assert.Equal(0, result.ExitCode);
        using var figures = JsonDocument.Parse(result.Output);
        Assert.Equal(2, figures.RootElement.GetProperty("queries").GetInt32());
        Assert.StartsWith("learned: ", figures.RootElement.GetProperty("ranker").GetString(), StringComparison.Ordinal);
        var asked = File.ReadLines(details).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(["q-votes", "q-chess"], asked);
    }

    [Fact]
    public async Task Json_without_a_file_prints_only_the_json_object()
    {
        using var cli = new CliRunner();
        var corpus = cli.Directory.WriteFile("data/corpus.jsonl", Corpus);
        var queries = cli.Directory.WriteFile("data/queries.jsonl", """{"id": "q-bridge", "text": "Which bridge reopened after repairs?"}""");
        var qrels = cli.Directory.WriteFile("data/qrels.tsv", "q-bridge\tdoc-bridge\t1\n");

        var result = await cli.RunAsync("eval", "--corpus", corpus, "--queries", queries, "--qrels", qrels, "--json");

        Assert.Equal(0, result.ExitCode);
        using var figures = JsonDocument.Parse(result.Output);
        Assert.Equal(1, figures.RootElement.GetProperty("queries").GetInt32());
        Assert.Equal(JsonValueKind.Null, figures.RootElement.GetProperty("answer_hit@1").ValueKind);
    }

    [Fact]
    public async Task A_malformed_queries_file_is_refused_with_its_line_and_nothing_is_measured()
    {
        using var cli = new CliRunner();
        var corpus = cli.Directory.WriteFile("data/corpus.jsonl", Corpus);
        var queries = cli.Directory.WriteFile("data/queries.jsonl", "{\"id\": \"q1\", \"text\": \"fine\"}\n{\"id\": \"q2\"}\n");
        var qrels = cli.Directory.WriteFile("data/qrels.tsv", Qrels);

        var result = await cli.RunAsync("eval", "--corpus", corpus, "--queries", queries, "--qrels", qrels);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("queries.jsonl:2:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("recall@1", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_set_is_scored_by_first_quote_and_honest_not_found_with_details_per_question()
    {
        using var cli = new CliRunner();
        var corpus = cli.Directory.WriteFile("data/corpus.jsonl", Corpus);
        var questions = cli.Directory.WriteFile("data/questions.jsonl", """
            {"id": "where-1", "kind": "where", "question": "which town did the lava head for", "answers": ["Grindavik"]}
            {"id": "count-1", "kind": "how many", "question": "How many votes did the budget get?", "answers": ["212"]}
            {"id": "absent-1", "kind": "absent name", "question": "What did Zorblax Quennington say about tariffs?", "expect": "not found"}
            """);
        var json = cli.Directory.Combine("figures.json");
        var details = cli.Directory.Combine("details.jsonl");

        var result = await cli.RunAsync("eval", "--corpus", corpus, "--questions", questions, "--json", json, "--details", details);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("honest not-found", result.Output, StringComparison.Ordinal);
        using var figures = JsonDocument.Parse(File.ReadAllText(json));
        var root = figures.RootElement;
        Assert.Equal(3, root.GetProperty("questions").GetInt32());
        Assert.Equal(1.0, root.GetProperty("first_quote_answer_hit").GetDouble());
        Assert.Equal(1.0, root.GetProperty("honest_not_found_rate").GetDouble());
        Assert.Equal(0, root.GetProperty("false_not_found").GetInt32());
        Assert.Equal(["where", "how many", "absent name"], root.GetProperty("by_kind").EnumerateArray().Select(kind => kind.GetProperty("kind").GetString()));
        var lines = File.ReadAllLines(details);
        Assert.Equal(3, lines.Length);
        Assert.Contains("Grindavik", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--questions", "--queries")]
    [InlineData("--queries", null)]
    public async Task Eval_needs_either_a_question_set_or_queries_with_qrels(string option, string? otherOption)
    {
        using var cli = new CliRunner();
        var corpus = cli.Directory.WriteFile("data/corpus.jsonl", Corpus);
        var file = cli.Directory.WriteFile("data/questions.jsonl", Queries);
        string[] arguments = otherOption is null
            ? ["eval", "--corpus", corpus, option, file]
            : ["eval", "--corpus", corpus, option, file, otherOption, file];

        var result = await cli.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give either --questions FILE, or both --queries FILE and --qrels FILE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_question_set_is_refused_with_its_line_and_nothing_is_measured()
    {
        using var cli = new CliRunner();
        var corpus = cli.Directory.WriteFile("data/corpus.jsonl", Corpus);
        var questions = cli.Directory.WriteFile("data/questions.jsonl",
            "{\"id\": \"q1\", \"kind\": \"who\", \"question\": \"Who?\", \"answers\": [\"A\"]}\n{\"id\": \"q2\", \"kind\": \"who\", \"question\": \"Who?\"}\n");

        var result = await cli.RunAsync("eval", "--corpus", corpus, "--questions", questions);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("questions.jsonl:2:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("answer-hit", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_corpus_file_is_a_one_line_error()
    {
        using var cli = new CliRunner();
        var queries = cli.Directory.WriteFile("data/queries.jsonl", Queries);
        var qrels = cli.Directory.WriteFile("data/qrels.tsv", Qrels);

        var result = await cli.RunAsync("eval", "--corpus", cli.Directory.Combine("nope.jsonl"), "--queries", queries, "--qrels", qrels);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("file not found", result.Error, StringComparison.Ordinal);
    }
}
