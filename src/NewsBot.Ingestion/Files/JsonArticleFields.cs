using System.Text.Json;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// Maps one JSON article object (id, title, text or body or content, published or date, url, outlet, author)
/// to a raw article. Unknown fields (categories, source, ...) are ignored.
/// </summary>
internal static class JsonArticleFields
{
    /// <summary>The raw article, or null with <paramref name="problem"/> saying why the element is not one.</summary>
    public static RawArticle? Read(JsonElement element, string location, int? line, string? itemKey, out string? problem)
    {
        problem = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = $"Expected an article object but found a JSON {Describe(element.ValueKind)}.";
            return null;
        }

        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => null,
            };
        }

        var text = MetadataFields.Text.Select(key => fields.GetValueOrDefault(key)).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
        if (text is null)
        {
            problem = "The object has no article text (expected a non-empty \"text\", \"body\" or \"content\" string).";
            return null;
        }

        return new RawArticle(FileTextDecoder.NormalizeLineEndings(text), location, line, itemKey)
        {
            Id = MetadataFields.First(fields, MetadataFields.Id),
            Title = MetadataFields.First(fields, MetadataFields.Title),
            Outlet = MetadataFields.First(fields, MetadataFields.Outlet),
            Url = MetadataFields.First(fields, MetadataFields.Url),
            Author = MetadataFields.First(fields, MetadataFields.Author),
            Published = MetadataFields.First(fields, MetadataFields.Published),
        };
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
