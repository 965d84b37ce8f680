using System.Diagnostics;
using System.Globalization;
using NewsBot.Benchmarks.Data;
using NewsBot.Benchmarks.Engine;

namespace NewsBot.Benchmarks.Harness;

/// <summary>
/// One full reindex per corpus after a warm-up one, timed by the wall clock and by the CPU time the process used (all
/// its threads). On a machine shared with other builds the wall clock measures their load as much as ours, and
/// BenchmarkDotNet's in-process job gives up on runs that long; CPU seconds per MB does not depend on the load so
/// much. Also reports the live generation's size on disk.
/// </summary>
internal static class IndexingCpuHarness
{
    public static async Task RunAsync(IReadOnlyList<string> corpora)
    {
        foreach (var name in corpora)
        {
            var corpus = BenchCorpus.Open(name);
            using var engine = BenchEngine.Create();
            await engine.IndexAsync(corpus.Path, CancellationToken.None);

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            var report = await engine.IndexAsync(corpus.Path, CancellationToken.None);
            var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

            var megabytes = corpus.TextBytes / 1e6;
            var root = Path.Combine(engine.Folder, "lucene");
            var live = Path.Combine(root, File.ReadAllText(Path.Combine(root, "CURRENT")).Trim());
            var size = new DirectoryInfo(live).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length) / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{name}] {report.Update.Passages:N0} passages, {megabytes:0.0} MB: wall {wall:0.00} s ({megabytes / wall:0.00} MB/s), " +
                $"CPU {cpu:0.00} s ({megabytes / cpu:0.00} MB per CPU-second), index {size:0.0} MB; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        }
    }
}
