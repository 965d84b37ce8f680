using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;
using NewsBot.Maintenance.Status;
using NewsBot.Testing;

namespace NewsBot.Maintenance.Tests.Status;

public sealed class SourceStatusStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly SourceOptions Herald = new() { Name = "herald", Kind = SourceKind.Feed, Location = "https://herald.example/rss", Outlet = "Harbor City Herald", Label = "lean: center" };

    private readonly TemporaryDirectory _directory = new();

    private string StatusPath => Path.Combine(_directory.Path, "index", "sources-status.json");

    [Fact]
    public async Task A_source_url_with_credentials_is_stored_without_them()
    {
        var secret = new SourceOptions { Name = "private", Kind = SourceKind.Feed, Location = "http://reader:hunter2@feeds.example/rss?apikey=s3cr3t" };

        await NewStore().RecordAsync(secret, T0, Report(null, 1), null, null, CancellationToken.None);

        var file = await File.ReadAllTextAsync(StatusPath);
        Assert.DoesNotContain("hunter2", file, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", file, StringComparison.Ordinal);
        Assert.Equal("http://***@feeds.example/rss?apikey=***", Assert.Single(await NewStore().ReadAllAsync(CancellationToken.None)).Location);
    }

    [Fact]
    public async Task Two_stores_on_one_file_as_serve_and_a_reindex_beside_it_never_lose_each_others_updates()
    {
        var serve = NewStore();
        var reindex = NewStore();
        const int Updates = 40;

        await Task.WhenAll(
            Task.Run(() => CountUpAsync(serve, "wire")),
            Task.Run(() => CountUpAsync(reindex, "herald")));

        var statuses = await NewStore().ReadAllAsync(CancellationToken.None);
        Assert.Equal(Updates, statuses.Single(status => status.Name == "wire").ConsecutiveFailures);
        Assert.Equal(Updates, statuses.Single(status => status.Name == "herald").ConsecutiveFailures);

        static async Task CountUpAsync(SourceStatusStore store, string name)
        {
            for (var i = 0; i < Updates; i++)
            {
                await store.UpdateAsync(name, previous =>
                {
                    // Holds the read-modify-write open a moment, as a real update's work would, so the two overlap.
                    Thread.Sleep(2);
                    return new SourceStatus { Name = name, ConsecutiveFailures = (previous?.ConsecutiveFailures ?? 0) + 1 };
                }, CancellationToken.None);
            }
        }
    }

    [Fact]
    public async Task A_recorded_refresh_is_read_back_by_a_new_store_as_another_process_would()
    {
        var report = new SourceReport("herald", null, 2, new IndexUpdate(1, 1, 0, 0, 9), [new SkippedItem("https://herald.example/x", null, "Duplicate of an earlier item.")], TimeSpan.FromSeconds(3));
        await NewStore().RecordAsync(Herald, T0, report, Batch(new DateTimeOffset(2025, 11, 25, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 11, 26, 7, 0, 0, TimeSpan.Zero)), T0.AddMinutes(15), CancellationToken.None);

        var status = Assert.Single(await NewStore().ReadAllAsync(CancellationToken.None));

        Assert.Equal("herald", status.Name);
        Assert.Equal("feed", status.Kind);
        Assert.Equal("Harbor City Herald", status.Outlet);
        Assert.Equal("lean: center", status.Label);
        Assert.Equal(T0, status.LastAttempt);
        Assert.Equal(T0, status.LastSuccess);
        Assert.Null(status.LastError);
        Assert.Equal(2, status.ArticlesRead);
        Assert.Equal(new DateTimeOffset(2025, 11, 26, 7, 0, 0, TimeSpan.Zero), status.NewestItem);
        Assert.Equal(T0.AddMinutes(15), status.NextAttempt);
        Assert.Equal(report.Update, status.LastReport!.Update);
        Assert.Equal(report.Skipped, status.LastReport.Skipped);
        Assert.Equal(TimeSpan.FromSeconds(3), status.LastReport.Elapsed);
    }

    [Fact]
    public async Task A_status_file_written_by_the_reflection_serializer_of_earlier_versions_reads_back_whole()
    {
        // Earlier versions wrote the file with the reflection serializer and the web defaults; the source-generated one
        // that replaced it (for start-up time) must read those files as they are on disk.
        var report = new SourceReport("herald", null, 2, new IndexUpdate(1, 1, 0, 0, 9), [new SkippedItem("https://herald.example/x", 4, "Duplicate of an earlier item.")], TimeSpan.FromSeconds(3)) { SkippedCount = 7 };
        var written = new SourceStatus { Name = "herald", Kind = "feed", LastAttempt = T0, LastSuccess = T0, ConsecutiveFailures = 0, ArticlesRead = 2, NextAttempt = T0.AddMinutes(15), LastReport = report };
        Directory.CreateDirectory(Path.GetDirectoryName(StatusPath)!);
        var reflection = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true };
        await File.WriteAllTextAsync(StatusPath, System.Text.Json.JsonSerializer.Serialize(new { sources = new[] { written }, version = 1 }, reflection));

        var status = Assert.Single(await NewStore().ReadAllAsync(CancellationToken.None));

        Assert.Equal(written with { LastReport = null }, status with { LastReport = null });
        Assert.Equal(report.Update, status.LastReport!.Update);
        Assert.Equal(report.Skipped, status.LastReport.Skipped);
        Assert.Equal(7, status.LastReport.SkippedCount);
        Assert.Equal(TimeSpan.FromSeconds(3), status.LastReport.Elapsed);
    }

    [Fact]
    public async Task A_failure_after_a_success_keeps_the_last_success_article_count_and_newest_item()
    {
        var store = NewStore();
        await store.RecordAsync(Herald, T0, Report(null, 2), Batch(new DateTimeOffset(2025, 11, 26, 7, 0, 0, TimeSpan.Zero)), null, CancellationToken.None);

        await store.RecordAsync(Herald, T0.AddMinutes(15), Report("https://herald.example/rss answered HTTP 404 Not Found.", 0), new SourceBatch("herald", [], [], "x"), null, CancellationToken.None);
        var failed = await store.ReadAsync("herald", CancellationToken.None);
        await store.RecordAsync(Herald, T0.AddMinutes(45), Report("Still broken.", 0), null, null, CancellationToken.None);
        var twice = await store.ReadAsync("herald", CancellationToken.None);

        Assert.Equal(T0, failed!.LastSuccess);
        Assert.Equal(T0.AddMinutes(15), failed.LastErrorAt);
        Assert.Equal("https://herald.example/rss answered HTTP 404 Not Found.", failed.LastError);
        Assert.Equal(2, failed.ArticlesRead);
        Assert.Equal(new DateTimeOffset(2025, 11, 26, 7, 0, 0, TimeSpan.Zero), failed.NewestItem);
        Assert.True(failed.IsFailing);
        Assert.Equal(2, twice!.ConsecutiveFailures);
        Assert.Equal("Still broken.", twice.LastError);
    }

    [Fact]
    public async Task A_not_modified_answer_is_a_success_that_keeps_the_earlier_article_count()
    {
        var store = NewStore();
        await store.RecordAsync(Herald, T0, Report(null, 7), Batch(new DateTimeOffset(2025, 11, 26, 7, 0, 0, TimeSpan.Zero)), null, CancellationToken.None);

        await store.RecordAsync(Herald, T0.AddMinutes(15), Report(null, 0), new SourceBatch("herald", [], []) { NotModified = true }, null, CancellationToken.None);

        var status = await store.ReadAsync("herald", CancellationToken.None);
        Assert.Equal(T0.AddMinutes(15), status!.LastSuccess);
        Assert.True(status.LastNotModified);
        Assert.Equal(7, status.ArticlesRead);
    }

    [Fact]
    public async Task Many_skipped_items_are_capped_in_the_stored_report_which_still_counts_them_all()
    {
        var skipped = Enumerable.Range(0, 5_000).Select(i => new SkippedItem($"https://herald.example/{i}", null, "No text.")).ToList();

        await NewStore().RecordAsync(Herald, T0, new SourceReport("herald", null, 0, IndexUpdate.None, skipped, TimeSpan.Zero), null, null, CancellationToken.None);

        var status = await NewStore().ReadAsync("herald", CancellationToken.None);
        Assert.Equal(SourceStatusStore.MaxSkippedKept, status!.LastReport!.Skipped.Count);
        Assert.Equal(5_000, status.LastReport.SkippedCount);
    }

    [Fact]
    public async Task Sources_are_listed_by_name_and_each_update_leaves_no_temporary_file()
    {
        var store = NewStore();
        foreach (var name in new[] { "wire", "Beltway", "herald" })
        {
            await store.RecordAsync(new SourceOptions { Name = name, Location = name }, T0, Report(null, 1), null, null, CancellationToken.None);
        }

        var names = (await store.ReadAllAsync(CancellationToken.None)).Select(s => s.Name);

        Assert.Equal(["Beltway", "herald", "wire"], names);
        // No temporary file is left behind; the lock file stays, as the index folder's write.lock does.
        Assert.Equal([StatusPath, StatusPath + ".lock"], Directory.GetFiles(Path.GetDirectoryName(StatusPath)!).Order());
    }

    [Fact]
    public async Task An_unreadable_status_file_reads_as_empty_and_is_replaced_by_the_next_record()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(StatusPath)!);
        await File.WriteAllTextAsync(StatusPath, "{ \"sources\": [ {\"name\": ");
        var store = NewStore();

        var before = await store.ReadAllAsync(CancellationToken.None);
        await store.RecordAsync(Herald, T0, Report(null, 1), null, null, CancellationToken.None);

        Assert.Empty(before);
        Assert.Equal("herald", Assert.Single(await NewStore().ReadAllAsync(CancellationToken.None)).Name);
    }

    [Fact]
    public async Task Concurrent_records_of_different_sources_are_all_kept()
    {
        var store = NewStore();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            store.RecordAsync(new SourceOptions { Name = $"s{i}", Location = "x" }, T0, Report(null, i), null, null, CancellationToken.None)));

        Assert.Equal(20, (await NewStore().ReadAllAsync(CancellationToken.None)).Count);
    }

    public void Dispose() => _directory.Dispose();

    private SourceStatusStore NewStore() => new(StatusPath, NullLogger<SourceStatusStore>.Instance);

    private static SourceReport Report(string? failure, int read) => new("herald", failure, read, IndexUpdate.None, [], TimeSpan.Zero);

    private static SourceBatch Batch(params DateTimeOffset[] published) => new(
        "herald",
        [.. published.Select((date, i) => new Article($"a{i}", "T", "Text.", null, null, null, date, "herald", "x"))],
        []);
}
