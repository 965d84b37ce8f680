using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Hosting;
using NewsBot.Testing;

namespace NewsBot.Tests.Engine;

/// <summary>The real engine (files, Lucene on disk) over folders in a temporary directory.</summary>
internal sealed class EngineFixture : IDisposable
{
    private readonly IHost _host;

    public EngineFixture(TemporaryDirectory directory, params string[] sourceFolders)
    {
        var settings = new Dictionary<string, string?> { ["Index:Path"] = directory.Combine("lucene") };
        for (var index = 0; index < sourceFolders.Length; index++)
        {
            settings[$"Sources:{index}:Name"] = Path.GetFileName(sourceFolders[index]);
            settings[$"Sources:{index}:Kind"] = "Folder";
            settings[$"Sources:{index}:Location"] = sourceFolders[index];
        }

        var builder = NewsBotHost.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        _host = builder.Build();
    }

    public IServiceProvider Services => _host.Services;

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public void Dispose() => _host.Dispose();
}
