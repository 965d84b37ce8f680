using NewsBot.Core.Articles;

namespace NewsBot.Core.Answers;

/// <summary>
/// The matched words of a quote as runs to emphasise, shared by every renderer so the command line and Discord mark
/// the same words alike: in order, merged where they touch, overlap or stand only white space apart (a phrase reads
/// better as one run, and <c>**a****b**</c> is not bold in markdown), trimmed of white space, and cut at an end.
/// </summary>
public static class HighlightRuns
{
    /// <summary>The runs of <paramref name="highlights"/> within <c>text[..end]</c>.</summary>
    public static IReadOnlyList<TextSpan> Merge(IReadOnlyList<TextSpan> highlights, string text, int end)
    {
        ArgumentNullException.ThrowIfNull(highlights);
        ArgumentNullException.ThrowIfNull(text);
        end = Math.Clamp(end, 0, text.Length);
        var merged = new List<TextSpan>();
        foreach (var span in highlights.OrderBy(span => span.Start))
        {
            var start = Math.Max(0, span.Start);
            var stop = Math.Min(end, span.End);
            while (start < stop && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (stop > start && char.IsWhiteSpace(text[stop - 1]))
            {
                stop--;
            }

            if (start >= stop)
            {
                continue;
            }

            if (merged.Count > 0 && (start <= merged[^1].End || string.IsNullOrWhiteSpace(text[merged[^1].End..start])))
            {
                var last = merged[^1];
                merged[^1] = new TextSpan(last.Start, Math.Max(last.End, stop) - last.Start);
            }
            else
            {
                merged.Add(new TextSpan(start, stop - start));
            }
        }

        return merged;
    }
}
