using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Hosting;
using NewsBot.Maintenance;

namespace NewsBot.Benchmarks.Engine;

/// <summary>
/// The engine exactly as <c>newsbot</c> composes it (<see cref="NewsBotHost"/>), with its index in a temporary
/// folder that is deleted on dispose.
/// </summary>
internal sealed class BenchEngine : IDisposable
{
    private readonly IHost _host;

    private BenchEngine(IHost host, string folder)
    {
        _host = host;
        Folder = folder;
    }

    /// <summary>The temporary folder holding the index.</summary>
    public string Folder { get; }

    public IQuestionAnswerer Answerer => _host.Services.GetRequiredService<IQuestionAnswerer>();

    /// <summary>The engine; with <paramref name="configure"/>, its services changed first (for example another embedder).</summary>
    public static BenchEngine Create(bool semantic = false, Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsbot-bench", "index-" + Guid.NewGuid().ToString("N"));
        var builder = NewsBotHost.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Index:Path"] = Path.Combine(folder, "lucene"),
            ["Index:Semantic"] = semantic ? "true" : "false",

            // The generated corpus is one 58 MB file, past the bound a folder source puts on a stranger's file.
            ["Folders:MaxFileBytes"] = "200000000",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        configure?.Invoke(builder.Services);
        return new BenchEngine(builder.Build(), folder);
    }

    /// <summary>Computes the sentence vectors of the live index on every core.</summary>
    public Task<VectorUpdate> EmbedAsync(CancellationToken cancellationToken) =>
        _host.Services.GetRequiredService<ISentenceVectorIndex>().EmbedMissingAsync(Environment.ProcessorCount, null, cancellationToken);

    /// <summary>A full reindex from one corpus file through the normal pipeline: read, dedup, analyze, index, swap.</summary>
    public async Task<RebuildReport> IndexAsync(string corpusPath, CancellationToken cancellationToken)
    {
        var request = MaintenanceRequest.RebuildFrom([corpusPath]) with { AllowShrink = true };
        var report = await _host.Services.GetRequiredService<IndexMaintenance>().RunAsync(request, null, cancellationToken);

        // A figure measured over an empty index would be meaningless: say why it is empty instead.
        return report.Update.Passages > 0
            ? report
            : throw new InvalidOperationException($"{corpusPath} indexed no passages: {report.Sources.Select(source => source.Failure).FirstOrDefault(failure => failure is not null) ?? string.Join("; ", report.Skipped.Take(3))}");
    }

    public void Dispose()
    {
        _host.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folders are cleaned by the OS; a benchmark must not fail over one.
        }
    }
}
