namespace NewsBot.Bot.Rendering;

/// <summary>
/// Characters that change how text reads without being seen: bidirectional embeddings, overrides and isolates
/// (U+202A–202E, U+2066–2069) can make a headline or quote display reversed or reordered, and zero-width characters
/// (U+200B–200D, U+2060, U+FEFF) can hide words inside others. The bot drops them from what it shows; the stored
/// article keeps them, so a quote's offsets still point at its exact place.
/// </summary>
public static class InvisibleText
{
    /// <summary>True for a character the bot never shows.</summary>
    public static bool IsInvisible(char c)
        => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';

    /// <summary><paramref name="text"/> without its invisible characters.</summary>
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().ContainsAny(Invisible) ? string.Concat(text.Where(c => !IsInvisible(c))) : text;
    }

    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u2060\uFEFF");
}
