using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Search.Answering.Ranking;

/// <summary>
/// A trained ranking model: boosted regression trees (LambdaMART, fitted by ML.NET's FastTree in
/// <c>tools/NewsBot.RankerTraining</c>) read from a small JSON file. Evaluated here rather than by ML.NET at run time:
/// the trees are a few hundred comparisons per candidate, while loading ML.NET's assemblies and model would cost a
/// command-line answer far more than the whole evaluation (issue 21 wants <c>newsbot ask</c> under a second).
/// </summary>
internal sealed class TreeEnsemble
{
    private readonly Tree[] _trees;

    private TreeEnsemble(string name, IReadOnlyList<string> features, Tree[] trees, double bias)
    {
        Name = name;
        Features = features;
        _trees = trees;
        Bias = bias;
    }

    /// <summary>The model's name as its file gives it (what was trained, on what), so a report can say which model ranked.</summary>
    public string Name { get; }

    /// <summary>The feature names the model was trained on, in order.</summary>
    public IReadOnlyList<string> Features { get; }

    public double Bias { get; }

    public int TreeCount => _trees.Length;

    /// <summary>The model's score of one candidate: the trees' weighted leaf values summed.</summary>
    public double Score(ReadOnlySpan<float> features)
    {
        var score = Bias;
        foreach (var tree in _trees)
        {
            score += tree.Weight * tree.Leaf(features);
        }

        return score;
    }

    /// <summary>Reads a model file; a file that is not one (or names other features) is an <see cref="InvalidDataException"/>.</summary>
    public static TreeEnsemble Read(Stream json, IReadOnlyList<string> expectedFeatures)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(expectedFeatures);
        var file = JsonSerializer.Deserialize(json, TreeEnsembleJsonContext.Default.TreeEnsembleFile)
            ?? throw new InvalidDataException("The ranking model file is empty.");
        if (!file.Features.SequenceEqual(expectedFeatures, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"The ranking model '{file.Name}' was trained on other features than this build computes; train it again.");
        }

        var trees = file.Trees.Select(tree => tree.Validated(expectedFeatures.Count)).ToArray();
        return new TreeEnsemble(file.Name, file.Features, trees, file.Bias);
    }

    /// <summary>One regression tree: node i sends a candidate left when its feature is at most the threshold; a negative child ~k is leaf k.</summary>
    internal sealed record Tree(
        [property: JsonPropertyName("weight")] double Weight,
        [property: JsonPropertyName("split_features")] int[] SplitFeatures,
        [property: JsonPropertyName("thresholds")] float[] Thresholds,
        [property: JsonPropertyName("left")] int[] Left,
        [property: JsonPropertyName("right")] int[] Right,
        [property: JsonPropertyName("leaves")] double[] Leaves)
    {
        public double Leaf(ReadOnlySpan<float> features)
        {
            if (SplitFeatures.Length == 0)
            {
                return Leaves[0];
            }

            var node = 0;
            while (node >= 0)
            {
                node = features[SplitFeatures[node]] <= Thresholds[node] ? Left[node] : Right[node];
            }

            return Leaves[~node];
        }

        // Every index in range, so a damaged file fails when read, never while answering; a walk that could loop is
        // impossible because the file's children must point forward.
        public Tree Validated(int featureCount)
        {
            var nodes = SplitFeatures.Length;
            var valid = Thresholds.Length == nodes && Left.Length == nodes && Right.Length == nodes && Leaves.Length == nodes + 1
                && SplitFeatures.All(feature => feature >= 0 && feature < featureCount)
                && Enumerable.Range(0, nodes).All(node => ValidChild(node, Left[node], nodes) && ValidChild(node, Right[node], nodes));
            return valid ? this : throw new InvalidDataException("The ranking model file holds a malformed tree.");
        }

        private static bool ValidChild(int node, int child, int nodes) => child < 0 ? ~child <= nodes : child > node && child < nodes;
    }

    internal sealed record TreeEnsembleFile(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("features")] string[] Features,
        [property: JsonPropertyName("bias")] double Bias,
        [property: JsonPropertyName("trees")] Tree[] Trees);
}

[JsonSerializable(typeof(TreeEnsemble.TreeEnsembleFile))]
internal sealed partial class TreeEnsembleJsonContext : JsonSerializerContext;
