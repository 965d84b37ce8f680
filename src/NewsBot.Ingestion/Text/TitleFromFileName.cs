using NewsBot.Core.Dates;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// Makes a headline from the words of an article file's name, for files that carry no title:
/// <c>2025-11-21-trump-mamdani-white-house-meeting.txt</c> becomes "Trump Mamdani White House Meeting". People name
/// such files after their story; the lede would only repeat the article's first quote.
/// </summary>
public static class TitleFromFileName
{
    // Fewer words than this are a label for the file ("story", "article-3"), not a headline.
    private const int MinimumWords = 2;

    private static readonly char[] Separators = ['-', '_', '.', ' ', '+', '~', ','];

    // Lower case inside a headline in title case, unless first or last.
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "nor", "of", "on", "or", "the", "to", "vs", "via", "with",
    };

    // Names that say what the file is, not what it is about: a name made only of these gives no headline.
    private static readonly HashSet<string> FileWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articles", "story", "stories", "news", "untitled", "document", "doc", "file", "copy", "draft", "text",
        "index", "page", "item", "new", "final", "export", "download", "scan", "sample",
    };

    /// <summary>
    /// The headline the name of the file at <paramref name="path"/> spells, in title case and cut at a word boundary like
    /// <see cref="TitleFromLede"/>; null when the name is only a date, an id, or a word or two that name the file itself.
    /// </summary>
    public static string? Make(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var tokens = Path.GetFileNameWithoutExtension(path).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var dropped = tokens.Select(IsDateOrId).ToArray();
        var words = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            // A month beside a number is part of a date ("21-nov-2025"), not a word of the story.
            var inDate = MonthNames.IsName(tokens[i]) && ((i > 0 && dropped[i - 1]) || (i + 1 < tokens.Length && dropped[i + 1]));
            if (!dropped[i] && !inDate)
            {
                words.Add(tokens[i]);
            }
        }

        if (words.Count < MinimumWords || words.All(FileWords.Contains))
        {
            return null;
        }

        var title = string.Join(' ', words.Select((word, index) => index > 0 && index < words.Count - 1 && SmallWords.Contains(word) ? word.ToLowerInvariant() : Capitalised(word)));
        return TitleFromLede.CutAtWord(title, TitleFromLede.MaxLength);
    }

    // Numbers (dates, counters, timestamps), hexadecimal ids ("d53699b5") and long letter-digit codes ("a1b2c3d4e5").
    private static bool IsDateOrId(string token)
    {
        var digits = token.Count(char.IsAsciiDigit);
        if (digits == 0)
        {
            return false;
        }

        return digits == token.Length
            || (token.Length >= 4 && token.All(char.IsAsciiHexDigit))
            || (token.Length >= 8 && token.All(char.IsAsciiLetterOrDigit));
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
