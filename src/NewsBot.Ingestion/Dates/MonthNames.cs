namespace NewsBot.Ingestion.Dates;

/// <summary>English month names and their news-style abbreviations, for reading dates stated in text.</summary>
internal static class MonthNames
{
    /// <summary>A regular-expression alternation matching a capitalised month name or abbreviation (with its period).</summary>
    public const string Pattern =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

    /// <summary>The month number (1-12) of a name matched by <see cref="Pattern"/>.</summary>
    public static int Number(string name) => name[..3] switch
    {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => throw new ArgumentException($"'{name}' is not a month name.", nameof(name)),
    };
}
