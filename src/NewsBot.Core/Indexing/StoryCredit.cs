using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>Who an indexed story is credited to: the source it came from, its outlet and the other outlets that carried it.</summary>
/// <param name="SourceName">The configured source the indexed copy was read from.</param>
/// <param name="Outlet">The outlet of the indexed copy, when known.</param>
/// <param name="AlsoCarriedBy">Other outlets credited for carrying the same story.</param>
public sealed record StoryCredit(string SourceName, string? Outlet, IReadOnlyList<string> AlsoCarriedBy)
{
    /// <summary>The indexed copy's url, when it has one.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// The configured host of the source the indexed copy was read from (<see cref="Article.SourceHost"/>); null for
    /// folders, feed files and copies indexed before the index kept it. Lets a refresh tell whose story a url is.
    /// </summary>
    public string? SourceHost { get; init; }

    /// <summary>The indexed copy's text fingerprint, so a refresh can tell whether another copy is the same story.</summary>
    public TextFingerprint? Fingerprint { get; init; }

    /// <summary>Whether <paramref name="outlet"/> is credited already, as the publisher or a carrier (ignoring case).</summary>
    public bool Credits(string? outlet) => Article.IsCredited(outlet, Outlet, AlsoCarriedBy);
}
