using System.Diagnostics;
using System.Globalization;
using NewsBot.Benchmarks.Data;
using NewsBot.Benchmarks.Engine;
using NewsBot.Core.Answers;

namespace NewsBot.Benchmarks.Harness;

/// <summary>
/// Answer latency of the full ask pipeline (parse, search, re-rank, quote), single-threaded, as p50/p99; then
/// answers per second with one asker per core. BenchmarkDotNet reports means, not tail percentiles, so this is
/// timed by hand with <see cref="Stopwatch"/>.
/// </summary>
internal static class LatencyHarness
{
    private const int Questions = 500;
    private const int WarmUp = 25;

    public static async Task RunAsync(IReadOnlyList<string> corpora)
    {
        foreach (var name in corpora)
        {
            var corpus = BenchCorpus.Open(name);
            using var engine = BenchEngine.Create();
            var report = await engine.IndexAsync(corpus.Path, CancellationToken.None);
            var questions = BenchQuestions.For(name, Questions);
            Console.WriteLine($"[{name}] {report.Update.Added:N0} articles, {report.Update.Passages:N0} passages; {questions.Count} questions");

            foreach (var question in questions.Take(WarmUp))
            {
                await engine.Answerer.AskAsync(new AskRequest(question), CancellationToken.None);
            }

            var latencies = new List<double>(questions.Count);
            var cpu = new List<double>(questions.Count);
            var outcomes = new Dictionary<AnswerOutcome, int>();
            foreach (var question in questions)
            {
                var started = Stopwatch.GetTimestamp();
                var cpuStarted = ThreadCpuTime.IsAvailable ? ThreadCpuTime.Milliseconds() : 0;
                // Synchronous on this thread (the answerer completes without awaiting), so its thread CPU time is its own.
                var answer = engine.Answerer.AskAsync(new AskRequest(question), CancellationToken.None).GetAwaiter().GetResult();
                if (ThreadCpuTime.IsAvailable)
                {
                    cpu.Add(ThreadCpuTime.Milliseconds() - cpuStarted);
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                outcomes[answer.Outcome] = outcomes.GetValueOrDefault(answer.Outcome) + 1;
            }

            Console.WriteLine($"[{name}] single-threaded: {LatencyStats.Describe(latencies)}; " +
                string.Join(", ", outcomes.Select(pair => $"{pair.Key} {pair.Value}")));
            if (cpu.Count > 0)
            {
                Console.WriteLine($"[{name}] thread CPU per answer: {LatencyStats.Describe(cpu)}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            }

            var parallel = Environment.ProcessorCount;
            var rounds = questions.Concat(questions).ToList();
            var timer = Stopwatch.StartNew();
            await Parallel.ForEachAsync(rounds, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (question, token) =>
                await engine.Answerer.AskAsync(new AskRequest(question), token));
            timer.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{name}] all cores ({parallel} askers): {rounds.Count / timer.Elapsed.TotalSeconds:0.0} answers/s"));
        }
    }
}
