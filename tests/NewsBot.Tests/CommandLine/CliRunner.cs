using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.CommandLine;
using NewsBot.Testing;

namespace NewsBot.Tests.CommandLine;

/// <summary>Runs <c>newsbot</c> in-process with its own index folder and sources, capturing what it prints.</summary>
internal sealed class CliRunner : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public CliRunner(params string[] sourceFolders)
    {
        Sources = sourceFolders.Length == 0 ? [RepositoryPaths.SampleArticles] : sourceFolders;
    }

    public string IndexPath => _directory.Combine("lucene");

    public IReadOnlyList<string> Sources { get; }

    public TemporaryDirectory Directory => _directory;

    /// <summary>The outlet configured for every source ("Test Outlet"); null configures none, as the shipped settings do.</summary>
    public string? Outlet { get; init; } = "Test Outlet";

    /// <summary>True to run as in a terminal (ANSI styling, progress bars) rather than piped.</summary>
    public bool Interactive { get; init; }

    /// <summary>Changes to the program's services, applied after its own (for example a stand-in for the sentence model).</summary>
    public Action<IServiceCollection>? Services { get; init; }

    /// <summary>The token a run is given, as Ctrl+C would cancel it.</summary>
    public CancellationToken Cancellation { get; init; }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, []);

    /// <summary>Runs with extra settings that override the runner's own (for example another <c>Index:Path</c>).</summary>
    public async Task<CliResult> RunAsync(string[] args, params (string Key, string Value)[] overrides)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        // Vectors off unless a test turns them on: the model is loaded only by the tests that are about it.
        var settings = new Dictionary<string, string?> { ["Index:Path"] = IndexPath, ["Index:Semantic"] = "false", ["Logging:LogLevel:Default"] = "Warning" };
        for (var index = 0; index < Sources.Count; index++)
        {
            settings[$"Sources:{index}:Name"] = $"source{index}";
            settings[$"Sources:{index}:Kind"] = "Folder";
            settings[$"Sources:{index}:Location"] = Sources[index];
            settings[$"Sources:{index}:Outlet"] = Outlet;
        }

        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var context = new CliContext(
            new CliConsole(output, error, Interactive),
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                Services?.Invoke(builder.Services);
            });
        var exitCode = await NewsBotCommandLine.InvokeAsync(args, context, Cancellation);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => _directory.Dispose();
}

/// <summary>What one run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The output without the <c>**</c> marks around matched words, for asserting on quoted text.</summary>
    public string Unmarked => Output.Replace("**", string.Empty, StringComparison.Ordinal);
}
