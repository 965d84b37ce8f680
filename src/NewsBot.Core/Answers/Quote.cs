using NewsBot.Core.Articles;

namespace NewsBot.Core.Answers;

/// <summary>One to three consecutive sentences quoted verbatim from an article.</summary>
/// <param name="Text">The quoted characters, exactly as they stand in the article.</param>
/// <param name="Span">Where the quote stands in the article text.</param>
/// <param name="Highlights">The words that matched the question, as spans relative to <paramref name="Text"/>.</param>
/// <param name="Score">Relevance after re-ranking; higher is better. Comparable only within one answer.</param>
public sealed record Quote(string Text, TextSpan Span, IReadOnlyList<TextSpan> Highlights, double Score);
