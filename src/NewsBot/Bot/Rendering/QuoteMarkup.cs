using System.Text;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Discord.Interactions;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// A quote as Discord markdown: the article's words escaped so they show literally (no pings, no formatting of
/// their own), with the words that matched the question in bold, cut at a word boundary when it is too long.
/// </summary>
public static class QuoteMarkup
{
    /// <summary>Renders <paramref name="quote"/>'s text, keeping at most <paramref name="maxRawLength"/> of its characters.</summary>
    public static string Render(Quote quote, int maxRawLength)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var text = TextCut.Flatten(quote.Text);
        var cut = TextCut.CutPoint(text, Math.Max(1, maxRawLength));
        var builder = new StringBuilder(cut + 32);
        var position = 0;
        foreach (var span in Bold(quote.Highlights, text, cut))
        {
            builder.Append(DiscordMarkdown.Escape(text[position..span.Start]));
            builder.Append("**").Append(DiscordMarkdown.Escape(text.Substring(span.Start, span.Length))).Append("**");
            position = span.End;
        }

        builder.Append(DiscordMarkdown.Escape(text[position..cut]));
        if (cut < text.Length)
        {
            builder.Append(TextCut.Ellipsis);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The highlight spans inside the kept text, in order, merged where they touch, overlap (Discord would read
    /// <c>**a****b**</c> wrongly) or stand only a space apart (a phrase reads better as one bold run), and trimmed of
    /// spaces (<c>** a**</c> is not bold).
    /// </summary>
    private static List<TextSpan> Bold(IReadOnlyList<TextSpan> highlights, string text, int cut)
    {
        var merged = new List<TextSpan>();
        foreach (var span in highlights.OrderBy(span => span.Start))
        {
            var start = Math.Max(0, span.Start);
            var end = Math.Min(cut, span.End);
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start >= end)
            {
                continue;
            }

            if (merged.Count > 0 && (start <= merged[^1].End || string.IsNullOrWhiteSpace(text[merged[^1].End..start])))
            {
                var last = merged[^1];
                merged[^1] = new TextSpan(last.Start, Math.Max(last.End, end) - last.Start);
            }
            else
            {
                merged.Add(new TextSpan(start, end - start));
            }
        }

        return merged;
    }
}
