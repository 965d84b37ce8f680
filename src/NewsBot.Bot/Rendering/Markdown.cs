using System.Text;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// Makes text from articles and members show literally in the bot's markdown: no formatting, no links, no
/// mentions. Replies are markdown (bold, links, block quotes) in the dialect chat platforms share; this is how the bot
/// writes a literal run in it.
/// </summary>
public static class Markdown
{
    /// <summary>Zero-width space: breaks a mention (<c>@everyone</c>, <c>&lt;@id&gt;</c>) without changing what a reader sees.</summary>
    public const char ZeroWidthSpace = '\u200B';

    /// <summary>Characters that start or end markdown, masked links or block quotes and are escaped anywhere.</summary>
    private const string Special = "\\*_~`|>#[]()";

    /// <summary>
    /// Escapes markdown (<c>\ * _ ~ ` | &gt; # [ ] ( )</c> and list markers at the start of a line) with a backslash and
    /// neutralises mentions by putting a zero-width space after every <c>@</c> and <c>&lt;</c>, so
    /// <c>@everyone</c>, <c>@here</c>, <c>&lt;@id&gt;</c>, <c>&lt;@&amp;id&gt;</c> and <c>&lt;#id&gt;</c> stay plain text.
    /// </summary>
    public static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && IsListMarker(text, i, out var markerAt))
            {
                // "- item", "+ item", "12. item": copy the digits, escape the marker itself.
                builder.Append(text, i, markerAt - i).Append('\\').Append(text[markerAt]);
                i = markerAt;
                lineStart = false;
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\').Append(c);
            }
            else if (c is '@' or '<')
            {
                builder.Append(c).Append(ZeroWidthSpace);
            }
            else
            {
                builder.Append(c);
            }

            // Indentation keeps a line "at its start" for list markers, as markdown parsers do.
            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
        }

        return builder.ToString();
    }

    private static bool IsListMarker(string text, int start, out int markerAt)
    {
        markerAt = start;
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var digits = i > start;
        if (i + 1 < text.Length && text[i + 1] is ' ' or '\t'
            && ((digits && text[i] == '.') || (!digits && text[i] is '-' or '+')))
        {
            markerAt = i;
            return true;
        }

        return false;
    }
}
