using System.Globalization;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// Bounds on an HTML page or fragment, checked on the raw markup before any parser sees it: HTML parsing and readability
/// extraction slow down with the square of nesting depth (5,000 nested elements took seconds, 100,000 past a minute),
/// so a page over either bound is refused with a reason instead.
/// </summary>
/// <param name="MaxElements">Most elements (start tags) a page may hold.</param>
/// <param name="MaxDepth">Deepest nesting of elements whose end tag is required (p, li, td and other self-closing ones aside).</param>
/// <param name="ExtractionTimeout">Longest wait for readable-text extraction of one page.</param>
/// <param name="Section">The configuration section the bounds come from, named in reasons (<c>Feeds</c>, <c>Folders</c>).</param>
public sealed record HtmlLimits(int MaxElements, int MaxDepth, TimeSpan ExtractionTimeout, string Section)
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements never nest; these close themselves implicitly, so they never build depth either.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rtc", "rp",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    /// <summary>Why <paramref name="html"/> is refused, or null when it is within the bounds. One linear pass.</summary>
    public string? Check(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return null;
        }

        int elements = 0, depth = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var next = html[i + 1];
            if (next == '!')
            {
                var end = html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal) ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i);
                i = end < 0 ? html.Length : end;
                continue;
            }

            var closing = next == '/';
            var start = closing ? i + 2 : i + 1;
            var nameEnd = start;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == start || !char.IsAsciiLetter(html[start]))
            {
                continue;
            }

            var name = html.AsSpan(start, nameEnd - start);
            var tagEnd = html.IndexOf('>', nameEnd);
            var counted = !Uncounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
            if (closing)
            {
                depth = counted ? Math.Max(0, depth - 1) : depth;
                i = tagEnd < 0 ? html.Length : tagEnd;
                continue;
            }

            if (++elements > MaxElements)
            {
                return $"The page has more than {MaxElements.ToString("N0", CultureInfo.InvariantCulture)} elements ({Section}:MaxHtmlElements), so it is not read.";
            }

            var selfClosing = tagEnd > 0 && html[tagEnd - 1] == '/';
            if (counted && !selfClosing && ++depth > MaxDepth)
            {
                return $"The page nests elements more than {MaxDepth.ToString("N0", CultureInfo.InvariantCulture)} deep ({Section}:MaxHtmlDepth), so it is not read.";
            }

            i = tagEnd < 0 ? html.Length : SkipRawText(html, name, tagEnd);
        }

        return null;
    }

    // The text of a script or style element is not markup: a "<div" inside a script string builds nothing.
    private static int SkipRawText(string html, ReadOnlySpan<char> name, int tagEnd)
    {
        foreach (var raw in RawText)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + raw, tagEnd, StringComparison.OrdinalIgnoreCase);
                return end < 0 ? html.Length : end - 1;
            }
        }

        return tagEnd;
    }
}
