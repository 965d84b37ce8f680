using NewsBot.Core.Sources;

namespace NewsBot.Bot.Reindex;

/// <summary>What a <c>/reindex</c> did, over every configured source.</summary>
/// <param name="Full">True for a full rebuild, false for an incremental refresh.</param>
/// <param name="Report">Per-source reports and totals, as the command line's reindex reports them.</param>
public sealed record ReindexSummary(bool Full, RebuildReport Report);
