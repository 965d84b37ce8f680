namespace NewsBot.Core.Answers;

/// <summary>Why a question found nothing, so the asker knows what to change: an unknown word, the index's dates, a filter.</summary>
/// <param name="AbsentTerms">The question's key words the index has never seen, as typed (typos and accents allowed for).</param>
/// <param name="DidYouMean">Indexed words close to <paramref name="AbsentTerms"/>.</param>
/// <param name="Newest">When the newest indexed article was published, if any is dated.</param>
/// <param name="Oldest">When the oldest indexed article was published, if any is dated.</param>
/// <param name="EmptyFilter">The filter that alone matched no article, when one did.</param>
public sealed record NotFoundDetails(
    IReadOnlyList<string> AbsentTerms,
    IReadOnlyList<string> DidYouMean,
    DateTimeOffset? Newest,
    DateTimeOffset? Oldest,
    EmptyFilter? EmptyFilter)
{
    /// <summary>For "what did X say": X as asked, when articles name X but none gives X's own words.</summary>
    public string? SilentSpeaker { get; init; }
}

/// <summary>A filter of the question that matched no indexed article.</summary>
/// <param name="Filter">Which filter.</param>
/// <param name="Asked">What was asked for, as given: the outlet's name, the number of days, or the question's period.</param>
/// <param name="IndexedOutlets">For an outlet filter: the outlets that are indexed, most articles first.</param>
public sealed record EmptyFilter(AskFilter Filter, string Asked, IReadOnlyList<string> IndexedOutlets);

/// <summary>The filters a question can carry.</summary>
public enum AskFilter
{
    /// <summary><c>--source</c> / <c>source:</c>: only this outlet.</summary>
    Outlet,

    /// <summary><c>--days</c> / <c>days:</c>: only the last N days.</summary>
    Days,

    /// <summary>Date words in the question itself ("in 2020", "last week").</summary>
    Period,
}
