namespace NewsBot.Ingestion.Text;

/// <summary>Makes a headline from an article's lede, for files that carry no title.</summary>
public static class TitleFromLede
{
    /// <summary>Longest title kept before it is cut at a word boundary and ended with "…".</summary>
    public const int MaxLength = 150;

    /// <summary>The first sentence of <paramref name="text"/>, cut at a word boundary with "…" when longer than <see cref="MaxLength"/>.</summary>
    public static string Make(string text, SentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(splitter);
        var sentences = splitter.Split(text);
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var lede = string.Join(' ', sentences[0].Slice(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (lede.Length <= MaxLength)
        {
            return lede;
        }

        var cut = lede.LastIndexOf(' ', MaxLength - 1);
        var head = cut > 0 ? lede[..cut] : lede[..(MaxLength - 1)];
        return head.TrimEnd(',', ';', ':', ' ', '-', '—') + "…";
    }
}
