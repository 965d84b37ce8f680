using System.Globalization;

namespace NewsBot.CommandLine;

/// <summary>Counted nouns as people write them: "1 article", "2,997 articles".</summary>
internal static class Plural
{
    /// <summary><paramref name="count"/> with thousands separators and <paramref name="noun"/>, plural unless it is one.</summary>
    public static string Count(int count, string noun)
        => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? noun : noun + "s")}");
}
