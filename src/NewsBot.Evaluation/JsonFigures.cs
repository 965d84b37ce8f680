using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>How every evaluation JSON writes its figures: numbers to four decimals, missing ones as null, the index's size.</summary>
internal static class JsonFigures
{
    /// <summary>Writes <paramref name="value"/> rounded, or null when there is none.</summary>
    public static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, Round(number));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes what was indexed for the run.</summary>
    public static void WriteIndexing(Utf8JsonWriter writer, IndexingFigures indexing)
    {
        writer.WriteNumber("index_articles", indexing.Articles);
        writer.WriteNumber("index_passages", indexing.Passages);
        writer.WriteNumber("index_skipped", indexing.Skipped);
        writer.WriteNumber("index_seconds", Round(indexing.Seconds));
        if (indexing.Ranker is { } ranker)
        {
            writer.WriteString("ranker", ranker);
        }
    }

    // Four decimals are finer than any difference the data sets can show; more would only be noise in diffs.
    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
