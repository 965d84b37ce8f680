using System.Diagnostics;
using System.Text;
using NewsBot.Testing;

namespace NewsBot.Tests.CommandLine;

/// <summary>A reindex process killed half-way, as by an operator's kill -9 or a crash, must leave the old index answering.</summary>
public sealed class KilledReindexTests
{
    [Fact]
    public async Task Reindex_killed_while_it_writes_the_new_index_leaves_the_old_one_answering()
    {
        using var directory = new TemporaryDirectory();
        var index = directory.Combine("lucene");
        Assert.Equal(0, await RunToEndAsync(index, "reindex"));
        var large = directory.Combine("large");
        WriteManyArticles(large, count: 20_000);

        using (var reindex = Start(index, "reindex", "--from", large))
        {
            // Killed as soon as it reports writing the new generation, long before 20,000 articles are written.
            while (await reindex.StandardError.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("indexing", StringComparison.Ordinal))
                {
                    reindex.Kill(entireProcessTree: true);
                    break;
                }
            }

            await reindex.WaitForExitAsync();
            Assert.NotEqual(0, reindex.ExitCode);
        }

        using var ask = Start(index, "ask", "What did Trump say about working with Mamdani?");
        var output = await ask.StandardOutput.ReadToEndAsync();
        await ask.WaitForExitAsync();
        Assert.Equal(0, ask.ExitCode);
        Assert.Contains("work together", output.Replace("**", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Synthetic", output, StringComparison.Ordinal);
    }

    private static void WriteManyArticles(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var lines = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            lines.Append("{\"id\":\"synthetic-").Append(i).Append("\",\"title\":\"Synthetic council report ").Append(i)
                .Append("\",\"published\":\"2025-11-01\",\"text\":\"The council of district ").Append(i)
                .Append(" met on Monday. It approved a budget for roads and schools. Members debated a new park.\"}\n");
        }

        File.WriteAllText(Path.Combine(folder, "synthetic.jsonl"), lines.ToString());
    }

    private static async Task<int> RunToEndAsync(string index, params string[] args)
    {
        using var process = Start(index, args);
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    /// <summary>Runs the built <c>newsbot</c> as its own process, on the shipped samples, with its index in <paramref name="index"/>.</summary>
    private static Process Start(string index, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsbot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NEWSBOT_Index__Path"] = index;
        start.Environment["NEWSBOT_Index__Semantic"] = "false";
        start.Environment["NEWSBOT_Refresh__StatusPath"] = index + "-status.json";
        start.Environment["NEWSBOT_Sources__0__Location"] = RepositoryPaths.SampleArticles;
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
