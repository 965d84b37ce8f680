using NewsBot.Core.Sources;

namespace NewsBot.Ingestion.Files;

/// <summary>Collects what reading one file produced: raw articles and skipped items, in file order.</summary>
internal sealed class FileReadResult
{
    public List<RawArticle> Articles { get; } = [];

    public List<SkippedItem> Skipped { get; } = [];

    public void Skip(string location, int? line, string reason) => Skipped.Add(new SkippedItem(location, line, reason));
}
