using Microsoft.Extensions.Logging;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Search.Indexing;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Indexing;

public sealed class LuceneNewsIndexTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly SearchHarness _harness = new();

    private static AnalyzedArticle Zebras(string text = "Zebras grazed on the savanna near the river. Park rangers counted the herd at dawn.") =>
        TestArticleBuilder.Article("zebras", text).From("Wild News").Published(Day).InSource("feeds").Build();

    private static AnalyzedArticle Penguins() =>
        TestArticleBuilder.Article("penguins", "Penguins huddled on the ice shelf through the storm. Scientists tagged the colony.")
            .From("Polar Post").Published(Day.AddDays(-3)).InSource("folder").Build();

    [Fact]
    public void A_folder_never_built_is_reported_missing_with_one_log_line()
    {
        Assert.Equal(IndexHealth.Missing, _harness.Index.CheckHealth());
        Assert.Equal(IndexHealth.Missing, _harness.Index.CheckHealth());

        var line = Assert.Single(_harness.Logger.Entries);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains(_harness.Root, line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upsert_into_a_missing_index_adds_the_articles_and_makes_it_ready()
    {
        var update = await _harness.Index.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        Assert.Equal(new IndexUpdate(2, 0, 0, 0, 2), update);
        Assert.Equal(IndexHealth.Ready, _harness.Index.CheckHealth());
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Fact]
    public async Task Upsert_of_the_same_articles_leaves_them_unchanged()
    {
        await _harness.Index.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        var update = await _harness.Index.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        Assert.Equal(new IndexUpdate(0, 0, 2, 0, 0), update);
    }

    [Fact]
    public async Task Upsert_of_changed_text_replaces_the_old_passages()
    {
        await _harness.Index.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        var update = await _harness.Index.UpsertAsync(
            [Zebras("Zebras crossed the flooded river at noon. Park rangers counted the herd again.")],
            CancellationToken.None);

        Assert.Equal(new IndexUpdate(0, 1, 0, 0, 1), update);
        var answer = await _harness.AskAsync("When did the zebras cross the flooded river?");
        Assert.Contains("crossed the flooded river", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did zebras graze on the savanna?")).Outcome);
        Assert.Equal(2, _harness.Index.GetStats().Articles);
    }

    [Fact]
    public async Task Upsert_of_changed_metadata_counts_as_an_update()
    {
        await _harness.Index.UpsertAsync([Zebras()], CancellationToken.None);
        var retitled = Zebras() with { Article = Zebras().Article with { Title = "Herd counted at dawn" } };

        var update = await _harness.Index.UpsertAsync([retitled], CancellationToken.None);

        Assert.Equal(1, update.Updated);
        var answer = await _harness.AskAsync("How many zebras did park rangers count?");
        Assert.Equal("Herd counted at dawn", answer.Articles[0].Citation.Title);
    }

    [Fact]
    public async Task Remove_takes_articles_out_and_counts_only_those_present()
    {
        await _harness.Index.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        var update = await _harness.Index.RemoveAsync(["zebras", "never-indexed"], CancellationToken.None);

        Assert.Equal(1, update.Removed);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Equal(1, _harness.Index.GetStats().Articles);
    }

    [Fact]
    public async Task Article_ids_are_listed_by_source()
    {
        await _harness.Index.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        Assert.Equal(["zebras"], await _harness.Index.GetArticleIdsAsync("feeds", CancellationToken.None));
        Assert.Empty(await _harness.Index.GetArticleIdsAsync("elsewhere", CancellationToken.None));
    }

    [Fact]
    public async Task Stats_count_articles_passages_and_outlets_with_their_dates()
    {
        var undated = TestArticleBuilder.Article("undated", "An undated note about zebras. It has two sentences.").Build();
        await _harness.Index.UpsertAsync([Zebras(), Penguins(), undated], CancellationToken.None);

        var stats = _harness.Index.GetStats();

        Assert.Equal(3, stats.Articles);
        Assert.Equal(3, stats.Passages);
        Assert.Equal(Day, stats.Newest);
        Assert.Equal(Day.AddDays(-3), stats.Oldest);
        Assert.Equal(SearchHarness.Now, stats.UpdatedAt);
        var wild = Assert.Single(stats.Outlets, outlet => outlet.Outlet == "Wild News");
        Assert.Equal(1, wild.Articles);
        Assert.Equal(Day, wild.Newest);
    }

    [Fact]
    public async Task An_index_survives_a_restart()
    {
        await _harness.Index.UpsertAsync([Zebras()], CancellationToken.None);
        _harness.Index.Dispose();

        using var restarted = _harness.Reopen();

        Assert.Equal(IndexHealth.Ready, restarted.Index.CheckHealth());
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Fact]
    public async Task Replace_all_reports_added_updated_unchanged_and_removed()
    {
        await _harness.ReplaceAllAsync(Zebras(), Penguins());
        var otters = TestArticleBuilder.Article("otters", "Otters floated in the kelp forest. Divers filmed them.").Build();

        var update = await _harness.Index.ReplaceAllAsync(
            [Zebras("Zebras crossed the river."), otters],
            null,
            CancellationToken.None);

        Assert.Equal(new IndexUpdate(1, 1, 0, 1, 2), update);
    }

    [Fact]
    public async Task Questions_asked_during_a_rebuild_are_answered_from_the_old_index()
    {
        await _harness.ReplaceAllAsync(Zebras());
        var answersDuringBuild = new List<Answer>();
        var progress = new CallbackProgress<IndexProgress>(report =>
        {
            if (report.Stage == "indexing")
            {
                answersDuringBuild.Add(_harness.Ask("Where did the zebras graze?"));
                answersDuringBuild.Add(_harness.Ask("Where did the penguins huddle?"));
            }
        });

        await _harness.Index.ReplaceAllAsync([Penguins()], progress, CancellationToken.None);

        Assert.Equal(AnswerOutcome.Found, answersDuringBuild[0].Outcome);
        Assert.Equal(AnswerOutcome.NotFound, answersDuringBuild[1].Outcome);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
    }

    [Fact]
    public async Task A_large_rebuild_indexed_in_parallel_parts_holds_every_article_in_the_order_given()
    {
        var many = Numbered(LuceneNewsIndex.ParallelFromArticles + 20);
        var reports = new System.Collections.Concurrent.ConcurrentBag<IndexProgress>();

        var update = await _harness.Index.ReplaceAllAsync(many, new CallbackProgress<IndexProgress>(reports.Add), CancellationToken.None);

        Assert.Equal(new IndexUpdate(many.Count, 0, 0, 0, many.Count), update);
        Assert.Equal(many.Count, _harness.Index.GetStats().Articles);
        Assert.Contains(reports, report => report.Stage == "indexing" && report.Done == many.Count);
        Assert.Single(_harness.Generations());
        foreach (var i in new[] { 0, many.Count / 2 - 1, many.Count / 2, many.Count - 1 })
        {
            var answer = await _harness.AskAsync($"What happened at harbour{i}?");
            Assert.Equal($"numbered-{i}", answer.Articles[0].Citation.ArticleId);
        }

        using var lease = _harness.Index.AcquireSearcher()!.Value;
        var order = LuceneNewsIndex.AllDocuments(lease.Searcher, new Lucene.Net.Search.MatchAllDocsQuery())
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
            _harness.Index.ReplaceAllAsync(Numbered(LuceneNewsIndex.ParallelFromArticles + 20), failing, CancellationToken.None));

        Assert.Single(_harness.Generations());
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Fact]
    public async Task Adding_a_carrier_credits_it_on_every_passage_and_keeps_the_text()
    {
        await _harness.ReplaceAllAsync(Zebras(), Penguins());
        var before = await _harness.AskAsync("Where did the zebras graze?");

        var update = await _harness.Index.AddCarriersAsync(
            new Dictionary<string, IReadOnlyList<string>> { ["zebras"] = ["Plains Gazette", "wild news"], ["unknown"] = ["Nobody"] },
            CancellationToken.None);
        var again = await _harness.Index.AddCarriersAsync(
            new Dictionary<string, IReadOnlyList<string>> { ["zebras"] = ["plains gazette"] },
            CancellationToken.None);

        Assert.Equal((1, 1), (update.Updated, update.Passages));
        Assert.Equal(0, again.Updated);
        var after = await _harness.AskAsync("Where did the zebras graze?", outlet: "Plains Gazette");
        Assert.Equal(["Plains Gazette"], after.Articles[0].Citation.AlsoCarriedBy);
        Assert.Equal(before.Articles[0].Quotes.Select(quote => (quote.Text, quote.Span)), after.Articles[0].Quotes.Select(quote => (quote.Text, quote.Span)));
        Assert.Equal(2, _harness.Index.GetStats().Articles);
        var credit = (await _harness.Index.GetCreditsAsync(["zebras", "unknown"], CancellationToken.None)).Single();
        Assert.Equal(("zebras", "feeds", "Wild News"), (credit.Key, credit.Value.SourceName, credit.Value.Outlet));
    }

    [Fact]
    public async Task A_second_process_on_the_same_folder_waits_for_a_rebuild_and_then_writes_into_the_new_generation()
    {
        await _harness.ReplaceAllAsync(Zebras());
        using var other = _harness.Reopen();
        Task<IndexUpdate>? otherWrite = null;
        var otherFinishedDuringRebuild = false;
        var progress = new CallbackProgress<IndexProgress>(report =>
        {
            if (report.Stage == "committing" && otherWrite is null)
            {
                otherWrite = Task.Run(() => other.Index.UpsertAsync([Penguins()], CancellationToken.None));
                otherFinishedDuringRebuild = otherWrite.Wait(TimeSpan.FromMilliseconds(500));
            }
        });

        await _harness.Index.ReplaceAllAsync([Zebras(), Otters()], progress, CancellationToken.None);
        var otherUpdate = await otherWrite!;

        Assert.False(otherFinishedDuringRebuild, "the other writer must wait for the rebuild to finish");
        Assert.Equal(1, otherUpdate.Added);
        using var restarted = _harness.Reopen();
        Assert.Equal(3, restarted.Index.GetStats().Articles);
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the otters float?")).Outcome);
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the penguins huddle?")).Outcome);
    }

    [Fact]
    public async Task An_index_follows_a_generation_another_process_swapped_in_before_it_writes()
    {
        await _harness.ReplaceAllAsync(Zebras());
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        using (var other = _harness.Reopen())
        {
            await other.ReplaceAllAsync(Penguins());
        }

        await _harness.Index.UpsertAsync([Otters()], CancellationToken.None);

        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        using var restarted = _harness.Reopen();
        Assert.Equal(2, restarted.Index.GetStats().Articles);
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the otters float?")).Outcome);
    }

    private static AnalyzedArticle Otters() =>
        TestArticleBuilder.Article("otters", "Otters floated in the kelp forest. Divers filmed them.").Published(Day).Build();

    private static List<AnalyzedArticle> Numbered(int count) => Enumerable.Range(0, count)
        .Select(i => TestArticleBuilder.Article($"numbered-{i}", $"Boats docked at harbour{i} before the storm. The crew unloaded crates.").Published(Day).Build())
        .ToList();

    [Fact]
    public async Task A_searcher_taken_before_the_swap_keeps_reading_the_old_generation()
    {
        await _harness.ReplaceAllAsync(Zebras());
        var lease = _harness.Index.AcquireSearcher()!.Value;

        await _harness.ReplaceAllAsync(Penguins());

        using (lease)
        {
            var ids = Search.Indexing.LuceneNewsIndex.AllDocuments(lease.Searcher, new Lucene.Net.Search.MatchAllDocsQuery())
                .Select(document => document.Get("id"))
                .Distinct();
            Assert.Equal(["zebras"], ids);
        }

        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
    }

    [Fact]
    public async Task A_rebuild_that_fails_leaves_the_old_index_answering_and_no_partial_folder()
    {
        await _harness.ReplaceAllAsync(Zebras());
        var failing = new CallbackProgress<IndexProgress>(_ => throw new InvalidOperationException("source broke"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Index.ReplaceAllAsync([Penguins()], failing, CancellationToken.None));

        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
        Assert.Single(_harness.Generations());
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
            () => _harness.Index.ReplaceAllAsync([Penguins(), Zebras()], cancelling, cancellation.Token));

        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
        Assert.Single(_harness.Generations());
    }

    [Fact]
    public async Task A_partial_generation_left_by_a_killed_rebuild_is_ignored_and_cleaned_up()
    {
        await _harness.ReplaceAllAsync(Zebras());
        _harness.Index.Dispose();
        var partial = Path.Combine(_harness.Root, "gen-99991231235959999-deadbeef");
        Directory.CreateDirectory(partial);
        await File.WriteAllTextAsync(Path.Combine(partial, "_0.cfs"), "half a segment");
        await File.WriteAllTextAsync(Path.Combine(_harness.Root, "CURRENT.0123.tmp"), "gen-99991231235959999-deadbeef");

        using var restarted = _harness.Reopen();

        Assert.Equal(IndexHealth.Ready, restarted.Index.CheckHealth());
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.False(Directory.Exists(partial));
        Assert.Single(restarted.Generations());
        Assert.Empty(Directory.GetFiles(_harness.Root, "*.tmp"));
    }

    [Fact]
    public async Task Swapping_deletes_generations_older_than_the_previous_one()
    {
        await _harness.ReplaceAllAsync(Zebras());
        await _harness.ReplaceAllAsync(Penguins());
        await _harness.ReplaceAllAsync(Zebras());

        Assert.Equal(2, _harness.Generations().Count);
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("truncate")]
    public async Task A_damaged_segments_file_is_reported_corrupt_with_one_error_line(string damage)
    {
        await _harness.ReplaceAllAsync(Zebras());
        _harness.Index.Dispose();
        var segments = Directory.GetFiles(_harness.LiveGenerationPath(), "segments_*").Single();
        if (damage == "delete")
        {
            File.Delete(segments);
        }
        else
        {
            await using var stream = new FileStream(segments, FileMode.Open);
            stream.SetLength(stream.Length / 2);
        }

        using var restarted = _harness.Reopen();

        Assert.Equal(IndexHealth.Corrupt, restarted.Index.CheckHealth());
        var line = Assert.Single(restarted.Logger.Entries);
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Contains("corrupt", line.Message, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.NotFound, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Fact]
    public async Task A_pointer_to_a_missing_generation_is_corrupt_and_a_rebuild_repairs_it()
    {
        await _harness.ReplaceAllAsync(Zebras());
        _harness.Index.Dispose();
        Directory.Delete(_harness.LiveGenerationPath(), recursive: true);
        using var restarted = _harness.Reopen();
        Assert.Equal(IndexHealth.Corrupt, restarted.Index.CheckHealth());

        await restarted.Index.ReplaceAllAsync([Zebras()], null, CancellationToken.None);

        Assert.Equal(IndexHealth.Ready, restarted.Index.CheckHealth());
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
    }

    public void Dispose() => _harness.Dispose();
}
