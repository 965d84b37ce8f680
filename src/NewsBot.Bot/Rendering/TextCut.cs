

namespace NewsBot.Bot.Rendering;

/// <summary>Shortens text to fit the reply limits: at a word boundary, with an ellipsis, never mid-escape.</summary>
public static class TextCut
{
    /// <summary>The mark left where text was cut.</summary>
    public const string Ellipsis = "\u2026";

    /// <summary>
    /// Where to cut <paramref name="text"/> so at most <paramref name="max"/> characters remain before an ellipsis: the
    /// last whitespace in the second half of the allowance, else exactly <paramref name="max"/> (never between the two
    /// halves of a surrogate pair). Returns the text's length when it already fits.
    /// </summary>
    public static int CutPoint(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (text.Length <= max)
        {
            return text.Length;
        }

        for (var i = max; i > max / 2; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return TrimEnd(text, i);
            }
        }

        return max > 0 && char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }

    /// <summary>The text itself when it has at most <paramref name="max"/> characters, else cut at a word boundary with an ellipsis (the result has at most <paramref name="max"/> characters).</summary>
    public static string AtWord(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return text.Length <= max ? text : text[..CutPoint(text, max - Ellipsis.Length)] + Ellipsis;
    }

    /// <summary>
    /// <paramref name="text"/> without invisible characters (<see cref="InvisibleText"/>), made literal with
    /// <see cref="Markdown.Literal"/> and at most <paramref name="max"/>
    /// characters long once escaped. The raw text is cut before escaping, so an escape is never split.
    /// </summary>
    public static string Escaped(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var flat = InvisibleText.Remove(Flatten(text));
        var allowance = max;
        var escaped = Markdown.Literal(AtWord(flat, allowance));
        while (escaped.Length > max && allowance > 1)
        {
            // Escaping lengthens the text; shrink the raw allowance by what is still over and cut again.
            allowance = Math.Max(1, allowance - (escaped.Length - max));
            escaped = Markdown.Literal(AtWord(flat, allowance));
        }

        return escaped.Length <= max ? escaped : Ellipsis;
    }

    /// <summary>Line breaks and tabs as single spaces, so quoted text cannot start a block quote, list or heading.</summary>
    public static string Flatten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("\r\n\t") < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '\r' or '\n' or '\t')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
