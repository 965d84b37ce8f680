using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Tests.Metrics;

public sealed class RankingMetricsTests
{
    private const double Tolerance = 1e-9;

    private static readonly Dictionary<string, int> OneGold = new() { ["gold"] = 1 };

    [Fact]
    public void Recall_at_one_is_one_when_the_single_relevant_document_is_first()
    {
        Assert.Equal(1.0, RankingMetrics.RecallAt(["gold", "x", "y"], OneGold, 1), Tolerance);
    }

    [Fact]
    public void Recall_at_one_is_zero_when_the_single_relevant_document_is_second()
    {
        Assert.Equal(0.0, RankingMetrics.RecallAt(["x", "gold"], OneGold, 1), Tolerance);
        Assert.Equal(1.0, RankingMetrics.RecallAt(["x", "gold"], OneGold, 5), Tolerance);
    }

    [Fact]
    public void Recall_is_the_share_of_relevant_documents_in_the_top_k()
    {
        // Three relevant documents (grade 0 is judged not relevant); two of them in the top five: 2 / 3.
        var grades = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1, ["c"] = 1, ["z"] = 0 };
        Assert.Equal(2.0 / 3, RankingMetrics.RecallAt(["a", "z", "x", "y", "c", "b"], grades, 5), Tolerance);
    }

    [Fact]
    public void Reciprocal_rank_is_one_over_the_rank_of_the_first_relevant_document()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRankAt(["x", "y", "gold", "z"], OneGold, 10), Tolerance);
    }

    [Fact]
    public void Reciprocal_rank_ignores_a_relevant_document_beyond_the_cutoff()
    {
        var ranked = Enumerable.Range(0, 10).Select(index => $"x{index}").Append("gold").ToList();
        Assert.Equal(0.0, RankingMetrics.ReciprocalRankAt(ranked, OneGold, 10), Tolerance);
    }

    [Fact]
    public void Reciprocal_rank_of_an_empty_list_is_zero()
    {
        Assert.Equal(0.0, RankingMetrics.ReciprocalRankAt([], OneGold, 10), Tolerance);
    }

    [Fact]
    public void Graded_ndcg_matches_a_hand_computed_example()
    {
        // Judgements: a = 2, b = 1, c = 1, d = 0 (judged not relevant). Ranking: d, a, x (unjudged), c.
        //   DCG  = 0/log2(2) + 2/log2(3) + 0/log2(4) + 1/log2(5)
        //        = 0 + 1.261859507 + 0 + 0.430676558 = 1.692536065
        // Ideal ranking from the qrels, not from what was retrieved: a, b, c  (gains 2, 1, 1)
        //   IDCG = 2/log2(2) + 1/log2(3) + 1/log2(4) = 2 + 0.630929754 + 0.5 = 3.130929754
        //   nDCG = 1.692536065 / 3.130929754 = 0.540586...
        var grades = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1, ["c"] = 1, ["d"] = 0 };
        var expected = (2 / Math.Log2(3) + 1 / Math.Log2(5)) / (2 + 1 / Math.Log2(3) + 0.5);
        Assert.Equal(0.540586, expected, 1e-6);
        Assert.Equal(expected, RankingMetrics.NdcgAt(["d", "a", "x", "c"], grades, 10), Tolerance);
    }

    [Fact]
    public void Ndcg_is_one_for_the_ideal_ordering_and_lower_when_grades_are_swapped()
    {
        var grades = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1 };
        Assert.Equal(1.0, RankingMetrics.NdcgAt(["a", "b"], grades, 10), Tolerance);

        // Swapped: DCG = 1 + 2/log2(3) = 2.261859507; IDCG = 2 + 1/log2(3) = 2.630929754; ratio 0.859719...
        Assert.Equal(0.859719, RankingMetrics.NdcgAt(["b", "a"], grades, 10), 1e-6);
    }

    [Fact]
    public void Ndcg_counts_only_the_first_k_places()
    {
        var ranked = Enumerable.Range(0, 10).Select(index => $"x{index}").Append("gold").ToList();
        Assert.Equal(0.0, RankingMetrics.NdcgAt(ranked, OneGold, 10), Tolerance);
        Assert.Equal(1 / Math.Log2(12), RankingMetrics.NdcgAt(ranked, OneGold, 11), Tolerance);
    }
}
