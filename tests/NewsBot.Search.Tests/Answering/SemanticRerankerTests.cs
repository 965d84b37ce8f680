using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Search.Answering;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>
/// The opt-in semantic re-rank with the real all-MiniLM-L6-v2 model over small real indexes: in each case the lexical
/// ranking puts first a passage that repeats the question's words in another sense, and the paraphrase should win.
/// The model loads once for the class (and once more in the configuration test), so these stay few.
/// </summary>
public sealed class SemanticRerankerTests : IClassFixture<SemanticRerankerTests.LoadedModel>
{
    private readonly LoadedModel _model;

    public SemanticRerankerTests(LoadedModel model) => _model = model;

    public static TheoryData<string, string, string> Paraphrases => new()
    {
        { "Where did the storm hit?", "landfall", "critics" },
        { "Who is the president of France?", "elected", "bank" },
    };

    [Theory]
    [MemberData(nameof(Paraphrases))]
    public async Task The_passage_that_answers_in_other_words_overtakes_one_that_repeats_the_words(string question, string paraphrase, string lookalike)
    {
        using var harness = new SearchHarness();
        await harness.ReplaceAllAsync(Articles());
        var semantic = new QuestionAnswerer(harness.Generations, harness.Options, harness.Time, _model.Reranker);

        var lexical = await harness.AskAsync(question);
        var reranked = await semantic.AskAsync(new AskRequest(question), CancellationToken.None);

        Assert.Equal([lookalike, paraphrase], FirstTwo(lexical));
        Assert.Equal([paraphrase, lookalike], FirstTwo(reranked));
        Assert.Equal(AnswerOutcome.Found, reranked.Outcome);
    }

    [Fact]
    public async Task By_default_answers_stay_lexical_and_the_model_is_never_loaded()
    {
        using var reranker = new SemanticReranker(Options.Create(new SearchOptions()));
        using var harness = new SearchHarness(semantic: reranker);
        await harness.ReplaceAllAsync(Articles());

        var answer = await harness.AskAsync("Where did the storm hit?");

        Assert.Equal(["critics", "landfall"], FirstTwo(answer));
        Assert.False(reranker.Enabled);
        Assert.False(reranker.IsModelLoaded);
    }

    [Fact]
    public async Task The_setting_in_configuration_switches_the_registered_answerer_to_semantic_order()
    {
        var root = Path.Combine(Path.GetTempPath(), "newsbot-semantic-" + Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Path"] = root, ["Index:SemanticRerank"] = "true" })
            .Build());
        services.AddLogging();
        services.AddNewsSearch();
        try
        {
            using (var provider = services.BuildServiceProvider())
            {
                await provider.GetRequiredService<INewsIndexWriter>().ReplaceAllAsync(Articles(), null, CancellationToken.None);

                var answer = await provider.GetRequiredService<IQuestionAnswerer>().AskAsync(new AskRequest("Where did the storm hit?"), CancellationToken.None);

                Assert.Equal(["landfall", "critics"], FirstTwo(answer));
                Assert.True(provider.GetRequiredService<SemanticReranker>().IsModelLoaded);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Each pair shares the question's words; only one of each pair answers it.
    private static AnalyzedArticle[] Articles() =>
    [
        TestArticleBuilder.Article("landfall", "The storm hit the coast near Galveston, flooding streets across the Texas town.").Titled("Flooding in Texas").Build(),
        TestArticleBuilder.Article("critics", "A storm of criticism hit the minister after his hit show was cancelled.").Titled("Minister criticised").Build(),
        TestArticleBuilder.Article("elected", "Emmanuel Macron serves as president of France, elected in 2017.").Titled("Macron profile").Build(),
        TestArticleBuilder.Article("bank", "The president of the Bank of France spoke about interest rates in France.").Titled("Bank of France on rates").Build(),
    ];

    private static string[] FirstTwo(Answer answer) => answer.Articles.Take(2).Select(group => group.Citation.ArticleId).ToArray();

    /// <summary>One re-ranker with the setting on, its model loaded by the first test that asks.</summary>
    public sealed class LoadedModel : IDisposable
    {
        public SemanticReranker Reranker { get; } = new(Options.Create(new SearchOptions { SemanticRerank = true }));

        public void Dispose() => Reranker.Dispose();
    }
}
