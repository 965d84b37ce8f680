namespace NewsBot.Evaluation.Data;

/// <summary>One question of a news question set such as <c>eval/wikinews/questions.jsonl</c>.</summary>
/// <param name="Id">The question's id, unique in its file.</param>
/// <param name="Kind">What sort of question it is (who, when, absent name, ...): the per-kind breakdown groups by it.</param>
/// <param name="Text">The question, asked exactly as written.</param>
/// <param name="Answers">
/// The answer alternatives: a correct first quote contains at least one of them. Empty when the question names
/// something the corpus never mentions, so the only right answer is "not found".
/// </param>
public sealed record NewsQuestion(string Id, string Kind, string Text, IReadOnlyList<string> Answers)
{
    /// <summary>True when the only right answer is "not found".</summary>
    public bool ExpectsNotFound => Answers.Count == 0;

    /// <summary>The same question in the form the <see cref="EvalRunner"/> asks.</summary>
    public EvalQuery ToQuery() => new(Id, Text, Answers);
}
