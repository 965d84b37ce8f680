namespace NewsBot.Core.Articles;

/// <summary>
/// A few consecutive sentences of one article: the unit NewsBot indexes and quotes from.
/// All offsets refer to the article's <see cref="Article.Text"/>, so a quote can always be traced to its place.
/// </summary>
/// <param name="ArticleId">The article it belongs to.</param>
/// <param name="Ordinal">Zero-based position of the passage in its article.</param>
/// <param name="Span">The characters the passage covers in the article text.</param>
/// <param name="Sentences">The sentences inside the passage, in order, each as a span of the article text.</param>
public sealed record Passage(string ArticleId, int Ordinal, TextSpan Span, IReadOnlyList<TextSpan> Sentences);
