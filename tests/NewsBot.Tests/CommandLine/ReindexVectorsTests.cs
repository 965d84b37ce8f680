using Microsoft.Extensions.DependencyInjection;
using NewsBot.Search.Vectors;
using NewsBot.Testing.Vectors;

namespace NewsBot.Tests.CommandLine;

/// <summary><c>newsbot reindex</c> computes sentence vectors after the index is live, unless told not to.</summary>
public sealed class ReindexVectorsTests
{
    [Fact]
    public async Task Reindex_embeds_every_sentence_after_the_summary_and_a_second_reindex_reuses_them()
    {
        var embedder = new WordHashEmbedder();
        using var cli = new CliRunner { Services = services => services.AddSingleton<ISentenceEmbedder>(embedder) };

        var first = await cli.RunAsync(["reindex"], ("Index:Semantic", "true"));
        var embedded = embedder.SentenceCalls;
        var second = await cli.RunAsync(["reindex"], ("Index:Semantic", "true"));

        Assert.Equal(0, first.ExitCode);
        Assert.True(embedded > 0);
        Assert.True(first.Output.IndexOf("1 read", StringComparison.Ordinal) < first.Output.IndexOf("Sentence vectors:", StringComparison.Ordinal));
        Assert.Contains($"Sentence vectors: {embedded} sentences embedded, 0 reused; every sentence has one (", first.Output, StringComparison.Ordinal);
        Assert.Contains($"Sentence vectors: 0 sentences embedded, {embedded} reused; every sentence has one (", second.Output, StringComparison.Ordinal);
        Assert.Equal(embedded, embedder.SentenceCalls);
    }

    [Fact]
    public async Task Reindex_with_no_vectors_stops_once_the_index_is_live()
    {
        var embedder = new WordHashEmbedder();
        using var cli = new CliRunner { Services = services => services.AddSingleton<ISentenceEmbedder>(embedder) };

        var result = await cli.RunAsync(["reindex", "--no-vectors"], ("Index:Semantic", "true"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Sentence vectors", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, embedder.SentenceCalls);
        Assert.Contains("work together", (await cli.RunAsync("ask", "What did Trump say about working with Mamdani?")).Unmarked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_c_during_the_vectors_says_the_new_index_is_live_and_keeps_what_was_computed()
    {
        using var stop = new CancellationTokenSource();
        var embedder = new StoppingEmbedder(stop, sentencesBeforeStop: 1);
        using var cli = new CliRunner { Services = services => services.AddSingleton<ISentenceEmbedder>(embedder), Cancellation = stop.Token };
        cli.Directory.WriteFile("more/senate.md", "---\ntitle: Senate passes budget\noutlet: Example Wire\npublished: 2025-11-20\n---\nThe Senate passed the budget on Thursday. Farm subsidies were the sticking point. The vote was close.\n");

        var stopped = await cli.RunAsync(["reindex", "--from", cli.Directory.Combine("more")], ("Index:Semantic", "true"));

        Assert.Equal(1, stopped.ExitCode);
        Assert.Contains("the new index is live", stopped.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("as it was before", stopped.Error, StringComparison.Ordinal);
        using var next = new CliRunner();
        Assert.Contains("budget", (await next.RunAsync(["ask", "What did the Senate pass?"], ("Index:Path", cli.IndexPath))).Unmarked, StringComparison.Ordinal);
        Assert.True(embedder.SentenceCalls >= 1);
    }

    [Fact]
    public async Task Rollback_takes_no_vector_option()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("reindex", "--rollback", "--no-vectors");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--rollback takes no other option", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Word-hash vectors that stop the run, as Ctrl+C would, once the given number of sentences is embedded.</summary>
    private sealed class StoppingEmbedder(CancellationTokenSource stop, int sentencesBeforeStop) : ISentenceEmbedder
    {
        private readonly WordHashEmbedder _inner = new();

        public int SentenceCalls => _inner.SentenceCalls;

        public string ModelName => _inner.ModelName;

        public int Dimensions => _inner.Dimensions;

        public float[] EmbedSentence(string sentence, CancellationToken cancellationToken)
        {
            if (_inner.SentenceCalls >= sentencesBeforeStop)
            {
                stop.Cancel();
            }

            cancellationToken.ThrowIfCancellationRequested();
            return _inner.EmbedSentence(sentence, cancellationToken);
        }

        public float[] EmbedQuestion(string question, CancellationToken cancellationToken) => _inner.EmbedQuestion(question, cancellationToken);
    }
}
