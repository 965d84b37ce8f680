using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Files;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Tests.Sources;

public sealed class SourceCatalogueTests
{
    [Fact]
    public void With_no_configured_sources_the_catalogue_holds_the_sample_folder()
    {
        using var services = Services([]);
        var catalogue = services.GetRequiredService<ISourceCatalogue>();

        var options = Assert.Single(catalogue.Configured);
        var source = Assert.Single(catalogue.Sources);

        Assert.Equal(SourcesOptions.Samples.Name, options.Name);
        Assert.Equal("index/articles", options.Location);
        Assert.IsType<FolderSource>(source);
    }

    [Fact]
    public void Feeds_become_feed_sources_and_folders_folder_sources_in_configuration_order()
    {
        using var services = Services(new()
        {
            ["Sources:0:Name"] = "wire", ["Sources:0:Kind"] = "Feed", ["Sources:0:Location"] = "http://127.0.0.1:9/rss",
            ["Sources:1:Name"] = "local", ["Sources:1:Kind"] = "Folder", ["Sources:1:Location"] = "articles",
        });
        var catalogue = services.GetRequiredService<ISourceCatalogue>();

        Assert.Equal(["wire", "local"], catalogue.Sources.Select(source => source.Name));
        Assert.IsType<FeedSource>(catalogue.Sources[0]);
        Assert.IsType<FolderSource>(catalogue.Sources[1]);
    }

    [Fact]
    public void A_configured_source_is_the_same_instance_on_every_lookup_so_a_feed_keeps_its_validators()
    {
        using var services = Services(new() { ["Sources:0:Name"] = "Wire", ["Sources:0:Kind"] = "Feed", ["Sources:0:Location"] = "http://127.0.0.1:9/rss" });
        var catalogue = services.GetRequiredService<ISourceCatalogue>();

        Assert.Same(catalogue.Sources[0], catalogue.Find("wire"));
        Assert.Same(catalogue.Find("WIRE"), catalogue.Find("wire"));
        Assert.Equal("Wire", catalogue.FindOptions("wire")!.Name);
        Assert.Null(catalogue.Find("nowhere"));
        Assert.Null(catalogue.FindOptions("nowhere"));
    }

    [Fact]
    public void A_source_made_on_demand_is_new_and_not_configured()
    {
        using var services = Services([]);
        var catalogue = services.GetRequiredService<ISourceCatalogue>();

        var adHoc = catalogue.Create(new SourceOptions { Name = "from", Kind = SourceKind.Folder, Location = "elsewhere" });

        Assert.IsType<FolderSource>(adHoc);
        Assert.Null(catalogue.FindOptions("from"));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .AddLogging()
        .AddNewsIngestion()
        .AddConfiguredSources()
        .BuildServiceProvider();
}
