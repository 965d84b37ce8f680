using NewsBot.Core.Answers;
using NewsBot.Core.Formatting;

namespace NewsBot.CommandLine;

/// <summary>
/// Prints an honest "not found": which of the question's words the index has never seen (with a "did you mean"),
/// which filter matched no article, the closest headlines, and the dates the index covers, so the asker knows what
/// to change.
/// </summary>
internal static class NotFoundPrinter
{
    public static void Print(TextWriter output, Answer answer, int shownHeadlines)
    {
        output.WriteLine("Not found: nothing indexed answers this question well enough to quote.");
        var details = answer.NotFound;
        if (details is { AbsentTerms.Count: > 0 })
        {
            var suggestion = details.DidYouMean.Count > 0 ? $" Did you mean {Quoted(details.DidYouMean, " or ")}?" : string.Empty;
            output.WriteLine($"No indexed article mentions {Quoted(details.AbsentTerms, " or ")}.{suggestion}");
        }

        if (details?.EmptyFilter is { } empty)
        {
            output.WriteLine(EmptyFilterLine(empty, details.Newest));
        }

        if (details?.SilentSpeaker is { } speaker)
        {
            output.WriteLine($"No indexed sentence gives words said by \u201C{speaker}\u201D.");
        }

        if (answer.ClosestHeadlines.Count > 0)
        {
            output.WriteLine("Closest headlines:");
            foreach (var citation in answer.ClosestHeadlines.Take(shownHeadlines))
            {
                output.WriteLine($"  - {TextFormat.Citation(citation)}{(citation.Url is null ? string.Empty : $"  {TerminalText.Url(citation.Url)}")}");
            }
        }

        if (details is { Newest: { } newest })
        {
            // The span ends with the newest article's date ("up to 21 Nov 2025", "from 13 Nov 2004 to 5 Mar 2021"): once.
            output.WriteLine($"The index holds articles {DisplayFormat.Span(details.Oldest, newest)}.");
        }
    }

    /// <summary>The sentence that names the filter that matched nothing, and what would match.</summary>
    internal static string EmptyFilterLine(EmptyFilter empty, DateTimeOffset? newest) => empty.Filter switch
    {
        AskFilter.Outlet => empty.IndexedOutlets.Count > 0
            ? $"--source \u201C{empty.Asked}\u201D is not an indexed outlet; indexed: {string.Join(", ", empty.IndexedOutlets)}."
            : $"--source \u201C{empty.Asked}\u201D is not an indexed outlet; the index holds no outlet names.",
        AskFilter.Days => newest is { } date
            ? $"--days {empty.Asked} reaches back less far than the newest article ({DisplayFormat.Date(date)}); no article is that recent."
            : $"--days {empty.Asked}: no indexed article has a date.",
        _ => $"No article is dated in the question's period ({empty.Asked}).",
    };

    private static string Quoted(IReadOnlyList<string> words, string separator) => string.Join(separator, words.Select(word => $"\u201C{word}\u201D"));
}
