using System.Text;
using NewsBot.Core.Answers;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// A quote as markdown: the article's words escaped so they show literally (no pings, no formatting of
/// their own, no invisible direction controls), with a few of the words that matched the question in bold
/// (<see cref="BoldWords"/>), cut at a word boundary when it is too long.
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
        foreach (var span in BoldWords.Choose(quote.Highlights, text, cut))
        {
            builder.Append(Shown(text[position..span.Start]));
            builder.Append("**").Append(Shown(text.Substring(span.Start, span.Length))).Append("**");
            position = span.End;
        }

        builder.Append(Shown(text[position..cut]));
        if (cut < text.Length)
        {
            builder.Append(TextCut.Ellipsis);
        }

        return builder.ToString();
    }

    // Invisible characters are dropped piece by piece, after the highlights were placed on the stored text, so the
    // bold words stay where the stored offsets say.
    private static string Shown(string piece) => Markdown.Literal(InvisibleText.Remove(piece));
}
