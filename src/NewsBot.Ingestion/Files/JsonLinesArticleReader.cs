using System.Globalization;
using System.Text.Json;

namespace NewsBot.Ingestion.Files;

/// <summary>Reads a <c>.jsonl</c> file: one article object a line; a broken line is skipped alone, blank lines are ignored.</summary>
internal sealed class JsonLinesArticleReader : IArticleFileReader
{
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public void Read(ArticleFile file, FileReadResult result)
    {
        var lines = file.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException)
            {
                result.Skip(file.Path, number, "The line is not valid JSON.");
                continue;
            }

            using (document)
            {
                var key = number.ToString(CultureInfo.InvariantCulture);
                var article = JsonArticleFields.Read(document.RootElement, $"{file.Path}:{key}", number, key, out var problem);
                if (article is null)
                {
                    result.Skip(file.Path, number, problem!);
                }
                else
                {
                    result.Articles.Add(article with { ProblemLocation = file.Path });
                }
            }
        }
    }
}
