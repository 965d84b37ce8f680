using NewsBot.Core.Answers;
using NewsBot.Core.Articles;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// Chooses the few matched words of a quote that are shown in bold. The answerer marks every word that matched the
/// question, which in a long sentence can be eight words of it; bold that wide reads as the topic, not the answer. So
/// a quote keeps at most <see cref="MaxPerQuote"/> words in bold: the longest distinct ones (a long word is usually a
/// rarer one: a name, a number, the subject, rather than "said" or "city"), each at its first place in the quote. The
/// words themselves are never changed, only which of them are marked.
/// </summary>
public static class BoldWords
{
    /// <summary>Words in bold per quote, at most.</summary>
    public const int MaxPerQuote = 3;

    /// <summary>
    /// The runs to show in bold within <c>text[..end]</c>, chosen from a quote's <paramref name="highlights"/> (already
    /// merged runs, see <see cref="Quote.Highlights"/>), in reading order, with words picked side by side joined again.
    /// </summary>
    public static IReadOnlyList<TextSpan> Choose(IReadOnlyList<TextSpan> highlights, string text, int end)
    {
        ArgumentNullException.ThrowIfNull(highlights);
        ArgumentNullException.ThrowIfNull(text);
        end = Math.Clamp(end, 0, text.Length);
        var words = highlights.SelectMany(span => WordsIn(span, text, end));
        var chosen = words
            .DistinctBy(word => text.Substring(word.Start, word.Length), StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(word => word.Length)
            .ThenBy(word => word.Start)
            .Take(MaxPerQuote)
            .ToList();
        return HighlightRuns.Merge(chosen, text, end);
    }

    // A highlight may be a phrase ("work together"); its words are weighed one by one, so a long phrase cannot take
    // every bold place, and words picked side by side are joined into one run again when rendered.
    private static IEnumerable<TextSpan> WordsIn(TextSpan span, string text, int cut)
    {
        var end = Math.Min(cut, span.End);
        var i = Math.Max(0, span.Start);
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return new TextSpan(start, i - start);
            }
        }
    }
}
