using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Answers;
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

    public static BenchEngine Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsbot-bench", "index-" + Guid.NewGuid().ToString("N"));
        var builder = NewsBotHost.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Index:Path"] = Path.Combine(folder, "lucene"),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        return new BenchEngine(builder.Build(), folder);
    }

    /// <summary>A full reindex from one corpus file through the normal pipeline: read, dedup, analyze, index, swap.</summary>
    public Task<RebuildReport> IndexAsync(string corpusPath, CancellationToken cancellationToken)
    {
        var request = MaintenanceRequest.RebuildFrom([corpusPath]) with { AllowShrink = true };
        return _host.Services.GetRequiredService<IndexMaintenance>().RunAsync(request, null, cancellationToken);
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
