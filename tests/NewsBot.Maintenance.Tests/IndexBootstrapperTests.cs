using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Testing;

namespace NewsBot.Maintenance.Tests;

public sealed class IndexBootstrapperTests
{
    [Fact]
    public async Task Missing_index_is_built_from_the_sources()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"));

        var report = await engine.Get<IndexBootstrapper>().EnsureReadyAsync(null, CancellationToken.None);

        Assert.NotNull(report);
        Assert.Equal(IndexHealth.Ready, engine.Get<IIndexHealthCheck>().CheckHealth());
    }

    [Fact]
    public async Task Ready_index_is_left_alone()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"));
        var bootstrapper = engine.Get<IndexBootstrapper>();
        await bootstrapper.EnsureReadyAsync(null, CancellationToken.None);

        Assert.Null(await bootstrapper.EnsureReadyAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Corrupt_index_is_rebuilt_and_answers_again()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        using (var engine = new MaintenanceFixture(directory, directory.Combine("wire")))
        {
            await engine.Get<IndexBootstrapper>().EnsureReadyAsync(null, CancellationToken.None);
        }

        foreach (var segments in Directory.GetFiles(directory.Combine("lucene"), "segments_*", SearchOption.AllDirectories))
        {
            File.WriteAllText(segments, "garbage");
        }

        using var reopened = new MaintenanceFixture(directory, directory.Combine("wire"));
        Assert.Equal(IndexHealth.Corrupt, reopened.Get<IIndexHealthCheck>().CheckHealth());

        var report = await reopened.Get<IndexBootstrapper>().EnsureReadyAsync(null, CancellationToken.None);

        Assert.NotNull(report);
        var answer = await reopened.Get<IQuestionAnswerer>().AskAsync(new AskRequest("What did the Senate pass?"), CancellationToken.None);
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
    }
}
