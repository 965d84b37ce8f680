using System.Text;
using NewsBot.Search.Answering.Ranking;

namespace NewsBot.Search.Tests.Answering.Ranking;

public sealed class TreeEnsembleTests
{
    private static readonly string[] Features = ["a", "b"];

    // One tree: a <= 0.5 goes to leaf 0 (value -1); else b <= 2 goes to leaf 1 (value 2), else leaf 2 (value 5).
    private const string Model = """
        {"name":"tiny","features":["a","b"],"bias":0.25,"trees":[
          {"weight":2,"split_features":[0,1],"thresholds":[0.5,2],"left":[-1,-2],"right":[1,-3],"leaves":[-1,2,5]}]}
        """;

    [Theory]
    [InlineData(0.5f, 9f, -1.75)]
    [InlineData(1f, 2f, 4.25)]
    [InlineData(1f, 3f, 10.25)]
    public void A_candidate_is_scored_by_the_leaf_its_features_reach(float a, float b, double expected)
    {
        var model = TreeEnsemble.Read(Stream(Model), Features);

        Assert.Equal(expected, model.Score([a, b]), 6);
        Assert.Equal("tiny", model.Name);
    }

    [Fact]
    public void A_model_trained_on_other_features_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => TreeEnsemble.Read(Stream(Model), ["a", "c"]));

        Assert.Contains("other features", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tree_whose_child_points_back_is_refused_when_read_not_while_answering()
    {
        var looping = Model.Replace("\"right\":[1,-3]", "\"right\":[1,0]", StringComparison.Ordinal);

        Assert.Throws<InvalidDataException>(() => TreeEnsemble.Read(Stream(looping), Features));
    }

    [Fact]
    public void The_shipped_model_reads_the_features_this_build_computes()
    {
        var model = RankingModels.Learned;

        Assert.NotNull(model);
        Assert.Equal(RankingFeatures.Names, model.Features);
        Assert.True(model.TreeCount > 0);
    }

    [Fact]
    public void The_shipped_sentence_model_reads_the_sentence_features_this_build_computes()
    {
        var model = RankingModels.Sentences;

        Assert.NotNull(model);
        Assert.Equal(SentenceFeatures.Names, model.Features);
        Assert.True(model.TreeCount > 0);
    }

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}
