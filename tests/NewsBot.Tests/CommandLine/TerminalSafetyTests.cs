using System.Text.Json;

namespace NewsBot.Tests.CommandLine;

/// <summary>Nothing an article, a feed or a file name holds can steer the terminal the command line prints to.</summary>
public sealed class TerminalSafetyTests
{
    private static bool IsControl(char c) => (c < ' ' && c is not '\n' and not '\r' and not '\t') || c is >= '\u007f' and <= '\u009f';

    [Fact]
    public async Task Reindex_prints_a_file_name_holding_an_escape_sequence_and_a_line_break_escaped_on_its_one_line()
    {
        using var cli = new CliRunner();
        cli.Directory.WriteFile("news/park.md", "---\ntitle: Council funds the park\nurl: https://example.org/park\n---\nThe council voted to fund the park.\n");
        cli.Directory.WriteFile("news/evil\u001b[2J\u001b]0;pwned\u0007\nname.xyz", "Not an article.");

        var result = await cli.RunAsync("reindex", "--from", cli.Directory.Combine("news"), "--no-vectors");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.Output + result.Error, IsControl);
        Assert.Contains(result.Output.Split('\n'), line => line.Contains(@"evil\x1b[2J\x1b]0;pwned\x07\nname.xyz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_shows_a_citations_host_in_punycode_and_drops_bidirectional_overrides_and_its_json_stays_valid()
    {
        using var cli = new CliRunner();
        cli.Directory.WriteFile(
            "news/park.md",
            "---\ntitle: \"Council \u202Ekrap\u202C funds the park\"\nurl: https://bücher.example/park\npublished: 2025-11-20\n---\nThe council voted to fund the riverside park on Tuesday.\n");
        Assert.Equal(0, (await cli.RunAsync("reindex", "--from", cli.Directory.Combine("news"), "--no-vectors")).ExitCode);

        var plain = await cli.RunAsync("ask", "What did the council vote to fund?");
        var json = await cli.RunAsync("ask", "What did the council vote to fund?", "--json");

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("https://xn--bcher-kva.example/park", plain.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', plain.Output);
        Assert.Contains("Council krap funds the park", plain.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal("Found", document.RootElement.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Reindex_of_a_jsonl_file_of_five_thousand_bad_lines_prints_the_first_twenty_and_a_count_and_json_lists_the_first_thousand()
    {
        using var cli = new CliRunner();
        cli.Directory.WriteFile("news/park.md", "---\ntitle: Council funds the park\nurl: https://example.org/park\n---\nThe council voted to fund the park.\n");
        cli.Directory.WriteFile("news/bad.jsonl", string.Concat(Enumerable.Repeat("{not json}\n", 5_000)));

        var result = await cli.RunAsync("reindex", "--from", cli.Directory.Combine("news"), "--no-vectors");
        var json = await cli.RunAsync("reindex", "--from", cli.Directory.Combine("news"), "--no-vectors", "--json");

        Assert.Equal(20, result.Output.Split('\n').Count(line => line.Contains("bad.jsonl", StringComparison.Ordinal)));
        Assert.Contains("… and 4,980 more skipped from", result.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var source = document.RootElement.GetProperty("sources")[0];
        Assert.Equal(1_000, source.GetProperty("skipped").GetArrayLength());
        Assert.Equal(5_000, source.GetProperty("skippedCount").GetInt32());
    }
}
