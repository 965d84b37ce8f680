using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using static NewsBot.Search.Tests.Indexing.IndexTestArticles;

namespace NewsBot.Search.Tests.Indexing;

/// <summary>The previous generations <see cref="Search.Indexing.GenerationHistory"/> lists, and rolling back to them.</summary>
public sealed class IndexGenerationHistoryTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task A_swap_keeps_the_replaced_generation_with_its_article_count()
    {
        await _harness.ReplaceAllAsync(Zebras(), Otters());
        await _harness.ReplaceAllAsync(Penguins());

        var generations = _harness.Generations.History.ListGenerations();

        Assert.Equal([(1, true), (2, false)], generations.Select(generation => (generation.Articles, generation.IsLive)));
        Assert.Equal(2, _harness.GenerationFolders().Count);
    }

    [Fact]
    public async Task A_rollback_brings_back_the_previous_generations_articles_and_can_itself_be_undone()
    {
        await _harness.ReplaceAllAsync(Zebras());
        await _harness.ReplaceAllAsync(Penguins());

        var live = await _harness.Generations.History.RollbackAsync(CancellationToken.None);

        Assert.Equal(1, live?.Articles);
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
        using (var restarted = _harness.Reopen())
        {
            Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
        }

        await _harness.Generations.History.RollbackAsync(CancellationToken.None);

        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
    }

    [Fact]
    public async Task A_process_following_the_pointer_sees_the_rollback()
    {
        await _harness.ReplaceAllAsync(Zebras());
        await _harness.ReplaceAllAsync(Penguins());
        using var other = _harness.Reopen();
        Assert.Equal(AnswerOutcome.Found, (await other.AskAsync("Where did the penguins huddle?")).Outcome);

        await _harness.Generations.History.RollbackAsync(CancellationToken.None);
        other.Time.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal(AnswerOutcome.Found, (await other.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Equal(AnswerOutcome.NotFound, (await other.AskAsync("Where did the penguins huddle?")).Outcome);
    }

    [Fact]
    public async Task Without_a_previous_generation_a_rollback_changes_nothing()
    {
        await _harness.ReplaceAllAsync(Zebras());

        Assert.Null(await _harness.Generations.History.RollbackAsync(CancellationToken.None));
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 3)]
    public async Task As_many_previous_generations_are_kept_as_the_setting_says(int keep, int folders)
    {
        using var harness = new SearchHarness(options: new SearchOptions { KeepGenerations = keep });
        await harness.ReplaceAllAsync(Zebras());
        await harness.ReplaceAllAsync(Penguins());
        await harness.ReplaceAllAsync(Otters());

        Assert.Equal(folders, harness.GenerationFolders().Count);
        Assert.Equal(folders, harness.Generations.History.ListGenerations().Count);
    }

    [Fact]
    public async Task A_restart_keeps_the_previous_generation_and_deletes_only_leftovers()
    {
        await _harness.ReplaceAllAsync(Zebras());
        await _harness.ReplaceAllAsync(Penguins());
        _harness.Generations.Dispose();
        Directory.CreateDirectory(Path.Combine(_harness.Root, "gen-99991231235959999-deadbeef"));

        using var restarted = _harness.Reopen();
        await restarted.AskAsync("Where did the penguins huddle?");

        Assert.Equal(2, restarted.GenerationFolders().Count);
        Assert.Equal(1, (await restarted.Generations.History.RollbackAsync(CancellationToken.None))?.Articles);
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Fact]
    public async Task After_two_rebuilds_that_ran_at_once_a_rollback_brings_back_the_index_from_before_them()
    {
        await _harness.ReplaceAllAsync(Zebras());
        using var other = _harness.Reopen();
        Assert.Equal(AnswerOutcome.Found, (await other.AskAsync("Where did the zebras graze?")).Outcome);
        using var release = new ManualResetEventSlim();
        var building = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = new CallbackProgress<IndexProgress>(_ =>
        {
            building.TrySetResult();
            release.Wait(TimeSpan.FromMinutes(1));
        });

        // This process rebuilds, holding the index's write turn; the other asks for its own rebuild meanwhile.
        var first = Task.Run(() => _harness.Writer.ReplaceAllAsync([Penguins()], holding, CancellationToken.None));
        await building.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var second = Task.Run(() => other.Writer.ReplaceAllAsync([Otters()], null, CancellationToken.None));
        await WaitUntilAsync(() => other.Logs.GetSnapshot().Any(log => log.Id.Name == "WaitingForOtherWriter"));
        release.Set();
        await first.WaitAsync(TimeSpan.FromMinutes(1));
        await second.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(AnswerOutcome.Found, (await other.AskAsync("Where did the otters float?")).Outcome);

        var live = await other.Generations.History.RollbackAsync(CancellationToken.None);

        Assert.Equal(1, live?.Articles);
        Assert.Equal(AnswerOutcome.Found, (await other.AskAsync("Where did the zebras graze?")).Outcome);
    }

    public void Dispose() => _harness.Dispose();

    // Another thread's progress is awaited on real time; the bound turns a hang into a failure, never a timing assertion.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!condition())
        {
            await Task.Delay(10, bound.Token);
        }
    }
}
