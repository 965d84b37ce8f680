using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Search;
using NewsBot.Search.Indexing;
using NewsBot.Search.Vectors;

namespace NewsBot.Hosting;

/// <summary>
/// Makes the first real question as fast as later ones: asks one question nobody sees, which opens the index and
/// compiles the answering code, and loads the vector model when the index has sentence vectors. Without it the first
/// member to ask in a new <c>serve</c> paid for all of that: 4.4 to 5.0 s against 60 ms for later questions, measured
/// on the Wikinews index on a loaded two-core machine (issue 21).
/// </summary>
public sealed class AnswerWarmup(
    IQuestionAnswerer answerer,
    ISearcherLeases index,
    ISentenceEmbedder embedder,
    IOptions<SearchOptions> options)
{
    // Plain news words, so the whole path runs: parsing, BM25, the re-rank and the quote.
    private const string Question = "What did the government say about the election?";

    /// <summary>Asks the warm-up question and, with vectors on and present, embeds it; the answer is dropped.</summary>
    public async Task WarmAsync(CancellationToken cancellationToken)
    {
        await answerer.AskAsync(new AskRequest(Question), cancellationToken).ConfigureAwait(false);

        // The question may have been answered without its vector (a word the index lacks): load the model anyway.
        if (options.Value.Semantic && index.MayHaveVectors)
        {
            embedder.EmbedQuestion(Question, cancellationToken);
        }
    }
}
