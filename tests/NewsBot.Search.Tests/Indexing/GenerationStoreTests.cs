using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using static NewsBot.Search.Tests.Indexing.IndexTestArticles;

namespace NewsBot.Search.Tests.Indexing;

public sealed class GenerationStoreTests : IDisposable
{
    private readonly SearchHarness _harness = SearchHarness.InMemory();

    [Fact]
    public async Task Generations_are_written_and_read_through_the_directory_the_store_is_given()
    {
        await _harness.ReplaceAllAsync(Zebras());
        await _harness.Writer.UpsertAsync([Penguins()], CancellationToken.None);

        // The pointer and the complete marker are files; Lucene's own files went to the directory given instead.
        Assert.Empty(System.IO.Directory.GetFiles(_harness.LiveGenerationPath(), "segments*"));
        Assert.Equal(IndexHealth.Ready, _harness.Generations.Leases.CheckHealth());
        Assert.Equal(AnswerOutcome.Found, (await _harness.AskAsync("Where did the zebras graze?")).Outcome);
        Assert.Equal(2, _harness.Statistics.GetStats().Articles);
    }

    public void Dispose() => _harness.Dispose();
}
