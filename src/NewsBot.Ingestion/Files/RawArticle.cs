namespace NewsBot.Ingestion.Files;

/// <summary>
/// What a file reader found for one article, before defaults are applied and the date is checked.
/// Field values are kept as written, so a bad date can be reported in its own words.
/// </summary>
/// <param name="Text">Body text, verbatim (line endings already normalised).</param>
/// <param name="Location">The file path, with <c>:line</c> for JSON Lines or <c>#index</c> for an item of a JSON array.</param>
/// <param name="Line">The line the article starts on, when known.</param>
/// <param name="ItemKey">Distinguishes articles within one file (a line or array index) for id derivation; null for one-article files.</param>
internal sealed record RawArticle(string Text, string Location, int? Line, string? ItemKey)
{
    /// <summary>Where a problem with this article is reported: the file itself when <see cref="Line"/> pins the place.</summary>
    public string ProblemLocation { get; init; } = Location;

    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public string? Published { get; init; }
}
