using System.Globalization;
using YamlDotNet.Core;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// Reads a <c>.md</c> file: optional YAML front matter between <c>---</c> lines (title, outlet, url, author,
/// published or date, id), then the body, verbatim. A file without front matter is all body.
/// </summary>
internal sealed class MarkdownArticleReader(int maxFrontMatterChars) : IArticleFileReader
{
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public void Read(ArticleFile file, FileReadResult result)
    {
        var lines = file.Text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            Add(file, result, file.Text, new Dictionary<string, string?>());
            return;
        }

        var closing = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        if (closing < 0)
        {
            result.Skip(file.Path, 1, "The front matter opened on line 1 has no closing '---' line.");
            return;
        }

        var yaml = string.Join('\n', lines[1..closing]);
        if (yaml.Length > maxFrontMatterChars)
        {
            result.Skip(file.Path, 2, $"The front matter is {yaml.Length.ToString(CultureInfo.InvariantCulture)} characters long, more than {maxFrontMatterChars.ToString(CultureInfo.InvariantCulture)} (Folders:MaxFrontMatterChars).");
            return;
        }

        var body = string.Join('\n', lines[(closing + 1)..]);
        Dictionary<string, string?> fields;
        try
        {
            fields = FrontMatterFields.Read(yaml);
        }
        catch (YamlException ex)
        {
            // The YAML parser counts from the first front-matter line; the file has the opening '---' before it.
            result.Skip(file.Path, (int)ex.Start.Line + 1, $"The front matter is not valid YAML ({ex.Message.TrimEnd('.')}).");
            return;
        }
        catch (InvalidDataException ex)
        {
            result.Skip(file.Path, 2, ex.Message);
            return;
        }

        Add(file, result, body, fields);
    }

    private static void Add(ArticleFile file, FileReadResult result, string body, Dictionary<string, string?> fields) =>
        result.Articles.Add(new RawArticle(body, file.Path, Line: null, ItemKey: null)
        {
            Id = MetadataFields.First(fields, MetadataFields.Id),
            Title = MetadataFields.First(fields, MetadataFields.Title),
            Outlet = MetadataFields.First(fields, MetadataFields.Outlet),
            Url = MetadataFields.First(fields, MetadataFields.Url),
            Author = MetadataFields.First(fields, MetadataFields.Author),
            Published = MetadataFields.First(fields, MetadataFields.Published),
        });
}
