namespace NewsBot.Core.Indexing;

/// <summary>Who an indexed story is credited to: the source it came from, its outlet and the other outlets that carried it.</summary>
/// <param name="SourceName">The configured source the indexed copy was read from.</param>
/// <param name="Outlet">The outlet of the indexed copy, when known.</param>
/// <param name="AlsoCarriedBy">Other outlets credited for carrying the same story.</param>
public sealed record StoryCredit(string SourceName, string? Outlet, IReadOnlyList<string> AlsoCarriedBy)
{
    /// <summary>Whether <paramref name="outlet"/> is credited already, as the publisher or a carrier (ignoring case).</summary>
    public bool Credits(string? outlet) => Articles.Article.IsCredited(outlet, Outlet, AlsoCarriedBy);
}
