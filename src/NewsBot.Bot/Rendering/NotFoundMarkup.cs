using System.Text;
using NewsBot.Core.Answers;
using NewsBot.Core.Formatting;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// The lines of a "not found" card that say why: the question's words the index has never seen (with a "did you
/// mean"), the filter that matched no article (with the outlets that are indexed), and the dates the index covers.
/// Every word that came from the asker or an article is escaped.
/// </summary>
public static class NotFoundMarkup
{
    // Enough for a long list of indexed outlets without crowding out the closest headlines.
    private const int MaxOutlets = 600;
    private const int MaxWords = 200;

    /// <summary>The explanation lines, each ending in a newline; empty when the answer carries no details.</summary>
    public static string Explain(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.NotFound is not { } details)
        {
            return string.Empty;
        }

        var lines = new StringBuilder();
        if (details.AbsentTerms.Count > 0)
        {
            lines.Append("No indexed article mentions ").Append(Words(details.AbsentTerms)).Append('.');
            if (details.DidYouMean.Count > 0)
            {
                lines.Append(" Did you mean ").Append(Words(details.DidYouMean)).Append('?');
            }

            lines.Append('\n');
        }

        if (details.EmptyFilter is { } empty)
        {
            lines.Append(EmptyFilter(empty, details.Newest)).Append('\n');
        }

        if (details.SilentSpeaker is { } speaker)
        {
            lines.Append("No indexed sentence gives words said by ").Append(Quoted(speaker)).Append(".\n");
        }

        if (details.Newest is { } newest)
        {
            lines.Append($"Indexed articles run {DisplayFormat.Span(details.Oldest, newest)}.").Append('\n');
        }

        return lines.ToString();
    }

    private static string EmptyFilter(EmptyFilter empty, DateTimeOffset? newest) => empty.Filter switch
    {
        AskFilter.Outlet => empty.IndexedOutlets.Count > 0
            ? $"`source:` {Quoted(empty.Asked)} is not an indexed outlet; indexed: {TextCut.Escaped(string.Join(", ", empty.IndexedOutlets), MaxOutlets)}."
            : $"`source:` {Quoted(empty.Asked)} is not an indexed outlet.",
        AskFilter.Days => newest is { } date
            ? $"`days:{empty.Asked}` reaches back less far than the newest article ({DisplayFormat.Date(date)})."
            : $"`days:{empty.Asked}`: no indexed article has a date.",
        _ => $"No article is dated in the question's period ({empty.Asked}).",
    };

    private static string Words(IReadOnlyList<string> words) => string.Join(" or ", words.Select(Quoted));

    private static string Quoted(string word) => $"\u201C{TextCut.Escaped(word, MaxWords)}\u201D";
}
