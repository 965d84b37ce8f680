namespace NewsBot.Evaluation;

/// <summary>What building the evaluation's temporary index took.</summary>
/// <param name="Articles">Articles indexed.</param>
/// <param name="Passages">Passages indexed.</param>
/// <param name="Skipped">Corpus lines the ingestion skipped (malformed or duplicate).</param>
/// <param name="Seconds">Wall time of the rebuild.</param>
public sealed record IndexingFigures(int Articles, int Passages, int Skipped, double Seconds)
{
    /// <summary>Which ranking answered the questions ("learned: NAME (N trees)" or "hand-set blend"); null when not known.</summary>
    public string? Ranker { get; init; }
}
