namespace NewsBot.Ingestion.Files;

/// <summary>The metadata keys articles use, with their aliases, shared by the front-matter and JSON readers.</summary>
internal static class MetadataFields
{
    public static readonly string[] Id = ["id"];
    public static readonly string[] Title = ["title", "headline"];
    public static readonly string[] Text = ["text", "body", "content"];
    public static readonly string[] Published = ["published", "date"];
    public static readonly string[] Url = ["url", "link"];
    public static readonly string[] Outlet = ["outlet"];
    public static readonly string[] Author = ["author"];

    /// <summary>The first non-blank value among <paramref name="keys"/> (keys compared case-insensitively).</summary>
    public static string? First(IReadOnlyDictionary<string, string?> fields, string[] keys)
    {
        foreach (var key in keys)
        {
            if (fields.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }
}
