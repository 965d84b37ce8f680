namespace NewsBot.Ingestion.Text;

/// <summary>
/// Makes a short headline from an article's lede, for articles that carry no title: the first sentence's main clause,
/// without an opening phrase such as "On Nov. 21, 2025," and without a trailing aside such as ", their first since…".
/// The whole lede would repeat the first quote of an answer word for word.
/// </summary>
public static class TitleFromLede
{
    /// <summary>Longest title kept before it is cut at a word boundary and ended with "…".</summary>
    public const int MaxLength = 100;

    // A clause that opens with one of these and ends at a comma ("On Nov. 21, 2025,", "After the vote,") sets the scene.
    private static readonly HashSet<string> SceneOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "after", "before", "when", "while", "although", "though", "as", "during", "since", "following",
        "despite", "if", "because", "earlier", "later", "last", "this", "amid", "under", "until", "once", "according",
        "meanwhile", "today", "yesterday", "tonight", "now", "still", "however",
    };

    // After a comma, these start an aside rather than the main clause's own words (", their first since…", ", who…").
    private static readonly HashSet<string> AsideOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "their", "his", "her", "its", "which", "who", "whom", "whose", "where", "saying", "according", "as", "after",
        "while", "when", "amid", "despite", "following", "including", "although", "though", "but", "marking", "making",
        "prompting", "leaving", "bringing", "ending", "citing", "calling", "adding", "officials", "reports",
    };

    // Fewer words than this before a comma are a list or a name ("Trump, Biden and…"), not a clause worth keeping alone.
    private const int MinimumClauseWords = 4;

    // How much of the text's opening is split to find its first sentence.
    private const int LedeWindow = 2_000;

    /// <summary>The main clause of the first sentence of <paramref name="text"/>, cut at a word boundary with "…" when longer than <see cref="MaxLength"/>.</summary>
    public static string Make(string text, SentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(splitter);
        // Only the opening is split: the analyser splits the whole text later, and a first sentence longer than this
        // window would be cut to MaxLength anyway.
        var opening = text.Length > LedeWindow ? text[..LedeWindow] : text;
        var sentences = splitter.Split(opening);
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var lede = string.Join(' ', sentences[0].Slice(opening).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return CutAtWord(MainClause(lede), MaxLength);
    }

    /// <summary><paramref name="sentence"/> without its scene-setting opening, its trailing aside and its final period.</summary>
    internal static string MainClause(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // Twice, for a second opening behind the first: "According to X, when asked about Y, the president said…".
        var clause = WithoutOpening(WithoutOpening(sentence));
        clause = WithoutAside(clause).TrimEnd('.', ',', ';', ':', ' ');
        return clause.Length == 0 ? sentence.TrimEnd('.') : char.ToUpperInvariant(clause[0]) + clause[1..];
    }

    /// <summary><paramref name="text"/> cut at the last word boundary within <paramref name="maxLength"/>, ended with "…".</summary>
    internal static string CutAtWord(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        var head = cut > 0 ? text[..cut] : text[..(maxLength - 1)];
        return head.TrimEnd(',', ';', ':', ' ', '-', '—') + "…";
    }

    private static string WithoutOpening(string sentence)
    {
        var firstSpace = sentence.IndexOf(' ', StringComparison.Ordinal);
        if (firstSpace <= 0 || !SceneOpeners.Contains(sentence[..firstSpace].TrimEnd(',')))
        {
            return sentence;
        }

        // The opening ends at the first comma that is not inside a date: "On Nov. 21, 2025, President…" ends after 2025.
        for (var comma = sentence.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = sentence.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            var next = comma + 2;
            if (next < sentence.Length && char.IsDigit(sentence[next]))
            {
                continue;
            }

            var rest = sentence[next..];
            return WordCount(rest) >= 2 ? rest : sentence;
        }

        return sentence;
    }

    private static string WithoutAside(string clause)
    {
        foreach (var dash in new[] { " \u2014 ", " \u2013 ", " - ", "; " })
        {
            var at = clause.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && WordCount(clause[..at]) >= MinimumClauseWords)
            {
                clause = clause[..at];
            }
        }

        for (var comma = clause.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = clause.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            var nextWord = clause[(comma + 2)..].Split(' ', 2)[0].Trim('"', '\u201C', '\u2018');
            if (AsideOpeners.Contains(nextWord) && WordCount(clause[..comma]) >= MinimumClauseWords)
            {
                return clause[..comma];
            }
        }

        return clause;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
