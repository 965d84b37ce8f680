using System.Collections.Frozen;

namespace NewsBot.Core.Dates;

/// <summary>
/// English month names and their news-style abbreviations: the one table both the dates stated in articles and the
/// date words of questions are read with. Patterns are constants so generated regular expressions can embed them.
/// </summary>
public static class MonthNames
{
    /// <summary>The twelve full names, capitalised, as a regular-expression alternation.</summary>
    public const string FullNames = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>The abbreviations news copy uses (AP style and the common three-letter forms), without their period.</summary>
    public const string Abbreviations = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    /// <summary>A group matching a full name or an abbreviation without its period; the full names are tried first.</summary>
    public const string Names = "(?:" + FullNames + "|" + Abbreviations + ")";

    /// <summary>A group matching a full name, or an abbreviation with its period when it has one ("Nov." and "Nov").</summary>
    public const string Pattern = "(?:" + FullNames + "|(?:" + Abbreviations + @")\.?)";

    /// <summary>
    /// A group matching a full name, or an abbreviation only with its period ("Nov.", never a bare "Nov"): for running
    /// text read without regard to case, where a bare "mar" or "dec" is more often part of another word than a month.
    /// </summary>
    public const string WithPeriod = "(?:" + FullNames + "|(?:" + Abbreviations + @")\.)";

    private static readonly FrozenSet<string> Words = (FullNames + "|" + Abbreviations).Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="word"/> is a full name or an abbreviation without its period, in any case.</summary>
    public static bool IsName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Words.Contains(word);
    }

    /// <summary>The month number (1-12) of a name matched by <see cref="Names"/> or <see cref="Pattern"/>, in any case.</summary>
    public static int Number(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length < 3 ? Unknown(name) : name[..3].ToLowerInvariant() switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => Unknown(name),
        };
    }

    private static int Unknown(string name) => throw new ArgumentException($"'{name}' is not a month name.", nameof(name));
}
