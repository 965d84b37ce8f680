namespace NewsBot.Evaluation.Metrics;

/// <summary>
/// Ranking measures of one query's ranked document ids against its graded judgements, as trec_eval defines them:
/// a document is relevant when its grade is above zero; unjudged documents count as not relevant.
/// </summary>
public static class RankingMetrics
{
    /// <summary>The share of the relevant documents found in the first <paramref name="k"/> places (with one relevant document: hit@k).</summary>
    public static double RecallAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var relevant = grades.Count(pair => pair.Value > 0);
        if (relevant == 0)
        {
            return 0;
        }

        var found = ranked.Take(k).Count(id => Grade(grades, id) > 0);
        return (double)found / relevant;
    }

    /// <summary>One over the rank of the first relevant document within the first <paramref name="k"/> places; 0 when none is there.</summary>
    public static double ReciprocalRankAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        for (var index = 0; index < Math.Min(k, ranked.Count); index++)
        {
            if (Grade(grades, ranked[index]) > 0)
            {
                return 1.0 / (index + 1);
            }
        }

        return 0;
    }

    /// <summary>
    /// nDCG@k as trec_eval's <c>ndcg_cut</c>: gain = grade (linear), discount = log2(rank + 1), and the ideal
    /// ordering built from every positively graded judgement of the query (not only the retrieved ones).
    /// </summary>
    public static double NdcgAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var ideal = grades.Values.Where(grade => grade > 0).OrderDescending().Take(k).ToList();
        var idealGain = DiscountedGain(ideal);
        if (idealGain == 0)
        {
            return 0;
        }

        var gained = ranked.Take(k).Select(id => Math.Max(0, Grade(grades, id))).ToList();
        return DiscountedGain(gained) / idealGain;
    }

    private static double DiscountedGain(IReadOnlyList<int> gains)
    {
        var sum = 0.0;
        for (var index = 0; index < gains.Count; index++)
        {
            // Rank r = index + 1 is discounted by log2(r + 1).
            sum += gains[index] / Math.Log2(index + 2);
        }

        return sum;
    }

    private static int Grade(IReadOnlyDictionary<string, int> grades, string id) =>
        grades.TryGetValue(id, out var grade) ? grade : 0;
}
