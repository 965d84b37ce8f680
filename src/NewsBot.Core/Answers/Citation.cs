using System.Text.Json.Serialization;

namespace NewsBot.Core.Answers;

/// <summary>Where a quote comes from, exactly: enough for an asker to find and check the article.</summary>
/// <param name="ArticleId">The article's id in the index.</param>
/// <param name="Title">Headline (or lede for untitled articles).</param>
/// <param name="Outlet">Outlet that published it, when known.</param>
/// <param name="Published">Publication time, when known.</param>
/// <param name="Url">Link to the article, when known.</param>
public sealed record Citation(string ArticleId, string Title, string? Outlet, DateTimeOffset? Published, string? Url)
{
    /// <summary>Other outlets that carried the same story.</summary>
    public IReadOnlyList<string> AlsoCarriedBy { get; init; } = [];

    /// <summary>
    /// The configured source the article was indexed from, read with the citation from the same document, so labelling
    /// needs no second look at the index; not part of the printed or JSON answer.
    /// </summary>
    [JsonIgnore]
    public string? Source { get; init; }

    /// <summary>The operator's label of the source the article came from (for example a rated lean), when configured.</summary>
    public string? Label { get; init; }

    /// <summary>The operator's label of each outlet in <see cref="AlsoCarriedBy"/> that has one, by outlet name.</summary>
    public IReadOnlyDictionary<string, string> CarrierLabels { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;
}
