using System.Text.RegularExpressions;
using NewsBot.Testing;

namespace NewsBot.Tests.CommandLine;

public sealed class AskCommandTests
{
    [Fact]
    public async Task First_question_builds_the_index_and_quotes_work_together_from_the_seed()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "What did Trump say about working with Mamdani?");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("work together", result.Unmarked, StringComparison.Ordinal);
        Assert.Contains("2025", result.Output, StringComparison.Ordinal);
        Assert.True(Directory.Exists(cli.IndexPath));
    }

    [Fact]
    public async Task A_person_the_article_names_but_never_quotes_is_quoted_under_a_line_saying_none_of_it_is_their_words()
    {
        using var cli = new CliRunner();

        // The seed names the correspondent Mike Carter as the one who asked, never as one who said anything.
        var result = await cli.RunAsync("ask", "What did Carter say about the meeting?");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("No indexed sentence gives words said by \u201Ccarter\u201D; these passages mention \u201Ccarter\u201D instead.", lines[0]);
        Assert.Contains("Mike Carter", result.Unmarked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_mayor_elect_said_is_not_answered_with_what_the_president_said()
    {
        using var cli = new CliRunner();

        // The seed's "the president indicated ... with the mayor-elect, saying the two would work together" is Trump's.
        var result = await cli.RunAsync("ask", "what did mamdani say");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("work together", result.Unmarked, StringComparison.Ordinal);
        Assert.Contains("Mamdani", result.Unmarked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_nothing_answers_is_not_found_with_exit_code_zero()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "What is the capital of France?");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Not found", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("what is the")]
    public async Task Unaskable_question_is_a_one_line_error_with_exit_code_two(string question)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", question);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("newsbot:", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_over_500_characters_is_refused()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", new string('a', 300) + " " + new string('b', 300));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("500", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Trump AND Mamdani OR *")]
    [InlineData("title:Trump \"unbalanced")]
    [InlineData("Mamdani~2 (((")]
    public async Task Query_syntax_is_treated_as_plain_words(string question)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", question);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_carries_quotes_with_offsets_into_the_article()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "What did Trump say about working with Mamdani?", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal("Found", json.RootElement.GetProperty("outcome").GetString());
        var quote = json.RootElement.GetProperty("articles")[0].GetProperty("quotes")[0];
        var start = quote.GetProperty("span").GetProperty("start").GetInt32();
        var text = quote.GetProperty("text").GetString()!;
        Assert.Equal(text, Testing.RepositoryPaths.SeedArticleText.Replace("\r\n", "\n", StringComparison.Ordinal).Substring(start, text.Length));
    }

    [Fact]
    public async Task Piped_output_is_the_articles_own_words_without_markup_or_internal_detail()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "What did Trump say about working with Mamdani?");

        Assert.Contains("work together", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("**", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("characters ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("article ", result.Output.Replace("matching article", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_terminal_matched_words_are_ansi_bold()
    {
        using var cli = new CliRunner { Interactive = true };

        var result = await cli.RunAsync("ask", "What did Trump say about working with Mamdani?");

        Assert.Contains("\u001b[1m", result.Output, StringComparison.Ordinal);
        Assert.Contains("\u001b[22m", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("**", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_quote_ends_with_the_number_of_its_source_and_each_source_is_listed_once()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "What did Trump say about working with Mamdani?");

        var lines = result.Output.Split('\n');
        var quotes = lines.Where(line => line.StartsWith('\u201C')).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote => Assert.Matches(@"\u201D \[\d\]$", quote));
        var numbers = quotes.Select(quote => quote[^2]).Distinct().ToList();
        foreach (var number in numbers)
        {
            Assert.Single(lines, line => line.StartsWith($"[{number}] ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Verbose_adds_article_ids_and_character_offsets_for_tracing_a_quote()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "--verbose", "What did Trump say about working with Mamdani?");

        Assert.Matches(@"article [0-9a-f]+, characters \d+\u2013\d+", result.Output);
    }

    [Fact]
    public async Task The_first_question_on_a_new_machine_says_the_index_is_being_built_and_prints_no_log_lines()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["ask", "What did Trump say about working with Mamdani?"], ("Logging:LogLevel:Default", "Information"));

        Assert.StartsWith($"Building the index from {RepositoryPaths.SampleArticles} (first use)...", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("warn:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("info:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("No search index", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_question_whose_source_cannot_be_read_says_why_before_the_answer()
    {
        using var cli = new CliRunner("/nonexistent/newsbot-articles");

        var result = await cli.RunAsync("ask", "What did Trump say about working with Mamdani?");

        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Building the index from /nonexistent/newsbot-articles (first use)...", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Source source0 could not be read: ", lines[1], StringComparison.Ordinal);
        Assert.Contains("/nonexistent/newsbot-articles", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("warn:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_an_error_with_the_verbs_help_not_a_word_to_search_for()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "--bogus", "brexit");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("unknown option '--bogus'", result.Error, StringComparison.Ordinal);
        Assert.Contains(" ask [<question>...] [options]", result.Error, StringComparison.Ordinal);
        Assert.Contains("--days <days>", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_number_says_in_words_what_is_expected()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "--days", "abc", "brexit");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--days expects a positive whole number of days, like --days 7; 'abc' is not one.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask", "--days", "3651", "brexit")]
    [InlineData("recent", "--days", "3651")]
    public async Task Days_beyond_ten_years_are_refused_with_the_same_bound_as_in_discord(params string[] arguments)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--days must be between 1 and 3650.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readmes_first_question_quotes_the_sample_with_its_outlet_headline_date_and_link()
    {
        // The question of the README's first command, as a newcomer runs it on the shipped settings (no configured outlet).
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var question = Regex.Match(readme, "dotnet run --project src/NewsBot -- ask \"([^\"]+)\"").Groups[1].Value;
        using var cli = new CliRunner { Outlet = null };

        var result = await cli.RunAsync("ask", question);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("[1] Trump and Mamdani hold a cordial first meeting at the White House \u00B7 Newsmax \u00B7 21 Nov 2025", lines);
        Assert.Contains("    https://www.newsmax.com/newsfront/donald-trump-zohran-mamdani-new-york-city/2025/11/21/id/1235583", lines);
        // One quote, the sentence that says what was said; not the lede, which says only who met.
        var quote = Assert.Single(lines, line => line.StartsWith('\u201C'));
        Assert.Contains("\u201Cwork together\u201D", quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citation_names_its_outlets_label_and_the_outlets_that_also_carried_the_story_with_theirs()
    {
        using var articles = new TemporaryDirectory();
        const string story = "---\ntitle: Senate passes budget\npublished: 2025-11-20\n---\nThe Senate passed the budget on Thursday after a long debate over farm subsidies.\n";
        articles.WriteFile("wire/senate.md", story);
        articles.WriteFile("public/senate-copy.md", story);
        using var cli = new CliRunner(articles.Combine("wire"), articles.Combine("public"));
        (string, string)[] settings =
        [
            ("Sources:0:Outlet", "Example Wire"), ("Sources:0:Label", "Lean Left"),
            ("Sources:1:Outlet", "Public Radio"), ("Sources:1:Label", "Center"),
        ];
        Assert.Equal(0, (await cli.RunAsync(["reindex"], settings)).ExitCode);

        var result = await cli.RunAsync(["ask", "What did the Senate pass?"], settings);

        Assert.Contains("[1] Senate passes budget \u00B7 Example Wire (Lean Left), also carried by Public Radio (Center) \u00B7 20 Nov 2025", result.Output.Split('\n'));
    }
}
