namespace NewsBot.Evaluation.Data;

/// <summary>One evaluation question, read from a <c>queries.jsonl</c> line.</summary>
/// <param name="Id">The query id that the qrels refer to.</param>
/// <param name="Text">The question, asked exactly as written.</param>
/// <param name="Answers">Gold answer strings; empty for sets without answers (NFCorpus).</param>
public sealed record EvalQuery(string Id, string Text, IReadOnlyList<string> Answers);
