using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsBot.Search.Answering.Ranking;

namespace NewsBot.RankerTraining;

/// <summary>Fits LambdaMART (ML.NET FastTree) on the rows and writes its trees in the JSON that NewsBot.Search's TreeEnsemble reads.</summary>
internal sealed class ModelFitter
{
    /// <summary>LambdaMART's settings: trees, leaves per tree, rows per leaf at least, shrinkage, the NDCG cut-off it optimises, the seed.</summary>
    public sealed record FitSettings(int Trees, int Leaves, int MinLeafRows, double LearningRate, int Truncation, int Seed, float NewsWeight);

    private sealed class Row
    {
        public string Group { get; set; } = string.Empty;

        public float Label { get; set; }

        public float Weight { get; set; }

        [VectorType]
        public float[] Features { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }

    /// <summary>The fitted model as JSON, each feature's importance (by FastTree's gain), and the largest difference between ML.NET's scores and the exported trees' on the rows.</summary>
    public static (string Json, IReadOnlyList<(string Name, float Importance)> Importances, double MaxDifference) Fit(
        IReadOnlyList<TrainingRow> rows, IReadOnlyList<string> featureNames, string name, FitSettings settings)
    {
        var ml = new MLContext(settings.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureNames.Count);
        var data = ml.Data.LoadFromEnumerable(rows.Select(row => new Row { Group = row.Group, Label = row.Label, Features = row.Features, Weight = row.Group.StartsWith("squad", StringComparison.Ordinal) || row.Group.StartsWith("nfcorpus", StringComparison.Ordinal) ? 1 : settings.NewsWeight }), schema);
        var trainer = ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            RowGroupColumnName = "GroupKey",
            ExampleWeightColumnName = nameof(Row.Weight),
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinLeafRows,
            LearningRate = settings.LearningRate,
            NdcgTruncationLevel = settings.Truncation,
            FeatureFraction = 1,
            CategoricalSplit = false,
            NumberOfThreads = 1,
        });
        var pipeline = ml.Transforms.Conversion.MapValueToKey("GroupKey", nameof(Row.Group)).Append(trainer);
        var fitted = pipeline.Fit(data);
        var model = fitted.LastTransformer.Model;
        var ensemble = model.TrainedTreeEnsemble;

        var exported = new
        {
            name,
            features = featureNames,
            bias = ensemble.Bias,
            trees = ensemble.Trees.Select((tree, i) => new
            {
                weight = ensemble.TreeWeights[i],
                split_features = tree.NumericalSplitFeatureIndexes.ToArray(),
                thresholds = tree.NumericalSplitThresholds.ToArray(),
                left = tree.LeftChild.ToArray(),
                right = tree.RightChild.ToArray(),
                leaves = tree.LeafValues.ToArray(),
            }).ToArray(),
        };
        var json = JsonSerializer.Serialize(exported, new JsonSerializerOptions { WriteIndented = false });

        var weights = default(VBuffer<float>);
        model.GetFeatureWeights(ref weights);
        var importances = featureNames.Select((feature, i) => (feature, weights.GetItemOrDefault(i))).OrderByDescending(pair => pair.Item2).ToList();

        // The exported trees, read back by the evaluator the program uses, must score as ML.NET does, or the shipped
        // model is not the one that was fitted.
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var reading = System.Diagnostics.Stopwatch.StartNew();
        var shipped = TreeEnsemble.Read(stream, featureNames);
        Console.Error.WriteLine($"reading the model back took {reading.Elapsed.TotalMilliseconds:0.0} ms (cold, in this process)");
        var scoring = System.Diagnostics.Stopwatch.StartNew();
        var scored = rows.Take(10_000).Sum(row => shipped.Score(row.Features));
        Console.Error.WriteLine($"scoring {Math.Min(10_000, rows.Count):N0} candidates took {scoring.Elapsed.TotalMilliseconds:0.0} ms (checksum {scored:0.0})");
        var scores = ml.Data.CreateEnumerable<Scored>(fitted.Transform(data), reuseRowObject: false).Take(5000).Select(scored => scored.Score).ToList();
        var difference = scores.Zip(rows, (score, row) => Math.Abs(score - shipped.Score(row.Features))).DefaultIfEmpty(0).Max();
        return (json, importances, difference);
    }
}
