using NewsBot.Bot.Conversation;
using NewsBot.Bot.Reindex;
using NewsBot.Bot.Rendering;
using NewsBot.Bot.Tests.Fakes;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;

namespace NewsBot.Bot.Tests.Rendering;

public sealed class SourcesAndReindexRendererTests
{
    [Fact]
    public void Sources_lists_outlets_by_article_count_with_dates()
    {
        var day = new DateTimeOffset(2025, 11, 21, 0, 0, 0, TimeSpan.Zero);
        var stats = new IndexStats(5, 20, day, day, day.AddDays(-3),
            [new OutletStats("Small *Paper*", 1, day, day), new OutletStats("Reuters", 4, day, day.AddDays(-3))]);

        var description = Assert.Single(SourcesRenderer.Render(stats).Cards!).Description!;

        var lines = description.Split('\n');
        Assert.Equal("**Reuters**: 4 articles, newest 21 Nov 2025, oldest 18 Nov 2025", lines[1]);
        Assert.Equal(@"**Small \*Paper\***: 1 article, newest 21 Nov 2025, oldest 21 Nov 2025", lines[2]);
    }

    [Fact]
    public void Thousands_of_outlets_are_cut_with_a_count_of_the_rest()
    {
        var stats = new IndexStats(3000, 9000, null, null, null, [.. Enumerable.Range(1, 3000).Select(n => new OutletStats($"Outlet {n}", 1, null, null))]);

        var message = SourcesRenderer.Render(stats);

        ReplyAssert.WithinLimits(message);
        Assert.Contains("more outlets.", Assert.Single(message.Cards!).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_rebuild_says_why_the_index_is_as_it_was_and_how_an_admin_accepts_it()
    {
        var summary = new ReindexSummary(
            Full: true,
            [new SourceReport("samples", null, 0, IndexUpdate.None, [], TimeSpan.FromSeconds(1))],
            IndexUpdate.None,
            TimeSpan.FromSeconds(1))
        {
            Refusal = "the rebuilt index (0 articles) would leave the index empty, so it was not swapped in",
        };

        var card = Assert.Single(ReindexRenderer.Summary(summary).Cards!);

        Assert.Equal("Reindex finished with problems", card.Title);
        Assert.Contains("Not swapped in: the rebuilt index", card.Description, StringComparison.Ordinal);
        Assert.Contains("would leave the index empty", card.Description, StringComparison.Ordinal);
        Assert.Contains("/reindex full:true allow_shrink:true", card.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Reindex_summary_names_every_count_and_why_items_were_skipped()
    {
        var summary = new ReindexSummary(
            Full: true,
            [
                new SourceReport("samples", null, 3, new IndexUpdate(2, 1, 0, 1, 9), [new SkippedItem("a/broken.json", 3, "Not valid JSON.")], TimeSpan.FromSeconds(1)),
                new SourceReport("feed", "The feed could not be reached.", 0, IndexUpdate.None, [], TimeSpan.Zero),
            ],
            new IndexUpdate(2, 1, 0, 1, 9),
            TimeSpan.FromSeconds(1.25));

        var card = Assert.Single(ReindexRenderer.Summary(summary).Cards!);

        Assert.Equal("Reindex finished with problems", card.Title);
        Assert.Contains("**3** read, **2** added, **1** updated, 0 unchanged, **1** removed, **1** skipped", card.Description, StringComparison.Ordinal);
        Assert.Contains("1.3 s", card.Description, StringComparison.Ordinal);
        Assert.Contains("a/broken.json:3: Not valid JSON.", card.Description, StringComparison.Ordinal);
        Assert.Contains("feed could not be read: The feed could not be reached.", card.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Reindex_summary_of_half_a_million_skipped_lines_counts_them_all_and_lists_what_fits()
    {
        var skipped = Enumerable.Range(1, 500_000).Select(line => new SkippedItem("news/bad.jsonl", line, "Not valid JSON.")).ToList();
        var summary = new ReindexSummary(
            Full: true,
            [new SourceReport("samples", null, 1, new IndexUpdate(1, 0, 0, 0, 1), skipped, TimeSpan.FromSeconds(1))],
            new IndexUpdate(1, 0, 0, 0, 1),
            TimeSpan.FromSeconds(1));

        var card = Assert.Single(ReindexRenderer.Summary(summary).Cards!);

        Assert.Contains("**500,000** skipped", card.Description, StringComparison.Ordinal);
        var listed = card.Description!.Split('\n').Count(line => line.StartsWith("\u2022 ", StringComparison.Ordinal));
        Assert.InRange(listed, 1, SourceReport.MaxSkippedListed);
        Assert.EndsWith($"\u2026and {500_000 - listed:N0} more (see the logs).", card.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Reindex_progress_shows_the_stage_and_counts_with_thousands_separators()
    {
        var card = Assert.Single(ReindexRenderer.Progress(false, new IndexProgress("indexing samples", 1200, 2997), TimeSpan.FromSeconds(2)).Cards!);

        Assert.Equal("Refreshing the index\u2026", card.Title);
        Assert.StartsWith("indexing samples: 1,200 of 2,997 articles (2.0 s so far)", card.Description, StringComparison.Ordinal);
    }
}
