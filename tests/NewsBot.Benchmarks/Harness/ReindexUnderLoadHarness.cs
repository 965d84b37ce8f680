using System.Diagnostics;
using System.Globalization;
using NewsBot.Benchmarks.Data;
using NewsBot.Benchmarks.Engine;
using NewsBot.Core.Answers;

namespace NewsBot.Benchmarks.Harness;

/// <summary>
/// Answers questions without pause while a full reindex of the generated corpus runs beside the live index, and
/// shows that none failed: no exception, no rejection, and every answer has the same outcome and first article as
/// before the reindex (the corpus is the same, so the rebuilt index must answer alike).
/// </summary>
internal static class ReindexUnderLoadHarness
{
    public static async Task RunAsync()
    {
        var corpus = BenchCorpus.Open(BenchCorpus.Generated);
        var questions = BenchQuestions.For(BenchCorpus.Generated, 200);
        using var engine = BenchEngine.Create();
        await engine.IndexAsync(corpus.Path, CancellationToken.None);
        var expected = new List<(AnswerOutcome Outcome, string? First)>();
        foreach (var question in questions)
        {
            expected.Add(Summarize(await engine.Answerer.AskAsync(new AskRequest(question), CancellationToken.None)));
        }

        var latencies = new List<double>();
        int exceptions = 0, mismatches = 0, rejected = 0;
        var timer = Stopwatch.StartNew();
        var reindex = Task.Run(() => engine.IndexAsync(corpus.Path, CancellationToken.None));
        for (var i = 0; !reindex.IsCompleted; i++)
        {
            var index = i % questions.Count;
            var started = Stopwatch.GetTimestamp();
            try
            {
                var answer = await engine.Answerer.AskAsync(new AskRequest(questions[index]), CancellationToken.None);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                rejected += answer.Outcome == AnswerOutcome.Rejected ? 1 : 0;
                mismatches += Summarize(answer) == expected[index] ? 0 : 1;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                exceptions++;
                Console.WriteLine($"[reindex-load] question failed: {exception.GetType().Name}: {exception.Message}");
            }
        }

        var report = await reindex;
        timer.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            [reindex-load] full reindex of {report.Update.Passages:N0} passages took {timer.Elapsed.TotalSeconds:0.0} s (swapped: {report.Swapped})
            [reindex-load] answers during the reindex: {LatencyStats.Describe(latencies)}
            [reindex-load] failed: {exceptions} exceptions, {rejected} rejected, {mismatches} answers that differ from before the reindex
            """));
    }

    private static (AnswerOutcome, string?) Summarize(Answer answer) => (
        answer.Outcome,
        answer.Articles.Count > 0 ? answer.Articles[0].Citation.ArticleId : answer.ClosestHeadlines.FirstOrDefault()?.ArticleId);
}
