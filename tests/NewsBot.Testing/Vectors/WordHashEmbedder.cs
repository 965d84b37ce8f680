using System.IO.Hashing;
using System.Text;
using NewsBot.Search.Vectors;

namespace NewsBot.Testing.Vectors;

/// <summary>
/// A stand-in for the sentence model where a test is about the plumbing, not about meaning: each word of a text adds
/// a fixed random direction, so texts sharing words are alike and others are not. It counts every call, so a test can
/// prove which sentences were embedded, and can stop the run after a number of sentences, as a killed process would.
/// </summary>
public sealed class WordHashEmbedder(string modelName = "word-hash-test") : ISentenceEmbedder
{
    private int _sentenceCalls;
    private int _questionCalls;
    private int _preloadCalls;

    public string ModelName { get; } = modelName;

    public int Dimensions => 64;

    public int SentenceCalls => Volatile.Read(ref _sentenceCalls);

    public int QuestionCalls => Volatile.Read(ref _questionCalls);

    /// <summary>Every sentence text embedded, in no particular order.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> Sentences { get; } = [];

    /// <summary>Called after each sentence with the number embedded so far (for example to cancel a run).</summary>
    public Action<int>? AfterSentence { get; set; }

    public float[] EmbedSentence(string sentence, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var vector = Embed(sentence);
        Sentences.Add(sentence);
        var count = Interlocked.Increment(ref _sentenceCalls);
        AfterSentence?.Invoke(count);
        return vector;
    }

    public float[] EmbedQuestion(string question, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _questionCalls);
        return Embed(question);
    }

    /// <summary>How many times the model was asked to load ahead of use.</summary>
    public int PreloadCalls => Volatile.Read(ref _preloadCalls);

    public void Preload() => Interlocked.Increment(ref _preloadCalls);

    private float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split(' ', ',', '.', '?', '!', ';', ':').Where(word => word.Length > 2))
        {
            var hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(word));
            for (var i = 0; i < 4; i++)
            {
                var bits = hash >> (i * 16);
                vector[(int)(bits % (ulong)Dimensions)] += (bits & 0x8000) == 0 ? 1 : -1;
            }
        }

        var norm = MathF.Sqrt(vector.Sum(value => value * value));
        return norm == 0 ? vector : [.. vector.Select(value => value / norm)];
    }
}
