using System.Runtime.CompilerServices;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// Where a text's paragraphs end. A blank line always ends one. Text without any blank line is taken to
/// hold one paragraph a line (as scraped articles such as the seed do), so there every line break ends one.
/// Blank lines before the first or after the last text do not count: they separate nothing.
/// </summary>
public static class ParagraphBreaks
{
    /// <summary>True when <paramref name="text"/> has no blank line but has line breaks, so each line is a paragraph.</summary>
    public static bool UsesSingleLineParagraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            if (NextLineIsBlank(text, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the line break at <paramref name="newline"/> ends a paragraph. In one-paragraph-a-line text a
    /// break inside a sentence (the line ends without punctuation and the next starts in lower case or with a
    /// digit, as in "O\n2" for a subscript) is not one.
    /// </summary>
    public static bool IsBreakAt(string text, int newline, bool singleLineParagraphs) =>
        NextLineIsBlank(text, newline) || (singleLineParagraphs && LooksLikeParagraphEnd(text, newline));

    private static bool LooksLikeParagraphEnd(string text, int newline)
    {
        var before = newline - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var after = newline + 1;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (before < 0 || after >= text.Length)
        {
            return true;
        }

        return ".?!…:\"'”’)]".Contains(text[before]) || char.IsUpper(text[after]) || "\"'“‘([«".Contains(text[after]);
    }

    /// <summary>True when the gap between two offsets contains a paragraph break.</summary>
    public static bool Between(string text, int from, int to, bool singleLineParagraphs)
    {
        for (var i = text.IndexOf('\n', from, to - from); i >= 0; i = i + 1 < to ? text.IndexOf('\n', i + 1, to - i - 1) : -1)
        {
            if (IsBreakAt(text, i, singleLineParagraphs))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NextLineIsBlank(string text, int newline)
    {
        for (var i = newline + 1; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return HasTextBefore(text, newline) && HasTextAfter(text, i);
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return false;
    }

    // Whether any text stands before (after) an offset: one look at where the text's first (last) non-white-space
    // character is, worked out once per text, rather than a scan back (forward) over the white space from every line
    // break of a long run of blank lines, which grew with the square of the run.
    private static bool HasTextBefore(string text, int index) => Bounds(text).First < index;

    private static bool HasTextAfter(string text, int index) => Bounds(text).Last > index;

    private static TextBounds Bounds(string text) => KnownBounds.GetValue(text, TextBounds.Of);

    private static readonly ConditionalWeakTable<string, TextBounds> KnownBounds = new();

    private sealed record TextBounds(int First, int Last)
    {
        public static TextBounds Of(string text)
        {
            var first = 0;
            while (first < text.Length && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            var last = text.Length - 1;
            while (last >= 0 && char.IsWhiteSpace(text[last]))
            {
                last--;
            }

            // A text of white space only has no text before or after any offset.
            return first > last ? new TextBounds(int.MaxValue, int.MinValue) : new TextBounds(first, last);
        }
    }
}
