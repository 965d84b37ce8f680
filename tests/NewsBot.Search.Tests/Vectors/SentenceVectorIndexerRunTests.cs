using System.Collections.Concurrent;
using NewsBot.Search.Tests.Indexing;
using NewsBot.Search.Vectors;
using NewsBot.Testing.Articles;
using NewsBot.Testing.Vectors;

namespace NewsBot.Search.Tests.Vectors;

/// <summary>
/// How a vector pass hands sentences to the model: each read (tokenised) once, then in runs of sentences of like
/// length, since a run is padded to its longest sentence.
/// </summary>
public sealed class SentenceVectorIndexerRunTests
{
    [Fact]
    public async Task EachSentenceIsPreparedOnceAndEmbeddedInRunsOfLikeLength()
    {
        var embedder = new RunRecordingEmbedder();
        using var harness = new SearchHarness(embedder: embedder);
        // 150 distinct sentences whose lengths climb and fall again, in no order the index keeps.
        var articles = Enumerable.Range(0, 150).Select(i => TestArticleBuilder
            .Article($"varied-{i}", $"Boats docked at harbour{i} {string.Join(' ', Enumerable.Repeat("again", (i * 37) % 41))}.")
            .Published(IndexTestArticles.Day).Build());
        await harness.ReplaceAllAsync([.. articles]);

        var update = await harness.Vectors!.EmbedMissingAsync(2, null, CancellationToken.None);

        Assert.Equal(150, update.Embedded);
        Assert.Equal(150, embedder.Prepared.Count);
        Assert.Equal(150, embedder.Prepared.Distinct().Count());
        var runs = embedder.Runs.Select(run => (Min: run.Min(), Max: run.Max(), run.Length)).OrderBy(run => run.Min).ThenBy(run => run.Max).ToList();
        Assert.Equal(150, runs.Sum(run => run.Length));
        Assert.All(runs, run => Assert.InRange(run.Length, 1, 16));

        // Sorted by their shortest sentence, no run reaches past the next one's shortest: the runs do not overlap.
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.True(runs[i - 1].Max <= runs[i].Min, $"run {i - 1} ({runs[i - 1].Min}–{runs[i - 1].Max}) overlaps run {i} ({runs[i].Min}–{runs[i].Max})");
        }
    }

    [Fact]
    public async Task AStoppedPassKeepsEveryRunItFinishedNotOnlyWholeSaves()
    {
        var embedder = new WordHashEmbedder();
        using var harness = new SearchHarness(embedder: embedder);
        await harness.ReplaceAllAsync([.. IndexTestArticles.Numbered(80)]);
        using var stop = new CancellationTokenSource();
        embedder.AfterSentence = count =>
        {
            if (count == 20)
            {
                stop.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Vectors!.EmbedMissingAsync(1, null, stop.Token));
        var restarted = new WordHashEmbedder();
        using var reopened = new SearchHarness(harness.Root, embedder: restarted);
        var update = await reopened.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);

        // One run of 16 sentences had finished when the pass stopped, short of a save of 64: it was kept all the same.
        Assert.Equal(update.Sentences - 16, update.Embedded);
    }

    // The word-hash stand-in, recording each sentence prepared and the lengths of each run it is asked to embed.
    private sealed class RunRecordingEmbedder : ISentenceEmbedder
    {
        private readonly WordHashEmbedder _inner = new();

        public ConcurrentBag<string> Prepared { get; } = [];

        public ConcurrentBag<int[]> Runs { get; } = [];

        public string ModelName => _inner.ModelName;

        public int Dimensions => _inner.Dimensions;

        public float[] EmbedSentence(string sentence, CancellationToken cancellationToken) => _inner.EmbedSentence(sentence, cancellationToken);

        public float[] EmbedQuestion(string question, CancellationToken cancellationToken) => _inner.EmbedQuestion(question, cancellationToken);

        public PreparedSentence Prepare(string sentence)
        {
            Prepared.Add(sentence);
            return new PreparedSentence(sentence, sentence.Length);
        }

        public float[][] EmbedPrepared(IReadOnlyList<PreparedSentence> sentences, CancellationToken cancellationToken)
        {
            Runs.Add([.. sentences.Select(sentence => sentence.Length)]);
            return [.. sentences.Select(sentence => _inner.EmbedSentence(sentence.Text, cancellationToken))];
        }
    }
}
