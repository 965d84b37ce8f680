namespace NewsBot.Core.Sources;

/// <summary>Something a source could not turn into an article, and why: reported to the operator, never silently dropped.</summary>
/// <param name="Location">The file path or URL.</param>
/// <param name="Line">The line where the problem is, when known (JSON Lines, front matter).</param>
/// <param name="Reason">One sentence a person can act on.</param>
public sealed record SkippedItem(string Location, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{Location}:{line}: {Reason}" : $"{Location}: {Reason}";
}
