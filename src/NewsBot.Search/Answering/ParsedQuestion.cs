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
    /// <summary>
    /// Years the question names ("in 1995"): the year of the publication, or of an event the text itself dates, so a
    /// passage that names the year passes the date filter too.
    /// </summary>
    public IReadOnlyList<string> Years { get; init; } = [];

    /// <summary>What sort of answer the question asks for (a reason, a date, a number...), to choose the sentence that answers.</summary>
    public QuestionKind Kind { get; init; }

    /// <summary>
    /// True when the question asks what happened about its topic (a bare topic, "what happened at X"): each article
    /// about the topic is quoted by its first sentence (<see cref="StoryLedes"/>).
    /// </summary>
    public bool AsksWhatHappened { get; init; }

    /// <summary>For "how many X", the word X (as asked), so a number standing before it answers best.</summary>
    public string? CountedWord { get; init; }

    /// <summary>For "what did X say", the words naming X (lowercase): only words attributed to X answer it.</summary>
    public IReadOnlyList<string> Speaker { get; init; } = [];

    /// <summary>Every word of the question in order (stop and question words included), for the key-term check.</summary>
    public IReadOnlyList<QuestionWord> Words { get; init; } = [];

    /// <summary>
    /// True when the question names a period and nothing else ("What happened in 2020?"): it is answered with that
    /// period's top stories and dated events instead of being refused as "only common words".
    /// </summary>
    public bool PeriodOnly => !HasContent && Problem is null && Dates is not null;

    /// <summary>
    /// Key words of the question the index has never seen, as typed, even after folding accents and allowing for
    /// typos (<see cref="KeyTerms"/>); when any, the question is "not found" whatever its other words match.
    /// </summary>
    public IReadOnlyList<string> AbsentTerms { get; init; } = [];

    /// <summary>Indexed words close to <see cref="AbsentTerms"/>, offered as "did you mean".</summary>
    public IReadOnlyList<string> DidYouMean { get; init; } = [];

    /// <summary>True when there is something other than question words to look for.</summary>
    public bool HasContent => Terms.Any(term => term.Weight >= 1) || Phrases.Count > 0;
}
