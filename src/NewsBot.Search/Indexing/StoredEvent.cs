using System.Globalization;
using NewsBot.Core.Articles;

namespace NewsBot.Search.Indexing;

/// <summary>A stated date as kept in the article's metadata document: the date, its spans and its sentence verbatim.</summary>
internal sealed record StoredEvent(DateOnly Date, TextSpan Mention, TextSpan Sentence, string SentenceText)
{
    // Tab-separated: the sentence text comes last, so it may hold anything but is never split.
    public static string Encode(StatedDate stated, string sentenceText) => string.Create(
        CultureInfo.InvariantCulture,
        $"{stated.Date:yyyy-MM-dd}\t{stated.Mention.Start}\t{stated.Mention.Length}\t{stated.Sentence.Start}\t{stated.Sentence.Length}\t{sentenceText}");

    public static StoredEvent Decode(string encoded)
    {
        var parts = encoded.Split('\t', 6);
        int Int(int index) => int.Parse(parts[index], CultureInfo.InvariantCulture);
        return new StoredEvent(
            DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            new TextSpan(Int(1), Int(2)),
            new TextSpan(Int(3), Int(4)),
            parts[5]);
    }
}
