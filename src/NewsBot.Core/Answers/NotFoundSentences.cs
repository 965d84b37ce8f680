using NewsBot.Core.Formatting;

namespace NewsBot.Core.Answers;

/// <summary>
/// Why a question found nothing, worded alike by every front end: the question's words the index has never seen
/// (with a "did you mean"), the filter that matched no article (with the outlets that are indexed), and the dates the
/// index covers. A front end says only how it shows a word, an option and the list of outlets, as with
/// <see cref="CitationOutlets"/>.
/// </summary>
public static class NotFoundSentences
{
    /// <summary>
    /// The reasons (unknown words, the empty filter, a speaker none of whose words are indexed) and the index's coverage of <paramref name="details"/>; each word
    /// from the asker or an article is shown through <paramref name="style"/>.
    /// </summary>
    public static (IReadOnlyList<string> Reasons, string? Coverage) Explain(NotFoundDetails details, INotFoundStyle style)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(style);
        var reasons = new List<string>(2);
        if (details.AbsentTerms.Count > 0)
        {
            var suggestion = details.DidYouMean.Count > 0 ? $" Did you mean {Words(details.DidYouMean, style)}?" : string.Empty;
            reasons.Add($"No indexed article mentions {Words(details.AbsentTerms, style)}.{suggestion}");
        }

        if (details.EmptyFilter is { } empty)
        {
            reasons.Add(EmptyFilter(empty, details.Newest, style));
        }

        if (details.SilentSpeaker is { } speaker)
        {
            reasons.Add($"No indexed sentence gives words said by \u201C{style.Word(speaker)}\u201D.");
        }

        var coverage = details.Newest is { } newest ? $"The index holds articles {DisplayFormat.Span(details.Oldest, newest)}." : null;
        return (reasons, coverage);
    }

    /// <summary>
    /// The plain line above the quotes of a "what did X say" answer whose passages name <paramref name="speaker"/> but
    /// give none of X's words (<see cref="Answer.UnattributedSpeaker"/>): the quotes are about X, not said by X.
    /// </summary>
    public static string Unattributed(string speaker, INotFoundStyle style)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(style);
        var word = style.Word(speaker);
        return $"No indexed sentence gives words said by \u201C{word}\u201D; these passages mention \u201C{word}\u201D instead.";
    }

    // The span ends with the newest article's date ("up to 21 Nov 2025", "from 13 Nov 2004 to 5 Mar 2021"): once.
    private static string EmptyFilter(EmptyFilter empty, DateTimeOffset? newest, INotFoundStyle style) => empty.Filter switch
    {
        AskFilter.Outlet => empty.IndexedOutlets.Count > 0
            ? $"{style.Option(empty.Filter, empty.Asked)} is not an indexed outlet; indexed: {style.Outlets(empty.IndexedOutlets)}."
            : $"{style.Option(empty.Filter, empty.Asked)} is not an indexed outlet; the index holds no outlet names.",
        AskFilter.Days => newest is { } date
            ? $"{style.Option(empty.Filter, empty.Asked)} reaches back less far than the newest article ({DisplayFormat.Date(date)}); no article is that recent."
            : $"{style.Option(empty.Filter, empty.Asked)}: no indexed article has a date.",
        _ => $"No article is dated in the question's period ({style.Word(empty.Asked)}).",
    };

    private static string Words(IReadOnlyList<string> words, INotFoundStyle style) => string.Join(" or ", words.Select(word => $"\u201C{style.Word(word)}\u201D"));
}

/// <summary>How a front end shows the parts of a "not found" explanation (<see cref="NotFoundSentences"/>).</summary>
public interface INotFoundStyle
{
    /// <summary>A word from the asker or an article (escaped or cut as the front end needs), without quotes.</summary>
    string Word(string word);

    /// <summary>The option that set <paramref name="filter"/> to <paramref name="asked"/>: <c>--days 7</c>, <c>`days:7`</c>.</summary>
    string Option(AskFilter filter, string asked);

    /// <summary>The indexed outlets, most articles first, as one list.</summary>
    string Outlets(IReadOnlyList<string> outlets);
}
