using NewsBot.Core.Indexing;
using NewsBot.Maintenance.Status;

namespace NewsBot.CommandLine;

/// <summary>What <c>newsbot sources --json</c> prints: every configured source with its last result, and what the index holds.</summary>
/// <param name="Sources">The configured sources, in configuration order.</param>
/// <param name="Index">Counts, dates and outlets of the index.</param>
internal sealed record SourcesListing(IReadOnlyList<ConfiguredSource> Sources, IndexStats Index);

/// <summary>One configured source.</summary>
/// <param name="Name">Its configured name.</param>
/// <param name="Kind"><c>folder</c> or <c>feed</c>.</param>
/// <param name="Location">Its folder path or feed URL.</param>
/// <param name="Outlet">The operator's outlet name, when set.</param>
/// <param name="Label">The operator's label, when set.</param>
/// <param name="Status">The result of its last refresh or reindex; null when it has none yet.</param>
internal sealed record ConfiguredSource(string Name, string Kind, string Location, string? Outlet, string? Label, SourceStatus? Status);
