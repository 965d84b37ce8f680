using NewsBot.Core.Answers;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Engine;

/// <summary>The operator's source labels as configured, for the citations of <c>ask</c> and of the bot alike.</summary>
internal static class ConfiguredLabels
{
    /// <summary>Each configured source's label by its name, and by its configured outlet name for credited carriers.</summary>
    public static SourceLabels From(ISourceCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var configured = catalogue.Configured;
        return new SourceLabels(
            configured.Select(source => KeyValuePair.Create(source.Name, source.Label)),
            configured.Where(source => source.Outlet is not null).Select(source => KeyValuePair.Create(source.Outlet!, source.Label)));
    }
}
