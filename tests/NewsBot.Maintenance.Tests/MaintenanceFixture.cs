using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Search;
using NewsBot.Testing;

namespace NewsBot.Maintenance.Tests;

/// <summary>Real index maintenance (files and feeds, Lucene on disk) over folders in a temporary directory, as the program composes it.</summary>
internal sealed class MaintenanceFixture : IDisposable
{
    private readonly IHost _host;

    public MaintenanceFixture(TemporaryDirectory directory, params string[] sourceFolders)
        : this(directory, Settings(directory, sourceFolders), configure: null)
    {
    }

    /// <summary>The same over <paramref name="sourceFolders"/>, with <paramref name="configure"/> registering replacements first.</summary>
    public MaintenanceFixture(TemporaryDirectory directory, Action<IServiceCollection> configure, params string[] sourceFolders)
        : this(directory, Settings(directory, sourceFolders), configure)
    {
    }

    private MaintenanceFixture(TemporaryDirectory directory, Dictionary<string, string?> settings, Action<IServiceCollection>? configure)
    {
        _host = Build(settings, configure);
        Directory = directory;
    }

    public TemporaryDirectory Directory { get; }

    public IServiceProvider Services => _host.Services;

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>A host with search and maintenance registered as the program registers them, over <paramref name="settings"/>.</summary>
    public static IHost Build(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        configure?.Invoke(builder.Services);
        builder.Services.AddNewsSearch();
        builder.Services.AddIndexMaintenance();
        return builder.Build();
    }

    public void Dispose() => _host.Dispose();

    private static Dictionary<string, string?> Settings(TemporaryDirectory directory, string[] sourceFolders)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Index:Path"] = directory.Combine("lucene"),
            ["Index:Semantic"] = "false",
            ["Refresh:StatusPath"] = directory.Combine("sources-status.json"),
        };
        for (var index = 0; index < sourceFolders.Length; index++)
        {
            settings[$"Sources:{index}:Name"] = Path.GetFileName(sourceFolders[index]);
            settings[$"Sources:{index}:Kind"] = "Folder";
            settings[$"Sources:{index}:Location"] = sourceFolders[index];
        }

        return settings;
    }
}
