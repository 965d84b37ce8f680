namespace NewsBot.Evaluation;

/// <summary>What <c>newsbot eval</c> was asked to do: either a labelled set (queries and qrels) or a news question set.</summary>
/// <param name="Corpus">The <c>corpus.jsonl</c> to index.</param>
/// <param name="Queries">The <c>queries.jsonl</c> to ask, with <paramref name="Qrels"/>; null in question-set mode.</param>
/// <param name="Qrels">The <c>qrels.tsv</c> to judge by; null in question-set mode.</param>
/// <param name="Questions">A news question set (<c>eval/wikinews/questions.jsonl</c>); null in queries-and-qrels mode.</param>
/// <param name="Json">True when the figures are wanted as JSON.</param>
/// <param name="JsonPath">Where to write the JSON; null writes it to standard output instead of the table.</param>
/// <param name="Limit">Ask only the first N questions, when set.</param>
/// <param name="Details">Where to write one JSON line per question, when set.</param>
public sealed record EvalSettings(
    FileInfo Corpus,
    FileInfo? Queries,
    FileInfo? Qrels,
    FileInfo? Questions,
    bool Json,
    string? JsonPath,
    int? Limit,
    FileInfo? Details)
{
    /// <summary>
    /// Where to keep the evaluation's own index, so the next run over the same corpus reuses its sentence vectors;
    /// null builds it in a temporary folder that is deleted afterwards.
    /// </summary>
    public DirectoryInfo? IndexFolder { get; init; }

    /// <summary>"first" or "second": ask only that half of the questions, in file order; null asks them all.</summary>
    public string? Half { get; init; }
}
