using Microsoft.Extensions.Logging;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Search.Indexing;
using NewsBot.Testing.Articles;
using static NewsBot.Search.Tests.Indexing.IndexTestArticles;

namespace NewsBot.Search.Tests.Indexing;

public sealed class LuceneIndexWriterTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task Upsert_into_a_missing_index_adds_the_articles_and_makes_it_ready()
    {
        var update = await _harness.Writer.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        Assert.Equal(new IndexUpdate(2, 0, 0, 0, 2), update);
        Assert.Equal(IndexHealth.Ready, _harness.Generations.Leases.CheckHealth());
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Fact]
    public async Task Upsert_of_the_same_articles_leaves_them_unchanged()
    {
        await _harness.Writer.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        var update = await _harness.Writer.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        Assert.Equal(new IndexUpdate(0, 0, 2, 0, 0), update);
    }

    [Fact]
    public async Task Upsert_of_changed_text_replaces_the_old_passages()
    {
        await _harness.Writer.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        var update = await _harness.Writer.UpsertAsync(
            [Zebras("Zebras crossed the flooded river at noon. Park rangers counted the herd again.")],
            CancellationToken.None);

        Assert.Equal(new IndexUpdate(0, 1, 0, 0, 1), update);
        var answer = await _harness.AskAsync("When did the zebras cross the flooded river?");
        Assert.Contains("crossed the flooded river", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did zebras graze on the savanna?")).Outcome);
        Assert.Equal(2, _harness.Statistics.GetStats().Articles);
    }

    [Fact]
    public async Task Upsert_of_changed_metadata_counts_as_an_update()
    {
        await _harness.Writer.UpsertAsync([Zebras()], CancellationToken.None);
        var retitled = Zebras() with { Article = Zebras().Article with { Title = "Herd counted at dawn" } };

        var update = await _harness.Writer.UpsertAsync([retitled], CancellationToken.None);

        Assert.Equal(1, update.Updated);
        var answer = await _harness.AskAsync("How many zebras did park rangers count?");
        Assert.Equal("Herd counted at dawn", answer.Articles[0].Citation.Title);
    }

    [Fact]
    public async Task Remove_takes_articles_out_and_counts_only_those_present()
    {
        await _harness.Writer.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        var update = await _harness.Writer.RemoveAsync(["zebras", "never-indexed"], CancellationToken.None);

        Assert.Equal(1, update.Removed);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Equal(1, _harness.Statistics.GetStats().Articles);
    }

    [Fact]
    public async Task Replace_all_reports_added_updated_unchanged_and_removed()
    {
        await _harness.ReplaceAllAsync(Zebras(), Penguins());
        var otters = TestArticleBuilder.Article("otters", "Otters floated in the kelp forest. Divers filmed them.").Build();

        var update = await _harness.Writer.ReplaceAllAsync(
            [Zebras("Zebras crossed the river."), otters],
            null,
            CancellationToken.None);

        Assert.Equal(new IndexUpdate(1, 1, 0, 1, 2), update);
    }

    [Fact]
    public async Task A_large_rebuild_indexed_in_parallel_parts_holds_every_article_in_the_order_given()
    {
        var many = Numbered(GenerationBuilder.ParallelFromArticles + 20);
        var reports = new System.Collections.Concurrent.ConcurrentBag<IndexProgress>();

        var update = await _harness.Writer.ReplaceAllAsync(many, new CallbackProgress<IndexProgress>(reports.Add), CancellationToken.None);

        Assert.Equal(new IndexUpdate(many.Count, 0, 0, 0, many.Count), update);
        Assert.Equal(many.Count, _harness.Statistics.GetStats().Articles);
        Assert.Contains(reports, report => report.Stage == "indexing" && report.Done == many.Count);
        Assert.Single(_harness.GenerationFolders());
        foreach (var i in new[] { 0, many.Count / 2 - 1, many.Count / 2, many.Count - 1 })
        {
            var answer = await _harness.AskAsync($"What happened at harbour{i}?");
            Assert.Equal($"numbered-{i}", answer.Articles[0].Citation.ArticleId);
        }

        using var lease = _harness.Generations.Leases.AcquireSearcher()!.Value;
        var order = StoredArticles.All(lease.Searcher, new Lucene.Net.Search.MatchAllDocsQuery())
            .Select(document => document.Get("id"))
            .Distinct()
            .ToList();
        Assert.Equal(many.Select(article => article.Article.Id), order);
    }

    [Fact]
    public async Task A_parallel_rebuild_that_fails_leaves_the_old_index_and_no_part_folders()
    {
        await _harness.ReplaceAllAsync(Zebras());
        var failing = new CallbackProgress<IndexProgress>(report =>
        {
            if (report.Stage == "indexing" && report.Done >= 100)
            {
                throw new InvalidOperationException("disk full");
            }
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _harness.Writer.ReplaceAllAsync(Numbered(GenerationBuilder.ParallelFromArticles + 20), failing, CancellationToken.None));

        Assert.Single(_harness.GenerationFolders());
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Fact]
    public async Task A_rebuild_that_fails_leaves_the_old_index_answering_and_no_partial_folder()
    {
        await _harness.ReplaceAllAsync(Zebras());
        var failing = new CallbackProgress<IndexProgress>(_ => throw new InvalidOperationException("source broke"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Writer.ReplaceAllAsync([Penguins()], failing, CancellationToken.None));

        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
        Assert.Single(_harness.GenerationFolders());
        using var restarted = _harness.Reopen();
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Fact]
    public async Task A_cancelled_rebuild_leaves_the_old_index_answering()
    {
        await _harness.ReplaceAllAsync(Zebras());
        using var cancellation = new CancellationTokenSource();
        var cancelling = new CallbackProgress<IndexProgress>(_ => cancellation.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _harness.Writer.ReplaceAllAsync([Penguins(), Zebras()], cancelling, cancellation.Token));

        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
        Assert.Single(_harness.GenerationFolders());
    }

[Fact]
    public async Task A_refused_swap_leaves_the_live_generation_answering_and_deletes_the_new_one()
    {
        await _harness.ReplaceAllAsync(Zebras(), Penguins());
        GenerationSwap? seen = null;

        var update = await _harness.Writer.ReplaceAllAsync([Otters()], null, swap => (seen = swap) is null, CancellationToken.None);

        Assert.Null(update);
        Assert.Equal(new GenerationSwap(2, 1) { Removed = 2 }, seen);
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Single(_harness.GenerationFolders());
    }

    [Fact]
    public async Task An_approved_swap_is_made_as_without_a_check()
    {
        await _harness.ReplaceAllAsync(Zebras());

        var update = await _harness.Writer.ReplaceAllAsync([Otters()], null, _ => true, CancellationToken.None);

        Assert.Equal(1, update?.Added);
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the otters float?")).Outcome);
    }

        public void Dispose() => _harness.Dispose();
}
