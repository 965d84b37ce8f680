using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Analysis;
using NewsBot.Ingestion.Dedup;
using NewsBot.Ingestion.Text;

namespace NewsBot.Benchmarks.Data;

/// <summary>
/// The large corpus, generated from a fixed, seeded recipe (version 2) so every run indexes the same text:
/// <list type="number">
/// <item>Read the 3,000 Wikinews articles of <c>../shared/news/wikinews/corpus.jsonl</c>; split each text at blank lines
/// into paragraphs; keep the paragraphs of at least 100 characters, in file order.</item>
/// <item>With <c>new Random(20261126)</c>, make article i (i = 0, 1, ...): draw 4 to 8 paragraphs uniformly with
/// replacement and join them with blank lines; title = the title of a uniformly drawn Wikinews article plus
/// " (i)"; outlet = one of five made-up outlets by i mod 5; published = 2004-11-13 plus a uniformly drawn 0 to 5,999 days;
/// url = https://example.invalid/generated/i.</item>
/// <item>Stop once the articles hold at least 200,000 passages by the project's default passage settings
/// (3 sentences, 700 characters), counted with its own sentence splitter and passage builder, after the project's
/// deduplication has dropped the articles it would not index (recombined paragraphs now and then make two articles
/// near-identical); only the articles it keeps are written.</item>
/// </list>
/// The file is cached in the temp folder under the recipe version and reused by later runs.
/// </summary>
internal static class GeneratedCorpus
{
    public const int Seed = 20261126;
    public const int MinimumPassages = 200_000;
    private const int RecipeVersion = 2;
    private static readonly string[] Outlets = ["Daily Example", "Example Times", "Example Post", "Example Herald", "Example Wire"];
    private static readonly DateTimeOffset FirstDay = new(2004, 11, 13, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The cached corpus path, generating it first when it is not there yet.</summary>
    public static string EnsureCreated()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsbot-bench");
        var path = Path.Combine(folder, $"generated-v{RecipeVersion}-{Seed}.jsonl");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(folder);
        var partial = path + ".partial";
        var passages = Generate(partial);
        File.Move(partial, path, overwrite: true);
        Console.WriteLine($"Generated {path}: {passages:N0} passages.");
        return path;
    }

    private static int Generate(string path)
    {
        var source = Path.Combine(SharedData.Require(), "news", "wikinews", "corpus.jsonl");
        var titles = new List<string>();
        var paragraphs = new List<string>();
        foreach (var line in File.ReadLines(source))
        {
            using var document = JsonDocument.Parse(line);
            titles.Add(document.RootElement.GetProperty("title").GetString()!);
            paragraphs.AddRange(document.RootElement.GetProperty("text").GetString()!
                .Split("\n\n", StringSplitOptions.TrimEntries)
                .Where(paragraph => paragraph.Length >= 100));
        }

        var random = new Random(Seed);
        var splitter = new SentenceSplitter();
        var builder = new PassageBuilder(new PassageOptions());
        var deduplicator = new ArticleDeduplicator();
        var generated = new List<(Article Article, int Passages)>();
        var kept = new List<Article>();
        var passages = 0;
        while (passages < MinimumPassages)
        {
            // Generate what is still missing (plus a little), then count again after deduplication.
            for (var missing = MinimumPassages - passages + 100; missing > 0;)
            {
                var i = generated.Count;
                var count = random.Next(4, 9);
                var text = string.Join("\n\n", Enumerable.Range(0, count).Select(_ => paragraphs[random.Next(paragraphs.Count)]));
                var title = $"{titles[random.Next(titles.Count)]} ({i})";
                var published = FirstDay.AddDays(random.Next(0, 6000));
                var id = string.Create(CultureInfo.InvariantCulture, $"gen-{i:D6}");
                var article = new Article(id, title, text, Outlets[i % Outlets.Length], $"https://example.invalid/generated/{i}", null, published, "generated", id);
                var articlePassages = builder.Build(id, text, splitter.Split(text)).Count;
                generated.Add((article, articlePassages));
                missing -= articlePassages;
            }

            var passagesById = generated.ToDictionary(entry => entry.Article.Id, entry => entry.Passages, StringComparer.Ordinal);
            kept = [.. deduplicator.Deduplicate(generated.Select(entry => entry.Article)).Kept];
            passages = kept.Sum(article => passagesById[article.Id]);
        }

        using var writer = new StreamWriter(path);
        foreach (var article in kept)
        {
            writer.WriteLine(JsonSerializer.Serialize(new GeneratedLine(
                article.Id,
                article.Title,
                article.Published!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                article.Url!,
                article.Outlet!,
                article.Text)));
        }

        return passages;
    }

    private sealed record GeneratedLine(
        [property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id,
        [property: System.Text.Json.Serialization.JsonPropertyName("title")] string Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("published")] string Published,
        [property: System.Text.Json.Serialization.JsonPropertyName("url")] string Url,
        [property: System.Text.Json.Serialization.JsonPropertyName("outlet")] string Outlet,
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text);
}
