using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Search.Vectors;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Vectors;

/// <summary>
/// Answers with the real arctic-embed-xs model over small real indexes: the cases where words alone fail and meaning
/// finds the sentence. The model is loaded once for the class; these are the only search tests that load it.
/// </summary>
public sealed class SemanticAnswerTests(SemanticAnswerTests.LoadedModel model) : IClassFixture<SemanticAnswerTests.LoadedModel>
{
    private static readonly DateTimeOffset Day = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AParaphraseSharingNoWordWithTheAnswerIsFoundThroughVectorsAlone()
    {
        var resignation = TestArticleBuilder.Article("resignation", "The finance minister resigned on Tuesday after weeks of pressure over a tax scandal.")
            .From("Capital Daily").Published(Day).Build();
        var zebras = TestArticleBuilder.Article("zebras", "Zebras grazed on the savanna near the river. Park rangers counted the herd at dawn.")
            .From("Wild News").Published(Day).Build();
        // Each word of the question stands somewhere in the index (a word no article holds would make it "not
        // found" as an unknown name), but never together, and never in the sentence that answers.
        var treasury = TestArticleBuilder.Article("treasury", "The museum's treasury holds gold coins from the old kingdom.").Published(Day).Build();
        var chief = TestArticleBuilder.Article("chief", "The fire chief praised the volunteers who saved the library.").Published(Day).Build();
        var quit = TestArticleBuilder.Article("quit", "Two players quit the team before the final match.").Published(Day).Build();
        AnalyzedArticle[] articles = [resignation, zebras, treasury, chief, quit];
        const string question = "Why did the treasury chief quit?";

        using var lexical = new SearchHarness();
        await lexical.ReplaceAllAsync(articles);
        Assert.Equal(AnswerOutcome.NotFound, (await lexical.AskAsync(question)).Outcome);

        // The threshold for an answer on meaning alone is calibrated on the evaluation sets; this test is about the
        // path (vectors find a passage lexical search cannot), so it sets one a clear paraphrase passes.
        using var semantic = new SearchHarness(options: new SearchOptions { MinSimilarity = 0.6 }, embedder: model.Embedder);
        await semantic.ReplaceAllAsync(articles);
        await semantic.Vectors!.EmbedMissingAsync(2, null, CancellationToken.None);
        var answer = await semantic.AskAsync(question);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("resignation", answer.Articles[0].Citation.ArticleId);
    }

    [Fact]
    public async Task BetweenSentencesSharingTheSameWordsOfTheQuestionTheOneThatMeansWhatIsAskedIsQuoted()
    {
        // Both sentences hold the question's words (the first even closer together); only the second says what she thinks.
        // The hand-set choice quoted the first on words alone; the sentence model quotes the second with or without vectors.
        var article = TestArticleBuilder.Article(
                "lopez",
                "Lopez spoke about the pipeline to reporters in Denver on Monday. Lopez said she opposes the pipeline because it would threaten the river.")
            .From("Capital Daily").Published(Day).SentencesPerPassage(2).Build();
        const string question = "What does Lopez think of the pipeline?";

        using var lexical = new SearchHarness();
        await lexical.ReplaceAllAsync(article);
        using var semantic = new SearchHarness(embedder: model.Embedder);
        await semantic.ReplaceAllAsync(article);
        await semantic.Vectors!.EmbedMissingAsync(2, null, CancellationToken.None);

        Assert.StartsWith("Lopez said she opposes the pipeline", (await lexical.AskAsync(question)).Articles[0].Quotes[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Lopez said she opposes the pipeline", (await semantic.AskAsync(question)).Articles[0].Quotes[0].Text, StringComparison.Ordinal);
    }

    /// <summary>The model, loaded once for the test class.</summary>
    public sealed class LoadedModel : IDisposable
    {
        public OnnxSentenceEmbedder Embedder { get; } = new(Options.Create(new SearchOptions()));

        public void Dispose() => Embedder.Dispose();
    }
}
