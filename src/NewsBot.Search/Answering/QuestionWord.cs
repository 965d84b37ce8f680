namespace NewsBot.Search.Answering;

/// <summary>
/// One word of a question as typed, in order, so a check of the index can tell names (capitalised) from plain words
/// and find a word's neighbours: a misspelt name is confirmed by the word that stands beside it in an indexed text.
/// </summary>
/// <param name="Typed">The word as typed, case and all, to name it back to the asker.</param>
/// <param name="Exact">The lowercased, unstemmed form, as in the exact field.</param>
/// <param name="Stem">The English-analyzed form that keys the question's term; null for an English stop word.</param>
/// <param name="Position">The word's position among the question's words (after date words are taken out).</param>
/// <param name="Capitalised">True when the word was typed with a capital first letter.</param>
/// <param name="Content">True for a content word: neither a stop word nor a question word.</param>
internal sealed record QuestionWord(string Typed, string Exact, string? Stem, int Position, bool Capitalised, bool Content);
