using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Benchmarks.Data;
using NewsBot.Core.Answers;
using NewsBot.Hosting;

namespace NewsBot.Benchmarks.Harness;

/// <summary>
/// How much slower the first question of a new process is than the hundredth, with and without serve's warm-up
/// (<see cref="AnswerWarmup"/>): one process per mode, since a process warms once. Asks 100 Wikinews headlines of
/// <see cref="BenchQuestions"/> one after another on an existing index (one with sentence vectors, to include the model).
/// </summary>
internal static class FirstAnswerHarness
{
    private const int Questions = 100;

    public static async Task RunAsync(string indexPath, bool warm)
    {
        var builder = NewsBotHost.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Index:Path"] = indexPath,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton<AnswerWarmup>();
        using var host = builder.Build();
        var answerer = host.Services.GetRequiredService<IQuestionAnswerer>();
        var questions = BenchQuestions.For(BenchCorpus.Wikinews, Questions);

        var warmup = TimeSpan.Zero;
        if (warm)
        {
            var started = Stopwatch.GetTimestamp();
            await host.Services.GetRequiredService<AnswerWarmup>().WarmAsync(CancellationToken.None);
            warmup = Stopwatch.GetElapsedTime(started);
        }

        var latencies = new List<double>(Questions);
        foreach (var question in questions)
        {
            var started = Stopwatch.GetTimestamp();
            await answerer.AskAsync(new AskRequest(question), CancellationToken.None);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var rest = latencies.Skip(1).Order().ToList();
        Console.WriteLine($"{(warm ? "warmed up" : "cold")}: warm-up {warmup.TotalMilliseconds:F0} ms; first answer {latencies[0]:F1} ms, " +
            $"second {latencies[1]:F1} ms, hundredth {latencies[^1]:F1} ms; questions 2-100: median {rest[rest.Count / 2]:F1} ms, max {rest[^1]:F1} ms");
    }
}
