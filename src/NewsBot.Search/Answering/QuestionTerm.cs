namespace NewsBot.Search.Answering;

/// <summary>One distinct word of a question as searched: its stem in the English field, its exact form, and its weight.</summary>
/// <param name="Stem">The English-analyzed form, as in the text and title fields.</param>
/// <param name="Exact">The lowercased, unstemmed form, as in the exact field.</param>
/// <param name="Weight">1 for content words, more for names, less for question words.</param>
/// <param name="IsName">Capitalised inside the question (or written in capitals): probably a name.</param>
internal sealed record QuestionTerm(string Stem, string Exact, double Weight, bool IsName);
