using System.Text.Json.Nodes;
using NewsBot.Testing.Discord.Rest;
using Xunit.Abstractions;

namespace NewsBot.Tests.EndToEnd;

/// <summary>The admin-only /reindex of the real <c>serve</c>, on the same bot as <see cref="ServeEndToEndTests"/>.</summary>
[Collection(ServeCollection.Name)]
public sealed class ServeReindexEndToEndTests(ITestOutputHelper output) : EndToEndTest(output)
{
    [Fact]
    public async Task Reindex_is_refused_for_a_member_without_manage_server()
    {
        var reindex = await Bot.SlashAsync("reindex", permissions: "2048");

        var callback = await Bot.WaitForCallbackAsync(reindex);

        Assert.Equal(4, (int)callback["type"]!);
        Assert.Equal(64, (int)callback["data"]!["flags"]!);
        Assert.Equal(NewsBot.Bot.Handlers.ReindexHandler.NotAdmin, (string)callback["data"]!["content"]!);
        Assert.Empty(Bot.OriginalEdits(reindex));
    }

    [Fact]
    public async Task Reindex_by_an_admin_edits_its_reply_with_progress_then_the_summary()
    {
        var reindex = await Bot.SlashAsync("reindex", permissions: ServeFixture.ManageServer, options: ("full", 5, true));
        var ask = await Bot.SlashAsync("ask", user: ServeFixture.OtherMember, options: ("question", 3, EndToEndArticles.CooperationQuestion));

        await Bot.StandIn.WaitForRequestAsync(
            request => request.Route == StandInRoutes.EditOriginal && request.RouteValues["webhook_token"] == reindex.Token && request.Body.Contains("Reindex finished", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
        var answer = await Bot.WaitForAnswerAsync(ask);

        Assert.Equal(5, (int)Bot.StandIn.GetInteractionCallback(reindex.Id)!["type"]!);
        var edits = Bot.OriginalEdits(reindex);
        Assert.True(edits.Count >= 2, $"{edits.Count} edit(s)");
        Assert.Equal("Rebuilding the index\u2026", (string)Embed(edits[0])["title"]!);
        var summary = Description(edits[^1]);
        Assert.Contains("Full rebuild of 1 source(s)", summary, StringComparison.Ordinal);
        Assert.Contains("**6** read", summary, StringComparison.Ordinal);
        Assert.True(File.Exists(Bot.Directory.Combine("lucene", "sources-status.json")), "the reindex is recorded in the sources' status file");
        Assert.Contains("work together", Plain(Description(answer)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_without_full_refreshes_every_source_in_place()
    {
        var reindex = await Bot.SlashAsync("reindex", permissions: ServeFixture.ManageServer);

        var finished = await Bot.StandIn.WaitForRequestAsync(
            request => request.Route == StandInRoutes.EditOriginal && request.RouteValues["webhook_token"] == reindex.Token && request.Body.Contains("Reindex finished", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));

        var summary = Description((JsonObject)finished.Json!);
        Assert.StartsWith("Refresh of 1 source(s)", summary, StringComparison.Ordinal);
        Assert.Contains("**6** read, **0** added", summary, StringComparison.Ordinal);
    }
}
