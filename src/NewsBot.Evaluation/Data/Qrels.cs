namespace NewsBot.Evaluation.Data;

/// <summary>Relevance judgements: for each query id, the graded documents (grade 0 means judged not relevant).</summary>
public sealed class Qrels
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, int>> _byQuery;

    public Qrels(IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> byQuery)
    {
        ArgumentNullException.ThrowIfNull(byQuery);
        _byQuery = new Dictionary<string, IReadOnlyDictionary<string, int>>(byQuery, StringComparer.Ordinal);
    }

    /// <summary>Number of queries with at least one judgement.</summary>
    public int QueryCount => _byQuery.Count;

    /// <summary>The grades judged for a query (document id → grade); empty when the query has no judgements.</summary>
    public IReadOnlyDictionary<string, int> For(string queryId) =>
        _byQuery.TryGetValue(queryId, out var grades) ? grades : EmptyGrades;

    private static readonly IReadOnlyDictionary<string, int> EmptyGrades = new Dictionary<string, int>();
}
