using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The <c>/ask</c> embed as a member's phone receives it from <c>serve</c>: quotes numbered to their sources, the
/// numbered sources listed once with the operator's label, a few bold words per quote, and a footer saying how fresh
/// the news is. The embed's JSON is written to the test output, as posted to the stand-in.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class AskEmbedEndToEndTests(ITestOutputHelper output) : EndToEndTest(output)
{
    private const string Label = "Lean Centre";

    internal override void Settings(Dictionary<string, string?> settings) => settings["Sources:0:Label"] = Label;

    [Fact]
    public async Task Ask_embed_numbers_each_quote_to_one_listed_source_with_its_label_and_says_how_fresh_the_news_is()
    {
        var ask = await Bot.SlashAsync("ask", options: ("question", 3, EndToEndArticles.CooperationQuestion));

        var answer = await Bot.WaitForAnswerAsync(ask);

        var embed = Embed(answer);
        Output.WriteLine("/ask embed as posted:\n" + embed.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var lines = Description(answer).Split('\n');
        var quotes = lines.Where(line => line.StartsWith("> ", StringComparison.Ordinal)).ToList();
        var sourcesAt = Array.IndexOf(lines, "**Sources**");
        var sources = lines[(sourcesAt + 1)..];
        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote => Assert.Matches(@"\u201D \[[1-3]\]$", quote));
        Assert.Equal(["[1] ", "[2] ", "[3] "], sources.Select(line => line[..4]));
        Assert.All(sources, line => Assert.Matches(
            $@"^\[\d\] \[[^\]]+\]\(https://[^)]+\) \u00B7 [^\n]+ \({Label}\) \u00B7 \d{{1,2}} Nov 2025$", line));
        Assert.Equal(3, sources.Select(line => Regex.Match(line, @"\]\((https://[^)]+)\)").Groups[1].Value).Distinct().Count());
        Assert.All(quotes, quote => Assert.InRange(BoldWordCount(quote), 1, 3));
        Assert.Equal("newest article 23 Nov 2025 \u00B7 6 articles \u00B7 page 1 of 2", (string)embed["footer"]!["text"]!);
        Assert.Equal(Description(answer), (string)Bot.StandIn.GetOriginalResponse(ask.Token)!["embeds"]![0]!["description"]!);
    }

    private static int BoldWordCount(string markdown)
        => Regex.Matches(markdown, @"\*\*(.+?)\*\*").Sum(run => run.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
