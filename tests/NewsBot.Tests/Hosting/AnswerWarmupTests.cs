using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Hosting;
using NewsBot.Search;
using NewsBot.Search.Indexing;
using NewsBot.Testing.Vectors;
using Xunit;

namespace NewsBot.Tests.Hosting;

public sealed class AnswerWarmupTests
{
    [Fact]
    public async Task Warming_up_asks_one_question_and_embeds_it_when_the_index_has_vectors()
    {
        var answerer = new CountingAnswerer();
        var embedder = new WordHashEmbedder();

        await new AnswerWarmup(answerer, new Leases(hasVectors: true), embedder, Options.Create(new SearchOptions())).WarmAsync(CancellationToken.None);

        Assert.Equal(1, answerer.Calls);
        Assert.Equal(1, embedder.QuestionCalls);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Warming_up_loads_no_model_without_vectors_or_with_them_switched_off(bool semantic, bool hasVectors)
    {
        var answerer = new CountingAnswerer();
        var embedder = new WordHashEmbedder();

        await new AnswerWarmup(answerer, new Leases(hasVectors), embedder, Options.Create(new SearchOptions { Semantic = semantic })).WarmAsync(CancellationToken.None);

        Assert.Equal(1, answerer.Calls);
        Assert.Equal(0, embedder.QuestionCalls);
    }

    private sealed class CountingAnswerer : IQuestionAnswerer
    {
        public int Calls { get; private set; }

        public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new Answer(AnswerOutcome.NotFound, request.Question, [], []));
        }
    }

    private sealed class Leases(bool hasVectors) : ISearcherLeases
    {
        public bool MayHaveVectors => hasVectors;

        public SearcherLease? AcquireSearcher() => null;
    }
}
