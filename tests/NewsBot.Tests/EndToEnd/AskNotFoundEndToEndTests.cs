using Xunit.Abstractions;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The <c>/ask</c> "not found" embed as posted to the stand-in: a question about a name no article mentions says so,
/// with a "did you mean" from the index's own words, the closest headlines, and the dates the index covers; a
/// <c>source:</c> that is not indexed is named with the outlets that are.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class AskNotFoundEndToEndTests(ITestOutputHelper output) : EndToEndTest(output)
{
    [Fact]
    public async Task An_absent_name_is_not_found_with_did_you_mean_headlines_and_the_index_dates()
    {
        var ask = await Bot.SlashAsync("ask", options: ("question", 3, "Will Trump and Mamdoni work together?"));

        var answer = await Bot.WaitForAnswerAsync(ask);

        var description = Description(answer);
        Output.WriteLine("/ask not-found description as posted:\n" + description);
        Assert.StartsWith("Nothing indexed answers this well enough to quote", description, StringComparison.Ordinal);
        Assert.Contains("No indexed article mentions \u201CMamdoni\u201D. Did you mean \u201CMamdani\u201D?", description, StringComparison.Ordinal);
        Assert.Contains("**Closest headlines:**", description, StringComparison.Ordinal);
        Assert.Contains("The index holds articles from 20 Nov 2025 to 23 Nov 2025.", description, StringComparison.Ordinal);
        Assert.DoesNotContain("\n> ", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_is_not_indexed_is_named_with_the_indexed_outlets()
    {
        var ask = await Bot.SlashAsync("ask", options: [("question", 3, EndToEndArticles.CooperationQuestion), ("source", 3, "Nowhere Gazette")]);

        var answer = await Bot.WaitForAnswerAsync(ask);

        var description = Description(answer);
        Assert.Contains("`source:` \u201CNowhere Gazette\u201D is not an indexed outlet; indexed: ", description, StringComparison.Ordinal);
        Assert.Contains("Capitol Wire", description, StringComparison.Ordinal);
        Assert.Contains("Harbor Times", description, StringComparison.Ordinal);
    }
}
