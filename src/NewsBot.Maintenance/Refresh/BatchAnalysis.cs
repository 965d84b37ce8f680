using NewsBot.Core.Articles;
using NewsBot.Core.Sources;

namespace NewsBot.Maintenance.Refresh;

/// <summary>The analysed articles of a batch, in its order, and those skipped for taking too long.</summary>
internal sealed record BatchAnalysis(IReadOnlyList<AnalyzedArticle> Analyzed, IReadOnlyList<SkippedItem> Skipped);
