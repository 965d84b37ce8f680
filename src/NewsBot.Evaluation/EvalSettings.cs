namespace NewsBot.Evaluation;

/// <summary>What <c>newsbot eval</c> was asked to do.</summary>
/// <param name="Corpus">The <c>corpus.jsonl</c> to index.</param>
/// <param name="Queries">The <c>queries.jsonl</c> to ask.</param>
/// <param name="Qrels">The <c>qrels.tsv</c> to judge by.</param>
/// <param name="Json">True when the figures are wanted as JSON.</param>
/// <param name="JsonPath">Where to write the JSON; null writes it to standard output instead of the table.</param>
/// <param name="Limit">Ask only the first N questions, when set.</param>
/// <param name="Details">Where to write one JSON line per question, when set.</param>
public sealed record EvalSettings(FileInfo Corpus, FileInfo Queries, FileInfo Qrels, bool Json, string? JsonPath, int? Limit, FileInfo? Details);
