using NewsBot.Core.Formatting;

namespace NewsBot.CommandLine;

/// <summary>Counted nouns as people write them: "1 article", "2,997 articles".</summary>
internal static class Plural
{
    /// <summary><paramref name="count"/> with thousands separators and <paramref name="noun"/>, plural unless it is one.</summary>
    public static string Count(int count, string noun)
        => $"{Number(count)} {(count == 1 ? noun : noun + "s")}";

    /// <summary><paramref name="count"/> as a person reads it: thousands separated, in the invariant culture ("2,997").</summary>
    public static string Number(int count) => DisplayFormat.Count(count);
}
