using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;

namespace NewsBot.Core.Tests.Sources;

public sealed class SourceReportTests
{
    [Fact]
    public void A_report_lists_the_first_thousand_skipped_items_and_counts_them_all()
    {
        var report = new SourceReport("wire", null, 0, IndexUpdate.None, Skips(500_000), TimeSpan.Zero);

        Assert.Equal(SourceReport.MaxSkippedListed, report.Skipped.Count);
        Assert.Equal("wire.jsonl:0", report.Skipped[0].Location);
        Assert.Equal(500_000, report.SkippedCount);
    }

    [Fact]
    public void A_report_rewritten_with_a_longer_list_is_still_bounded_and_keeps_its_count()
    {
        var report = new SourceReport("wire", null, 0, IndexUpdate.None, Skips(10), TimeSpan.Zero) with { Skipped = Skips(5_000) };

        Assert.Equal(SourceReport.MaxSkippedListed, report.Skipped.Count);
        Assert.Equal(10, report.SkippedCount);
    }

    [Fact]
    public void A_rebuild_counts_every_source_s_skipped_items()
    {
        var rebuild = new RebuildReport(
            [new SourceReport("a", null, 0, IndexUpdate.None, Skips(2_000), TimeSpan.Zero), new SourceReport("b", null, 0, IndexUpdate.None, Skips(3), TimeSpan.Zero)],
            IndexUpdate.None,
            Swapped: true,
            TimeSpan.Zero);

        Assert.Equal(2_003, rebuild.SkippedCount);
        Assert.Equal(1_003, rebuild.Skipped.Count());
    }

    private static List<SkippedItem> Skips(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SkippedItem($"wire.jsonl:{i}", null, "Not JSON."))];
}
