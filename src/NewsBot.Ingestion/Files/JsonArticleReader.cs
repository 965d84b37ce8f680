using System.Globalization;
using System.Text.Json;

namespace NewsBot.Ingestion.Files;

/// <summary>Reads a <c>.json</c> file holding one article object or an array of them.</summary>
internal sealed class JsonArticleReader : IArticleFileReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public IReadOnlyList<string> Extensions { get; } = [".json"];

    public void Read(ArticleFile file, FileReadResult result)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(file.Text, Options);
        }
        catch (JsonException ex)
        {
            result.Skip(file.Path, (int?)ex.LineNumber + 1, "The file is not valid JSON.");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    var key = index.ToString(CultureInfo.InvariantCulture);
                    var location = $"{file.Path}#{key}";
                    Add(JsonArticleFields.Read(item, location, null, key, out var problem), location, problem, result);
                    index++;
                }
            }
            else
            {
                Add(JsonArticleFields.Read(root, file.Path, null, null, out var problem), file.Path, problem, result);
            }
        }
    }

    private static void Add(RawArticle? article, string location, string? problem, FileReadResult result)
    {
        if (article is null)
        {
            result.Skip(location, null, problem!);
        }
        else
        {
            result.Articles.Add(article);
        }
    }
}
