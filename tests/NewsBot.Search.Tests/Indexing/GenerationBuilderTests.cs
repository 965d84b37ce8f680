using Lucene.Net.Store;
using NewsBot.Core.Articles;
using NewsBot.Search.Indexing;
using NewsBot.Testing.Articles;
using Xunit;

namespace NewsBot.Search.Tests.Indexing;

public sealed class GenerationBuilderTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public void A_large_batch_written_in_parallel_parts_makes_the_same_index_as_written_on_one_thread()
    {
        var articles = Articles(GenerationBuilder.ParallelFromArticles + 37);

        var sequential = Build("gen-one-part", parts: 1, articles);
        var parallel = Build("gen-three-parts", parts: 3, articles);

        Assert.Equal(sequential, parallel);
        Assert.Contains($"id=article-{articles.Count - 1}\n", parallel, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    private string Build(string name, int parts, List<AnalyzedArticle> articles)
    {
        new GenerationBuilder(_harness.Generations.Store, _harness.Generations.Gate, parts).Write(name, articles, progress: null, CancellationToken.None);
        using var directory = FSDirectory.Open(_harness.Generations.Store.PathOf(name));
        return IndexDump.Of(directory);
    }

    // Articles of several passages each, with headlines, outlets and dates that differ from one to the next.
    private static List<AnalyzedArticle> Articles(int count) => Enumerable.Range(0, count)
        .Select(i => TestArticleBuilder
            .Article($"article-{i}", $"Boats docked at harbour{i} before the storm. The crew of ship{i % 7} unloaded crates. Gulls circled the pier{i % 3}.")
            .Titled($"Storm reaches harbour{i} and the pier")
            .From($"Outlet {i % 5}")
            .Published(IndexTestArticles.Day.AddHours(-i))
            .SentencesPerPassage(1 + (i % 2))
            .Build())
        .ToList();
}
