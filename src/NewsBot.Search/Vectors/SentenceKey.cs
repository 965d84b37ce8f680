using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace NewsBot.Search.Vectors;

/// <summary>
/// The content key of a sentence: a 64-bit hash of its exact text. Vectors are stored and reused by it, so a
/// reindex embeds only sentences it has not seen, and a passage finds its sentences' vectors without any id.
/// </summary>
internal static class SentenceKey
{
    public static ulong Of(ReadOnlySpan<char> sentence) => XxHash64.HashToUInt64(MemoryMarshal.AsBytes(sentence.Trim()));

    /// <summary>The key as the indexed term of <c>IndexFields.SentenceKey</c>.</summary>
    public static string ToTerm(ulong key) => key.ToString("x16", CultureInfo.InvariantCulture);
}
