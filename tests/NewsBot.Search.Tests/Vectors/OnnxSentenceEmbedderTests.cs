using Microsoft.Extensions.Options;
using NewsBot.Search.Vectors;
using Xunit;

namespace NewsBot.Search.Tests.Vectors;

/// <summary>
/// The real models: sentences embedded together in one padded run must get the vectors each gets alone, since a vector
/// pass batches them and a question (alone) is compared with them.
/// </summary>
public sealed class OnnxSentenceEmbedderTests : IDisposable
{
    // Lengths far apart, so the short ones are padded by many positions, and one over the 1,000 characters kept.
    private static readonly string[] Sentences =
    [
        "Floods closed 40 roads.",
        "The prime minister resigned on Tuesday after losing a vote of confidence in parliament, the third in a year.",
        "Officials said the Qinghai–Tibet railway's Lhasa extension, opened in 2006, carried 1.5 million passengers.",
        "Yes.",
        string.Join(' ', Enumerable.Repeat("Negotiators from both delegations met again in Geneva on Thursday.", 20)),
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsbot-embedder-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(VectorModel.ArcticXs)]
    [InlineData(VectorModel.MiniLM)]
    public void Sentences_embedded_in_one_batch_get_the_vectors_each_gets_alone_to_float_rounding(VectorModel model)
    {
        using var embedder = new OnnxSentenceEmbedder(Options.Create(new SearchOptions { Path = _folder, VectorModel = model }));
        var alone = Sentences.Select(sentence => embedder.EmbedSentence(sentence, CancellationToken.None)).ToArray();

        var batched = embedder.EmbedPrepared([.. Sentences.Select(embedder.Prepare)], CancellationToken.None);

        Assert.Equal(alone.Length, batched.Length);
        for (var i = 0; i < alone.Length; i++)
        {
            var largest = alone[i].Zip(batched[i], (a, b) => Math.Abs(a - b)).Max();
            Assert.True(largest < 1e-5f, $"sentence {i}: a component differs by {largest}");
        }
    }

    [Fact]
    public void A_prepared_sentence_of_arctic_embed_is_as_long_as_its_word_pieces_at_most_512()
    {
        using var embedder = new OnnxSentenceEmbedder(Options.Create(new SearchOptions { Path = _folder }));

        var lengths = Sentences.Select(sentence => embedder.Prepare(sentence).Length).ToArray();

        // "[CLS] yes . [SEP]"; "[CLS] floods closed 40 roads . [SEP]"; the long one, cut at 1,000 characters, well under the 512 the model reads.
        Assert.Equal(4, lengths[3]);
        Assert.Equal(7, lengths[0]);
        Assert.InRange(lengths[4], 100, 512);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
