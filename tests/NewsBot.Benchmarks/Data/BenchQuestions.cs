using System.Text.Json;

namespace NewsBot.Benchmarks.Data;

/// <summary>
/// The questions the latency benchmarks ask: for SQuAD its own first questions (in file order); for the news
/// corpora, Wikinews headlines drawn with <c>new Random(7)</c> and asked as plain words, which is how people type
/// a news question into a search box.
/// </summary>
internal static class BenchQuestions
{
    public static IReadOnlyList<string> For(string corpus, int count) => corpus == BenchCorpus.Squad
        ? File.ReadLines(Path.Combine(SharedData.Require(), "eval", "squad-dev", "queries.jsonl"))
            .Take(count)
            .Select(line => Read(line, "text"))
            .ToList()
        : Headlines(count);

    private static List<string> Headlines(int count)
    {
        var titles = File.ReadLines(Path.Combine(SharedData.Require(), "news", "wikinews", "corpus.jsonl"))
            .Select(line => Read(line, "title"))
            .ToList();
        var random = new Random(7);
        return Enumerable.Range(0, count).Select(_ => titles[random.Next(titles.Count)]).ToList();
    }

    private static string Read(string line, string field)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty(field).GetString()!;
    }
}
