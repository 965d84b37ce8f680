using Microsoft.Extensions.Logging;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Search.Indexing;
using NewsBot.Testing.Articles;
using static NewsBot.Search.Tests.Indexing.IndexTestArticles;

namespace NewsBot.Search.Tests.Indexing;

public sealed class IndexGenerationsTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public void A_folder_never_built_is_reported_missing_with_one_log_line()
    {
        Assert.Equal(IndexHealth.Missing, _harness.Generations.Leases.CheckHealth());
        Assert.Equal(IndexHealth.Missing, _harness.Generations.Leases.CheckHealth());

        var line = Assert.Single(_harness.Logs.GetSnapshot());
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains(_harness.Root, line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_survives_a_restart()
    {
        await _harness.Writer.UpsertAsync([Zebras()], CancellationToken.None);
        _harness.Generations.Dispose();

        using var restarted = _harness.Reopen();

        Assert.Equal(IndexHealth.Ready, restarted.Generations.Leases.CheckHealth());
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
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

        await _harness.Writer.ReplaceAllAsync([Penguins()], progress, CancellationToken.None);

        Assert.Equal(AnswerOutcome.Found, answersDuringBuild[0].Outcome);
        Assert.Equal(AnswerOutcome.NotFound, answersDuringBuild[1].Outcome);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
    }

    [Fact]
    public async Task A_searcher_taken_before_the_swap_keeps_reading_the_old_generation()
    {
        await _harness.ReplaceAllAsync(Zebras());
        var lease = _harness.Generations.Leases.AcquireSearcher()!.Value;

        await _harness.ReplaceAllAsync(Penguins());

        using (lease)
        {
            var ids = StoredArticles.All(lease.Searcher, new Lucene.Net.Search.MatchAllDocsQuery())
                .Select(document => document.Get("id"))
                .Distinct();
            Assert.Equal(["zebras"], ids);
        }

        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
    }

    [Fact]
    public async Task A_partial_generation_left_by_a_killed_rebuild_is_ignored_and_cleaned_up()
    {
        await _harness.ReplaceAllAsync(Zebras());
        _harness.Generations.Dispose();
        var partial = Path.Combine(_harness.Root, "gen-99991231235959999-deadbeef");
        Directory.CreateDirectory(partial);
        await File.WriteAllTextAsync(Path.Combine(partial, "_0.cfs"), "half a segment");
        await File.WriteAllTextAsync(Path.Combine(_harness.Root, "CURRENT.0123.tmp"), "gen-99991231235959999-deadbeef");

        using var restarted = _harness.Reopen();

        Assert.Equal(IndexHealth.Ready, restarted.Generations.Leases.CheckHealth());
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.False(Directory.Exists(partial));
        Assert.Single(restarted.GenerationFolders());
        Assert.Empty(Directory.GetFiles(_harness.Root, "*.tmp"));
    }

    [Fact]
    public async Task Swapping_deletes_generations_older_than_the_previous_one()
    {
        await _harness.ReplaceAllAsync(Zebras());
        await _harness.ReplaceAllAsync(Penguins());
        await _harness.ReplaceAllAsync(Zebras());

        Assert.Equal(2, _harness.GenerationFolders().Count);
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("truncate")]
    public async Task A_damaged_segments_file_is_reported_corrupt_with_one_error_line(string damage)
    {
        await _harness.ReplaceAllAsync(Zebras());
        _harness.Generations.Dispose();
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

        Assert.Equal(IndexHealth.Corrupt, restarted.Generations.Leases.CheckHealth());
        var line = Assert.Single(restarted.Logs.GetSnapshot());
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Contains("corrupt", line.Message, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.NotFound, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Fact]
    public async Task A_pointer_to_a_missing_generation_is_corrupt_and_a_rebuild_repairs_it()
    {
        await _harness.ReplaceAllAsync(Zebras());
        _harness.Generations.Dispose();
        Directory.Delete(_harness.LiveGenerationPath(), recursive: true);
        using var restarted = _harness.Reopen();
        Assert.Equal(IndexHealth.Corrupt, restarted.Generations.Leases.CheckHealth());

        await restarted.Writer.ReplaceAllAsync([Zebras()], null, CancellationToken.None);

        Assert.Equal(IndexHealth.Ready, restarted.Generations.Leases.CheckHealth());
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
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
                otherWrite = Task.Run(() => other.Writer.UpsertAsync([Penguins()], CancellationToken.None));
                otherFinishedDuringRebuild = otherWrite.Wait(TimeSpan.FromMilliseconds(500));
            }
        });

        await _harness.Writer.ReplaceAllAsync([Zebras(), Otters()], progress, CancellationToken.None);
        var otherUpdate = await otherWrite!;

        Assert.False(otherFinishedDuringRebuild, "the other writer must wait for the rebuild to finish");
        Assert.Equal(1, otherUpdate.Added);
        using var restarted = _harness.Reopen();
        Assert.Equal(3, restarted.Statistics.GetStats().Articles);
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

        await _harness.Writer.UpsertAsync([Otters()], CancellationToken.None);

        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
        Assert.Equal(AnswerOutcome.NotFound, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        using var restarted = _harness.Reopen();
        Assert.Equal(2, restarted.Statistics.GetStats().Articles);
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the otters float?")).Outcome);
    }

    [Fact]
    public async Task A_pointer_file_full_of_NUL_bytes_falls_back_to_the_newest_complete_generation_says_so_once_and_is_repaired()
    {
        await _harness.ReplaceAllAsync(Penguins());
        await _harness.ReplaceAllAsync(Zebras());
        var newest = Path.GetFileName(_harness.LiveGenerationPath());
        _harness.Generations.Dispose();
        await File.WriteAllBytesAsync(Path.Combine(_harness.Root, "CURRENT"), new byte[4096]);

        using var restarted = _harness.Reopen();

        Assert.Equal(IndexHealth.Ready, restarted.Generations.Leases.CheckHealth());
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Contains(newest, ((IIndexHealthCheck)restarted.Generations.Leases).Recovery, StringComparison.Ordinal);
        Assert.Equal(newest, File.ReadAllText(Path.Combine(_harness.Root, "CURRENT")));
        using var again = _harness.Reopen();
        Assert.Equal(IndexHealth.Ready, again.Generations.Leases.CheckHealth());
        Assert.Null(((IIndexHealthCheck)again.Generations.Leases).Recovery);
    }

    [Theory]
    [InlineData("gen-\u001b[2J../../etc")]
    [InlineData("not a generation at all")]
    [InlineData("gen-20990101000000000-00000000")]
    public async Task A_pointer_naming_garbage_keeps_the_intact_generation_live_and_a_rebuild_keeps_it_for_a_rollback(string garbage)
    {
        await _harness.ReplaceAllAsync(Zebras());
        var intact = Path.GetFileName(_harness.LiveGenerationPath());
        _harness.Generations.Dispose();
        await File.WriteAllTextAsync(Path.Combine(_harness.Root, "CURRENT"), garbage);
        using var restarted = _harness.Reopen();

        Assert.Equal(IndexHealth.Ready, restarted.Generations.Leases.CheckHealth());
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
        await restarted.ReplaceAllAsync(Penguins());

        Assert.True(Directory.Exists(Path.Combine(_harness.Root, intact)));
        var rolledBack = await restarted.Generations.History.RollbackAsync(CancellationToken.None);
        Assert.Equal(intact, rolledBack?.Name);
        Assert.Equal(AnswerOutcome.Found, (await restarted.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Fact]
    public async Task Damage_found_only_while_answering_is_one_log_line_and_the_previous_complete_generation_answers()
    {
        await _harness.ReplaceAllAsync(Zebras());
        await _harness.ReplaceAllAsync(Zebras(), Penguins());
        var damaged = _harness.LiveGenerationPath();
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the penguins huddle?")).Outcome);
        var random = new Random(19);
        foreach (var terms in Directory.GetFiles(damaged, "*.tim"))
        {
            // The open generation reads its term blocks only when a question needs them: they become noise under it.
            var bytes = await File.ReadAllBytesAsync(terms);
            random.NextBytes(bytes.AsSpan(64, bytes.Length - 256));
            await using var stream = new FileStream(terms, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            await stream.WriteAsync(bytes);
        }

        var answer = await _harness.AskAsync("Where did the zebras graze?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        var line = Assert.Single(_harness.Logs.GetSnapshot(), log => log.Level == LogLevel.Error);
        Assert.Contains(Path.GetFileName(damaged), line.Message, StringComparison.Ordinal);
        Assert.Contains("marked damaged", line.Message, StringComparison.Ordinal);
        Assert.NotEqual(damaged, _harness.LiveGenerationPath());
    }

    public void Dispose() => _harness.Dispose();
}
