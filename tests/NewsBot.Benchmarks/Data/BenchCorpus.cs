using System.Text;
using System.Text.Json;

namespace NewsBot.Benchmarks.Data;

/// <summary>A JSON Lines corpus the benchmarks index, with the size figures throughput is computed from.</summary>
/// <param name="Name">Short name: squad, wikinews or generated.</param>
/// <param name="Path">The .jsonl file.</param>
/// <param name="Articles">Lines with an article.</param>
/// <param name="TextBytes">UTF-8 bytes of the article texts (the "MB of article text" of the throughput figures).</param>
internal sealed record BenchCorpus(string Name, string Path, int Articles, long TextBytes)
{
    public const string Squad = "squad";
    public const string Wikinews = "wikinews";
    public const string Generated = "generated";

    /// <summary>Opens a corpus by name; the generated one is created on first use (see <see cref="GeneratedCorpus"/>).</summary>
    public static BenchCorpus Open(string name) => name switch
    {
        Squad => Measure(name, System.IO.Path.Combine(SharedData.Require(), "eval", "squad-dev", "corpus.jsonl")),
        Wikinews => Measure(name, System.IO.Path.Combine(SharedData.Require(), "news", "wikinews", "corpus.jsonl")),
        Generated => Measure(name, GeneratedCorpus.EnsureCreated()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Corpora: squad, wikinews, generated."),
    };

    private static BenchCorpus Measure(string name, string path)
    {
        var articles = 0;
        long bytes = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            articles++;
            bytes += Encoding.UTF8.GetByteCount(document.RootElement.GetProperty("text").GetString() ?? string.Empty);
        }

        return new BenchCorpus(name, path, articles, bytes);
    }
}
