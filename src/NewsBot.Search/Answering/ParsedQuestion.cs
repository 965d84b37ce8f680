namespace NewsBot.Search.Answering;

/// <summary>A question turned into searchable parts, or the reason it cannot be asked.</summary>
/// <param name="Terms">Distinct words to search, strongest first.</param>
/// <param name="Phrases">Quoted phrases, each as its exact-field tokens.</param>
/// <param name="Dates">The publication range that date words asked for, if any.</param>
/// <param name="Problem">Why the question cannot be asked, when it cannot.</param>
internal sealed record ParsedQuestion(
    IReadOnlyList<QuestionTerm> Terms,
    IReadOnlyList<IReadOnlyList<string>> Phrases,
    DateRange? Dates,
    string? Problem)
{
    /// <summary>True when there is something other than question words to look for.</summary>
    public bool HasContent => Terms.Any(term => term.Weight >= 1) || Phrases.Count > 0;
}
