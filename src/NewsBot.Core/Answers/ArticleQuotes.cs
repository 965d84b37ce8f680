namespace NewsBot.Core.Answers;

/// <summary>The quotes taken from one article, with its citation.</summary>
public sealed record ArticleQuotes(Citation Citation, IReadOnlyList<Quote> Quotes);
