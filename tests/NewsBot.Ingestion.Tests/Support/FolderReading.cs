using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Files;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Tests.Support;

/// <summary>Reads a folder (or file) through a real <see cref="FolderSource"/>.</summary>
internal static class FolderReading
{
    public static Task<SourceBatch> ReadAsync(string location, string? outlet = null, string? label = null, ILogger? logger = null) =>
        new FolderSource(new SourceOptions { Name = "test", Location = location, Outlet = outlet, Label = label }, logger ?? NullLogger.Instance)
            .ReadAsync(CancellationToken.None);
}
