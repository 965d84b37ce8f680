using Microsoft.Extensions.Logging;
using NewsBot.Core.Answers;
using NewsBot.Core.Recent;
using static NewsBot.Search.Tests.Indexing.IndexTestArticles;

namespace NewsBot.Search.Tests.Indexing;

/// <summary>
/// Damage found only while reading, for each reader of the index: the generation is marked damaged, one line says so,
/// and the previous complete generation answers, in the same process (as in <c>serve</c>).
/// </summary>
public sealed class DamageFallbackTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task The_recent_list_falls_back_to_the_previous_complete_generation_with_one_line()
    {
        var damaged = await DamagedLatestAsync();

        var recent = await _harness.Recent.GetRecentAsync(new RecentRequest("zebras grazed", Limit: 10), CancellationToken.None);

        Assert.Equal(["zebras"], recent.Articles.Select(article => article.Citation.ArticleId));
        AssertOneLineNaming(damaged);
    }

    [Fact]
    public async Task The_statistics_fall_back_to_the_previous_complete_generation_with_one_line()
    {
        var damaged = await DamagedLatestAsync();

        var stats = _harness.Statistics.GetStats();

        Assert.Equal(1, stats.Articles);
        AssertOneLineNaming(damaged);
    }

    [Fact]
    public async Task A_question_falls_back_to_the_previous_complete_generation_with_one_line()
    {
        var damaged = await DamagedLatestAsync();

        var answer = await _harness.AskAsync("Where did the zebras graze?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        AssertOneLineNaming(damaged);
    }

    public void Dispose() => _harness.Dispose();

    // A first generation of zebras, then a live one of zebras and penguins whose terms and stored fields turn to noise
    // while it is open (it reads them only when a read needs them). Returns the damaged generation's folder.
    private async Task<string> DamagedLatestAsync()
    {
        await _harness.ReplaceAllAsync(Zebras());
        await _harness.ReplaceAllAsync(Zebras(), Penguins());
        var damaged = _harness.LiveGenerationPath();
        using (var opened = _harness.Generations.Leases.AcquireSearcher())
        {
            Assert.NotNull(opened);
        }

        var random = new Random(19);
        foreach (var file in Directory.GetFiles(damaged, "*.tim").Concat(Directory.GetFiles(damaged, "*.fdt")))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            random.NextBytes(bytes.AsSpan(64, bytes.Length - 128));
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            await stream.WriteAsync(bytes);
        }

        return damaged;
    }

    private void AssertOneLineNaming(string damaged)
    {
        var line = Assert.Single(_harness.Logs.GetSnapshot(), log => log.Level == LogLevel.Error);
        Assert.Contains(Path.GetFileName(damaged), line.Message, StringComparison.Ordinal);
        Assert.Contains("marked damaged", line.Message, StringComparison.Ordinal);
        Assert.NotEqual(damaged, _harness.LiveGenerationPath());
    }
}
