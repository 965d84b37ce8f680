using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Search.Tests.Indexing;
using NewsBot.Search.Vectors;
using NewsBot.Testing.Articles;
using NewsBot.Testing.Vectors;

namespace NewsBot.Search.Tests.Vectors;

/// <summary>
/// Sentence vectors computed after the lexical index is live, saved with its generation, reused by content and
/// resumed after an interruption, with a counting stand-in for the model (these tests are about the plumbing).
/// </summary>
public sealed class SentenceVectorIndexerTests
{
    [Fact]
    public async Task EverySentenceOfTheLiveIndexGetsOneVectorAndTheNextPassEmbedsNothing()
    {
        var embedder = new WordHashEmbedder();
        using var harness = new SearchHarness(embedder: embedder);
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras(), IndexTestArticles.Penguins());

        var first = await harness.Vectors!.EmbedMissingAsync(2, null, CancellationToken.None);
        var second = await harness.Vectors.EmbedMissingAsync(2, null, CancellationToken.None);

        Assert.Equal((4, 4, 0), (first.Sentences, first.Embedded, first.Missing));
        Assert.Equal((4, 0, 0), (second.Sentences, second.Embedded, second.Missing));
        Assert.Equal(4, embedder.SentenceCalls);
        Assert.Contains("Penguins huddled on the ice shelf through the storm.", embedder.Sentences);
    }

    [Fact]
    public async Task AFullReindexEmbedsOnlyTheSentencesItHasNotSeen()
    {
        var embedder = new WordHashEmbedder();
        using var harness = new SearchHarness(embedder: embedder);
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras(), IndexTestArticles.Penguins());
        await harness.Vectors!.EmbedMissingAsync(2, null, CancellationToken.None);

        // A new generation: one sentence of the zebra story changed, the penguins are as they were.
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras("Zebras grazed on the savanna near the river. Rangers lost count of the herd at dusk."), IndexTestArticles.Penguins());
        var update = await harness.Vectors.EmbedMissingAsync(2, null, CancellationToken.None);

        Assert.Equal(1, update.Embedded);
        Assert.Equal(5, embedder.SentenceCalls);
        Assert.Contains("Rangers lost count of the herd at dusk.", embedder.Sentences);
    }

    [Fact]
    public async Task VectorsAreSavedInTheLiveGenerationAndReadByTheNextProcess()
    {
        var embedder = new WordHashEmbedder();
        using var harness = new SearchHarness(embedder: embedder);
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras(), IndexTestArticles.Penguins());
        await harness.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(harness.LiveGenerationPath(), SentenceVectors.FileName)));
        var restarted = new WordHashEmbedder();
        using var reopened = new SearchHarness(harness.Root, embedder: restarted);
        var update = await reopened.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);
        Assert.Equal(0, update.Embedded);
        Assert.Equal(0, restarted.SentenceCalls);
    }

    [Fact]
    public async Task AStoppedPassKeepsWhatItSavedAndTheNextPassDoesOnlyTheRest()
    {
        var articles = IndexTestArticles.Numbered(80);
        var embedder = new WordHashEmbedder();
        using var harness = new SearchHarness(embedder: embedder);
        await harness.ReplaceAllAsync([.. articles]);
        const int distinct = 81; // each article's first sentence differs; "The crew unloaded crates." is one for all

        using var stop = new CancellationTokenSource();
        embedder.AfterSentence = count =>
        {
            if (count == 70)
            {
                stop.Cancel();
            }
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Vectors!.EmbedMissingAsync(1, null, stop.Token));

        embedder.AfterSentence = null;
        var restarted = new WordHashEmbedder();
        using var reopened = new SearchHarness(harness.Root, embedder: restarted);
        var update = await reopened.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);

        // The first batch of 64 was saved before the stop; the second, cut short, is done again.
        Assert.Equal(distinct, update.Sentences);
        Assert.Equal(update.Sentences - 64, update.Embedded);
        Assert.Equal(0, update.Missing);
        Assert.Equal(update.Embedded, restarted.SentenceCalls);
    }

    [Fact]
    public async Task ARecordCutShortByAKilledProcessIsDroppedAndDoneAgain()
    {
        var embedder = new WordHashEmbedder();
        using var harness = new SearchHarness(embedder: embedder);
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras(), IndexTestArticles.Penguins());
        await harness.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);
        var file = Path.Combine(harness.LiveGenerationPath(), SentenceVectors.FileName);
        var whole = new FileInfo(file).Length;
        var recordLength = 8 + 4 + embedder.Dimensions;
        using (var stream = new FileStream(file, FileMode.Open))
        {
            stream.SetLength(whole - (recordLength / 2));
        }

        var restarted = new WordHashEmbedder();
        using var reopened = new SearchHarness(harness.Root, embedder: restarted);
        var update = await reopened.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);

        Assert.Equal(1, update.Embedded);
        Assert.Equal(whole, new FileInfo(file).Length);
    }

    [Fact]
    public async Task RecordsWhoseScaleIsNotFiniteAreLeftOutWhenLoadingAndEmbeddedAgain()
    {
        var embedder = new WordHashEmbedder();
        using var harness = new SearchHarness(embedder: embedder);
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras(), IndexTestArticles.Penguins());
        var first = await harness.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);
        var file = Path.Combine(harness.LiveGenerationPath(), SentenceVectors.FileName);
        var recordLength = 8 + 4 + embedder.Dimensions;
        var bytes = File.ReadAllBytes(file);
        var records = first.Embedded;
        var headerLength = bytes.Length - (records * recordLength);
        foreach (var (record, scale) in new[] { (0, float.NaN), (1, float.PositiveInfinity) })
        {
            BitConverter.GetBytes(scale).CopyTo(bytes, headerLength + (record * recordLength) + 8);
        }

        File.WriteAllBytes(file, bytes);

        var restarted = new WordHashEmbedder();
        using var reopened = new SearchHarness(harness.Root, embedder: restarted);
        var update = await reopened.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);

        Assert.Equal(2, update.Embedded);
        Assert.Equal(AnswerOutcome.Found, (await reopened.AskAsync("Where did the zebras graze?")).Outcome);
    }

    [Fact]
    public async Task VectorsOfAnotherModelAreNeverComparedAndAreReplaced()
    {
        using var harness = new SearchHarness(embedder: new WordHashEmbedder("model-a"));
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras());
        await harness.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);

        var other = new WordHashEmbedder("model-b");
        using var switched = new SearchHarness(harness.Root, embedder: other);
        await switched.AskAsync("Where did zebras graze?");
        Assert.Equal(0, other.QuestionCalls);

        var update = await switched.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);
        Assert.Equal(2, update.Embedded);
        await switched.AskAsync("Where did zebras graze?");
        Assert.Equal(1, other.QuestionCalls);
    }

    [Fact]
    public async Task WithVectorsSwitchedOffNothingIsEmbedded()
    {
        var embedder = new WordHashEmbedder();
        using var harness = new SearchHarness(options: new SearchOptions { Semantic = false }, embedder: embedder);
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras());

        var update = await harness.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);
        await harness.AskAsync("Where did zebras graze?");

        Assert.Equal(Core.Indexing.VectorUpdate.None, update);
        Assert.Equal(0, embedder.SentenceCalls);
        Assert.Equal(0, embedder.QuestionCalls);
    }

    [Fact]
    public async Task AQuestionIsEmbeddedOnlyWhenTheLiveGenerationHasVectors()
    {
        var embedder = new WordHashEmbedder();
        using var harness = new SearchHarness(embedder: embedder);
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras());

        var lexical = await harness.AskAsync("Where did zebras graze?");
        Assert.Equal(0, embedder.QuestionCalls);
        await harness.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);
        var blended = await harness.AskAsync("Where did zebras graze?");

        // The test embedder's cosines are word hashes, so the sentence model may take in the neighbour too; the
        // answer must still be the same article and hold the sentence that words alone quoted.
        Assert.Equal(1, embedder.QuestionCalls);
        Assert.Equal(lexical.Articles[0].Citation.ArticleId, blended.Articles[0].Citation.ArticleId);
        Assert.Contains(lexical.Articles[0].Quotes[0].Text, blended.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheModelIsLoadedAheadOnlyForAQuestionThatWillUseItsVector()
    {
        var embedder = new WordHashEmbedder();
        using var harness = new SearchHarness(embedder: embedder);
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras());

        await harness.AskAsync("Where did zebras graze?");
        Assert.Equal(0, embedder.PreloadCalls);
        await harness.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);
        Assert.True(harness.Generations.Leases.MayHaveVectors);

        // A name the index never saw: not found on its words, so no vector and no model.
        await harness.AskAsync("Where did Quibbleworth graze?");
        Assert.Equal(0, embedder.PreloadCalls);
        await harness.AskAsync("Where did zebras graze?");

        Assert.Equal(1, embedder.PreloadCalls);
        Assert.Equal(1, embedder.QuestionCalls);
    }

    [Fact]
    public async Task AnUpdateOfTheLiveIndexIsSignalled()
    {
        using var harness = new SearchHarness(embedder: new WordHashEmbedder());
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras());
        var seen = harness.Vectors!.Changes;
        var waiting = harness.Vectors.WaitForChangeAsync(seen, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        await harness.Writer.UpsertAsync([IndexTestArticles.Penguins()], CancellationToken.None);

        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(harness.Vectors.Changes > seen);
    }

    [Fact]
    public async Task ACallWhileAPassRunsFollowsThatPassesProgressAndEmbedsNothingTwice()
    {
        using var embedding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var embedder = new WordHashEmbedder
        {
            AfterSentence = count =>
            {
                if (count == 1)
                {
                    embedding.Set();
                    release.Wait();
                }
            },
        };
        using var harness = new SearchHarness(embedder: embedder);
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras(), IndexTestArticles.Penguins());
        var background = harness.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);
        embedding.Wait();

        var followed = new List<IndexProgress>();
        var following = harness.Vectors.EmbedMissingAsync(1, new CallbackProgress<IndexProgress>(followed.Add), CancellationToken.None);
        release.Set();
        var first = await background;
        var second = await following;

        Assert.Equal(4, first.Embedded);
        Assert.Equal((4, 0, 0), (second.Sentences, second.Embedded, second.Missing));
        Assert.Equal(4, embedder.SentenceCalls);
        var last = Assert.Single(followed);
        Assert.Equal((4, 4), (last.Done, last.Total));
    }

    [Fact]
    public async Task ARebuildThatFailsLeavesTheLiveGenerationsVectorsAndNothingIsEmbeddedAgain()
    {
        var embedder = new WordHashEmbedder();
        using var harness = new SearchHarness(embedder: embedder);
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras(), IndexTestArticles.Penguins());
        await harness.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);
        var vectorsFile = Path.Combine(harness.LiveGenerationPath(), SentenceVectors.FileName);
        var saved = File.ReadAllBytes(vectorsFile);
        var failing = new CallbackProgress<IndexProgress>(_ => throw new InvalidOperationException("source broke"));

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => harness.Writer.ReplaceAllAsync([IndexTestArticles.Zebras("Zebras crossed the river at dawn."), IndexTestArticles.Penguins()], failing, CancellationToken.None));
        var update = await harness.Vectors.EmbedMissingAsync(1, null, CancellationToken.None);

        Assert.Equal(saved, File.ReadAllBytes(Path.Combine(harness.LiveGenerationPath(), SentenceVectors.FileName)));
        Assert.Equal((4, 0, 0), (update.Sentences, update.Embedded, update.Missing));
        Assert.Equal(4, embedder.SentenceCalls);
    }
}
