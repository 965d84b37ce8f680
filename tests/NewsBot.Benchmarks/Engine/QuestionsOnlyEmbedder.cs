using System.IO.Hashing;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using NewsBot.Search;
using NewsBot.Search.Vectors;

namespace NewsBot.Benchmarks.Engine;

/// <summary>
/// For measuring memory and scan time at a size whose sentences the real model would take hours to embed on two
/// cores: questions go through the real model (so its session's memory and time count), sentences get a random unit
/// vector drawn from their hash, instantly. The stored vectors take the same bytes and the scan does the same work;
/// only the answers' quality means nothing, and this is never used for quality figures.
/// </summary>
internal sealed class QuestionsOnlyEmbedder : ISentenceEmbedder, IDisposable
{
    private readonly OnnxSentenceEmbedder _model = new(Options.Create(new SearchOptions()));

    public string ModelName => _model.ModelName;

    public int Dimensions => _model.Dimensions;

    public float[] EmbedSentence(string sentence, CancellationToken cancellationToken)
    {
        var random = new Random((int)XxHash32.HashToUInt32(MemoryMarshal.AsBytes(sentence.AsSpan())));
        var vector = new float[Dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)((random.NextDouble() * 2) - 1);
        }

        var norm = MathF.Sqrt(vector.Sum(value => value * value));
        return [.. vector.Select(value => value / norm)];
    }

    public float[] EmbedQuestion(string question, CancellationToken cancellationToken) => _model.EmbedQuestion(question, cancellationToken);

    public void Dispose() => _model.Dispose();
}
