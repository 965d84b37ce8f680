using NewsBot.Testing;

namespace NewsBot.Tests.CommandLine;

public sealed class ReindexCommandTests
{
    [Fact]
    public async Task Reindex_prints_a_summary_with_counts()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("reindex");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 read, 1 added", result.Output, StringComparison.Ordinal);
        Assert.Contains("passages", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_a_missing_path_fails_before_touching_the_index()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("reindex")).ExitCode);
        var before = Directory.GetFiles(cli.IndexPath, "*", SearchOption.AllDirectories).Order().ToList();

        var result = await cli.RunAsync("reindex", "--from", cli.Directory.Combine("does-not-exist"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(cli.IndexPath, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Contains("work together", (await cli.RunAsync("ask", "What did Trump say about working with Mamdani?")).Unmarked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_a_folder_replaces_the_index_and_reports_malformed_files()
    {
        using var cli = new CliRunner();
        cli.Directory.WriteFile("other/senate.md", "---\ntitle: Senate passes budget\noutlet: Example Wire\npublished: 2025-11-20\nurl: https://example.org/senate\n---\nThe Senate passed the budget on Thursday after a long debate over farm subsidies.\n");
        cli.Directory.WriteFile("other/broken.jsonl", "{\"title\": \"ok\", \"text\": \"Governors met in Denver to discuss water rights.\"}\n{not json\n");

        var result = await cli.RunAsync("reindex", "--from", cli.Directory.Combine("other"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("broken.jsonl", result.Output, StringComparison.Ordinal);
        var answer = await cli.RunAsync("ask", "What did the Senate pass?");
        Assert.Contains("budget", answer.Unmarked, StringComparison.Ordinal);
        Assert.Contains("Example Wire", answer.Output, StringComparison.Ordinal);
        var gone = await cli.RunAsync("ask", "What did Trump say about working with Mamdani?");
        Assert.DoesNotContain("work together", gone.Unmarked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_source_name_is_bad_input()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("reindex", "--source", "nope");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("source0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_an_empty_folder_is_refused_and_the_index_keeps_answering()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("reindex")).ExitCode);
        Directory.CreateDirectory(cli.Directory.Combine("empty"));

        var result = await cli.RunAsync("reindex", "--from", cli.Directory.Combine("empty"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Not reindexed: the rebuilt index (0 articles) would leave the index empty", result.Output, StringComparison.Ordinal);
        Assert.Contains("--allow-shrink", result.Output, StringComparison.Ordinal);
        Assert.Contains("work together", (await cli.RunAsync("ask", "What did Trump say about working with Mamdani?")).Unmarked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindexing_one_emptied_source_keeps_its_articles_and_says_how_to_remove_them()
    {
        using var news = new TemporaryDirectory();
        news.WriteFile("seed.txt", RepositoryPaths.SeedArticleText);
        news.WriteFile("levy.md", "---\ntitle: Council approves transit levy\npublished: 2025-11-20\n---\nThe city council approved a transit levy for night buses on Tuesday.\n");
        using var cli = new CliRunner(news.Path);
        Assert.Equal(0, (await cli.RunAsync("reindex")).ExitCode);
        foreach (var file in Directory.GetFiles(news.Path))
        {
            File.Delete(file);
        }

        var refused = await cli.RunAsync("reindex", "--source", "source0");
        var stillAnswered = (await cli.RunAsync("ask", "What did Trump say about working with Mamdani?")).Unmarked;
        var allowed = await cli.RunAsync("reindex", "--source", "source0", "--allow-shrink");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("source0: not removed: it no longer offers 2 of its 2 indexed articles", refused.Output, StringComparison.Ordinal);
        Assert.Contains("--allow-shrink", refused.Output, StringComparison.Ordinal);
        Assert.Contains("work together", stillAnswered, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("2 removed", allowed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Articles_that_left_a_feed_stay_through_a_source_reindex_and_go_only_with_prune()
    {
        using var cli = new CliRunner();
        var feed = cli.Directory.Combine("wire.xml");
        (string Key, string Value)[] wire = [("Sources:1:Name", "wire"), ("Sources:1:Kind", "Feed"), ("Sources:1:Location", feed), ("Feeds:FetchPages", "false")];
        WriteFeed(feed, "levy", "bridge");
        Assert.Equal(0, (await cli.RunAsync(["reindex"], wire)).ExitCode);
        WriteFeed(feed, "bridge", "library");

        var refreshed = await cli.RunAsync(["reindex", "--source", "wire"], wire);
        var beforePrune = (await cli.RunAsync(["ask", "What did the council approve for night buses?"], wire)).Unmarked;
        var pruned = await cli.RunAsync(["reindex", "--source", "wire", "--prune"], wire);
        var afterPrune = (await cli.RunAsync(["ask", "What did the council approve for night buses?"], wire)).Unmarked;

        Assert.Equal(0, refreshed.ExitCode);
        Assert.Contains("1 added", refreshed.Output, StringComparison.Ordinal);
        Assert.Contains(" 0 removed", refreshed.Output, StringComparison.Ordinal);
        Assert.Contains("night buses", beforePrune, StringComparison.Ordinal);
        Assert.Equal(0, pruned.ExitCode);
        Assert.Contains(" 1 removed", pruned.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("night buses", afterPrune, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prune_with_from_paths_is_bad_input_and_changes_nothing()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("reindex", "--from", RepositoryPaths.SampleArticles, "--prune");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--prune works on the configured sources", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cli.IndexPath));
    }

    [Fact]
    public async Task Allow_shrink_swaps_in_a_much_smaller_index_when_told_to()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("reindex")).ExitCode);
        Directory.CreateDirectory(cli.Directory.Combine("empty"));

        var result = await cli.RunAsync("reindex", "--from", cli.Directory.Combine("empty"), "--allow-shrink");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 read", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("work together", (await cli.RunAsync("ask", "What did Trump say about working with Mamdani?")).Unmarked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_path_that_cannot_be_a_folder_is_one_line_and_exit_1_not_a_stack_trace()
    {
        using var cli = new CliRunner();
        cli.Directory.WriteFile("occupied", "a file where the index folder should be");

        var result = await cli.RunAsync(["reindex"], ("Index:Path", cli.Directory.Combine("occupied", "lucene")));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("newsbot: ", StringComparison.Ordinal));
        Assert.Contains("Index:Path", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_brings_back_the_index_from_before_the_last_rebuild_and_can_be_undone()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("reindex")).ExitCode);
        cli.Directory.WriteFile("other/senate.md", "---\ntitle: Senate passes budget\noutlet: Example Wire\npublished: 2025-11-20\nurl: https://example.org/senate\n---\nThe Senate passed the budget on Thursday after a long debate over farm subsidies.\n");
        // The rebuild replaces the index's only article, which the shrink guard counts as removing all of it.
        Assert.Equal(0, (await cli.RunAsync("reindex", "--from", cli.Directory.Combine("other"), "--allow-shrink")).ExitCode);

        var rollback = await cli.RunAsync("reindex", "--rollback");

        Assert.Equal(0, rollback.ExitCode);
        Assert.Contains("Rolled back", rollback.Output, StringComparison.Ordinal);
        Assert.Contains("work together", (await cli.RunAsync("ask", "What did Trump say about working with Mamdani?")).Output, StringComparison.Ordinal);
        Assert.Equal(0, (await cli.RunAsync("reindex", "--rollback")).ExitCode);
        Assert.Contains("budget", (await cli.RunAsync("ask", "What did the Senate pass?")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_without_a_kept_generation_changes_nothing_and_says_so()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("reindex")).ExitCode);

        var rollback = await cli.RunAsync("reindex", "--rollback");

        Assert.Equal(1, rollback.ExitCode);
        Assert.Contains("nothing to roll back to", rollback.Error, StringComparison.Ordinal);
        Assert.Contains("work together", (await cli.RunAsync("ask", "What did Trump say about working with Mamdani?")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Piped_progress_says_what_each_stage_counts_and_numbers_read_with_thousands_separators()
    {
        using var cli = new CliRunner();
        cli.Directory.WriteFile("wire/corpus.jsonl", ManyArticles(1200));

        var result = await cli.RunAsync("reindex", "--from", cli.Directory.Combine("wire", "corpus.jsonl"));

        Assert.Equal(0, result.ExitCode);
        var progress = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("reading corpus.jsonl: 1,200 articles", progress[0]);
        Assert.Contains("analyzing: 1,200 articles", progress);
        Assert.DoesNotContain(progress, line => line.EndsWith(')'));
        Assert.Contains("1,200 read, 1,200 added, 0 updated, 0 unchanged, 0 removed, 0 skipped,", result.Output, StringComparison.Ordinal);
        Assert.Contains("  corpus.jsonl: 1,200 read, 0 skipped", result.Output, StringComparison.Ordinal);
        var sources = await cli.RunAsync("sources");
        Assert.Contains("Index: 1,200 articles,", sources.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n  \(no outlet\) +1,200  ", sources.Output);
    }

    [Fact]
    public async Task Piped_progress_of_a_single_article_counts_it_in_the_singular()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("reindex");

        Assert.Equal(0, result.ExitCode);
        var progress = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("analyzing: 1 article", progress);
        Assert.DoesNotContain(progress, line => line.EndsWith(" 1 articles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_summary_keeps_plain_numbers()
    {
        using var cli = new CliRunner();
        cli.Directory.WriteFile("wire/corpus.jsonl", ManyArticles(1200));

        var result = await cli.RunAsync("reindex", "--from", cli.Directory.Combine("wire", "corpus.jsonl"), "--json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal(1200, json.RootElement.GetProperty("read").GetInt32());
        Assert.Equal(1200, json.RootElement.GetProperty("update").GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task Two_from_paths_with_one_name_are_told_apart_by_their_paths_and_both_indexed()
    {
        using var cli = new CliRunner();
        cli.Directory.WriteFile("east/news/story.md", "---\ntitle: Harbor bill passes\n---\nThe harbor bill passed the state senate after a long night of debate.\n");
        cli.Directory.WriteFile("west/news/story.md", "---\ntitle: Water rights deal\n---\nGovernors signed a water rights deal for the river basin in Denver.\n");
        var east = cli.Directory.Combine("east", "news");
        var west = cli.Directory.Combine("west", "news");

        var result = await cli.RunAsync("reindex", "--from", east, "--from", west);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 read, 2 added", result.Output, StringComparison.Ordinal);
        Assert.Contains($"  {east}: 1 read, 0 skipped", result.Output, StringComparison.Ordinal);
        Assert.Contains($"  {west}: 1 read, 0 skipped", result.Output, StringComparison.Ordinal);
    }

    // Articles with words of their own, so none is a near-identical copy of another.
    private static string ManyArticles(int count)
        => string.Concat(Enumerable.Range(0, count).Select(i =>
            $"{{\"title\": \"Council vote {Word(i)}\", \"text\": \"The council {Word(i)} approved plan {Word(i + count)} after a debate about {Word(i + (2 * count))}.\"}}\n"));

    private static string Word(int number)
    {
        var letters = new System.Text.StringBuilder("q");
        for (var rest = number; rest > 0 || letters.Length == 1; rest /= 26)
        {
            letters.Append((char)('a' + (rest % 26)));
        }

        return letters.ToString();
    }

    private static void WriteFeed(string path, params string[] ids)
    {
        var stories = new Dictionary<string, string>
        {
            ["levy"] = "The Springfield city council voted on Tuesday to approve a transit levy for night buses.",
            ["bridge"] = "State engineers closed the Harbor Street bridge after inspectors found cracks in its beams.",
            ["library"] = "The county library board agreed to open three branches on Sundays from January.",
        };
        var items = string.Concat(ids.Select(id =>
            $"<item><title>{id} story</title><link>https://springfield.example/news/{id}</link><pubDate>Mon, 24 Nov 2025 09:00:00 GMT</pubDate>"
            + $"<description>{stories[id]} Officials confirmed the decision later that day.</description></item>"));
        File.WriteAllText(path, $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>https://springfield.example/</link><description>News</description>{items}</channel></rss>");
    }
}
