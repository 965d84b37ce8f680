using BenchmarkDotNet.Running;
using NewsBot.Benchmarks.Data;
using NewsBot.Benchmarks.Harness;

// Usage (Release build):
//   dotnet run -c Release --project tests/NewsBot.Benchmarks -- indexing      BenchmarkDotNet: reindex throughput on the three corpora
//   dotnet run -c Release --project tests/NewsBot.Benchmarks -- latency [squad|wikinews|generated ...]
//   dotnet run -c Release --project tests/NewsBot.Benchmarks -- indexing-cpu [squad|wikinews|generated ...]
//   dotnet run -c Release --project tests/NewsBot.Benchmarks -- memory [vectors]
//   dotnet run -c Release --project tests/NewsBot.Benchmarks -- reindex-load
//   dotnet run -c Release --project tests/NewsBot.Benchmarks -- serve-startup [runs]   newsbot serve against the loopback stand-in
//   dotnet run -c Release --project tests/NewsBot.Benchmarks -- first-answer INDEX_PATH cold|warm   (one mode per process)
// Anything else is handed to BenchmarkDotNet's switcher (for example --list flat).
if (SharedData.Find() is null)
{
    Console.Error.WriteLine("../shared (beside the folder holding NewsBot.sln) is not there; the benchmarks need its corpora. Nothing was run.");
    return 1;
}

string[] allCorpora = [BenchCorpus.Squad, BenchCorpus.Wikinews, BenchCorpus.Generated];
switch (args.FirstOrDefault())
{
    case "indexing":
        BenchmarkRunner.Run<NewsBot.Benchmarks.Indexing.IndexingBenchmarks>(args: args[1..]);
        return 0;
    case "latency":
        await LatencyHarness.RunAsync(args.Length > 1 ? args[1..] : allCorpora);
        return 0;
    case "indexing-cpu":
        await IndexingCpuHarness.RunAsync(args.Length > 1 ? args[1..] : allCorpora);
        return 0;
    case "memory":
        await MemoryHarness.RunAsync(withVectors: args.Skip(1).Contains("vectors"));
        return 0;
    case "serve-startup":
        await ServeStartupHarness.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
        return 0;
    case "first-answer" when args.Length == 3:
        await FirstAnswerHarness.RunAsync(args[1], warm: args[2] == "warm");
        return 0;
    case "reindex-load":
        await ReindexUnderLoadHarness.RunAsync();
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}
