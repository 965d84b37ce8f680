using NewsBot.Core.Articles;

namespace NewsBot.Core.Answers;

/// <summary>One to three consecutive sentences quoted verbatim from an article.</summary>
/// <param name="Text">The quoted characters, exactly as they stand in the article.</param>
/// <param name="Span">Where the quote stands in the article text.</param>
/// <param name="Highlights">
/// The words that matched the question, as spans relative to <paramref name="Text"/>: runs merged once, by the answerer,
/// with <see cref="HighlightRuns"/> (in order, touching and white-space-separated words joined), so front ends show them as they are.
/// </param>
/// <param name="Score">Relevance after re-ranking; higher is better. Comparable only within one answer.</param>
public sealed record Quote(string Text, TextSpan Span, IReadOnlyList<TextSpan> Highlights, double Score);
