namespace NewsBot.Core.Articles;

/// <summary>
/// One news article as read from a source, before it is split into passages.
/// <see cref="Text"/> is kept exactly as published (after extraction from its container),
/// because every quote NewsBot shows is a slice of it.
/// </summary>
/// <param name="Id">Stable id: the same story read again (even with changed text) keeps it. Derived from the url when there is one, else from the source and location.</param>
/// <param name="Title">Headline; for files without one, the lede (first sentence).</param>
/// <param name="Text">Body text, verbatim.</param>
/// <param name="Outlet">Display name of the outlet that published it, when known.</param>
/// <param name="Url">Canonical link to the article, when known.</param>
/// <param name="Author">Byline, when known.</param>
/// <param name="Published">Publication time; for files without one, the first date the text states.</param>
/// <param name="SourceName">Name of the configured source that produced it (for example <c>samples</c>).</param>
/// <param name="Location">Where it was read from: a file path (with line for JSON Lines) or a URL, for error messages and tracing.</param>
public sealed record Article(
    string Id,
    string Title,
    string Text,
    string? Outlet,
    string? Url,
    string? Author,
    DateTimeOffset? Published,
    string SourceName,
    string Location)
{
    /// <summary>Operator-assigned label of the source (for example the outlet's rated lean), when configured.</summary>
    public string? Label { get; init; }

    /// <summary>
    /// The host of the address the operator configured for the source that read this article (a feed's host); null for
    /// folders and feed files. When sources disagree about a story, the one whose host is the story's wins.
    /// </summary>
    public string? SourceHost { get; init; }

    /// <summary>Other outlets that carried the same story (syndication), credited in citations.</summary>
    public IReadOnlyList<string> AlsoCarriedBy { get; init; } = [];

    /// <summary>
    /// This article with <paramref name="outlet"/> credited as another carrier; the same instance when there is no
    /// outlet or it is credited already (as the publisher or a carrier, ignoring case).
    /// </summary>
    public Article WithCarrier(string? outlet) =>
        IsCredited(outlet, Outlet, AlsoCarriedBy) ? this : this with { AlsoCarriedBy = [.. AlsoCarriedBy, outlet!] };

    /// <summary>
    /// Whether <paramref name="outlet"/> is credited already by a story published by <paramref name="publisher"/> and
    /// carried by <paramref name="carriers"/> (ignoring case); no outlet at all counts as credited, as there is nothing to add.
    /// </summary>
    public static bool IsCredited(string? outlet, string? publisher, IReadOnlyList<string> carriers)
    {
        ArgumentNullException.ThrowIfNull(carriers);
        return string.IsNullOrWhiteSpace(outlet)
            || string.Equals(outlet, publisher, StringComparison.OrdinalIgnoreCase)
            || carriers.Contains(outlet, StringComparer.OrdinalIgnoreCase);
    }
}
