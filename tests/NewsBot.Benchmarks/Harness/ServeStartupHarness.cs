using System.Diagnostics;
using System.Globalization;
using NewsBot.Testing;
using NewsBot.Testing.Discord;

namespace NewsBot.Benchmarks.Harness;

/// <summary>
/// <c>newsbot serve</c> as its own process against the loopback Discord stand-in, on the shipped sample article and an
/// index built beforehand: the wall time from the process's start to its first live gateway session (READY) and to its
/// commands being registered, and its working set after 15 s idle. One warm-up run, then <c>runs</c> counted ones.
/// </summary>
internal static class ServeStartupHarness
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(int runs)
    {
        using var directory = new TemporaryDirectory();
        var ready = new List<double>();
        var registered = new List<double>();
        var workingSets = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            await using var standIn = await DiscordStandIn.StartAsync("MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gstand.in-only-token-never-valid-on-discord-01");
            var clock = Stopwatch.StartNew();
            await using var process = Start(standIn, directory);
            await standIn.Gateway.WaitForLiveSessionAsync();
            var readyAt = clock.Elapsed.TotalSeconds;
            double registeredAt;
            try
            {
                await standIn.WaitForRequestAsync(request => request.Path.Contains("/commands", StringComparison.Ordinal) && request.Status == 200, TimeSpan.FromSeconds(60));
                registeredAt = clock.Elapsed.TotalSeconds;
            }
            catch (TimeoutException)
            {
                registeredAt = double.NaN;
            }

            await Task.Delay(Idle);
            var rss = ResidentMegabytes(process.Id);
            await process.TerminateAsync(TimeSpan.FromSeconds(60));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}{(run == 0 ? " (warm-up, builds the index)" : string.Empty)}: READY {readyAt:0.00} s, commands {registeredAt:0.00} s, working set after {Idle.TotalSeconds:0} s idle {rss:0.0} MB"));
            if (run > 0)
            {
                ready.Add(readyAt);
                registered.Add(registeredAt);
                workingSets.Add(rss);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median of {runs}: READY {Median(ready):0.00} s, commands {Median(registered):0.00} s, idle working set {Median(workingSets):0.0} MB"));
    }

    private static ServeProcess Start(DiscordStandIn standIn, TemporaryDirectory directory) => ServeProcess.Start(directory.Path, new Dictionary<string, string?>
    {
        ["Discord:Token"] = standIn.Token,
        ["Discord:ApiBaseUrl"] = standIn.ApiBaseUrl + "/",
        ["Index:Path"] = directory.Combine("lucene"),
        ["Index:Semantic"] = "false",
        ["Sources:0:Location"] = Path.Combine(RepositoryRoot(), "index", "articles"),
        ["Refresh:Enabled"] = "false",
        ["Bot:DevelopmentGuildIds:0"] = "810000000000000001",
    });

    // The resident set the kernel reports (VmRSS): what the process holds in memory, shared pages included.
    private static double ResidentMegabytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("NewsBot.sln not found above the benchmark.");
    }
}
