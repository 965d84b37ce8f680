using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;
using NewsBot.Maintenance.Scheduling;
using NewsBot.Maintenance.Status;
using NewsBot.Search;
using NewsBot.Testing;

namespace NewsBot.Maintenance.Tests.Scheduling;

public sealed class SourceRefreshServiceTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(T0);
    private readonly FakeSourceCatalogue _factory = new();
    private readonly RecordingSourceRefresher _refresher;
    private readonly SourceStatusStore _store;
    private ServiceProvider? _services;

    public SourceRefreshServiceTests()
    {
        _refresher = new RecordingSourceRefresher(_time);
        _store = new SourceStatusStore(Path.Combine(_directory.Path, "sources-status.json"), NullLogger<SourceStatusStore>.Instance);
    }

    [Fact]
    public async Task Each_source_is_refreshed_incrementally_at_start_and_then_on_its_own_interval()
    {
        using var service = Service([Source("wire"), Source("local", refreshMinutes: 5)]);
        await service.StartAsync(CancellationToken.None);
        await _refresher.NextAsync(2);

        for (var step = 1; step <= 3; step++)
        {
            _time.Advance(TimeSpan.FromMinutes(5));
            await _refresher.NextAsync(step == 3 ? 2 : 1);
        }

        await service.StopAsync(CancellationToken.None);
        Assert.Equal([T0, T0.AddMinutes(15)], _refresher.TimesOf("wire"));
        Assert.Equal([T0, T0.AddMinutes(5), T0.AddMinutes(10), T0.AddMinutes(15)], _refresher.TimesOf("local"));
        Assert.All(_refresher.Calls, call => Assert.Equal(RefreshMode.Incremental, call.Mode));
    }

    [Fact]
    public async Task A_failing_source_backs_off_exponentially_up_to_the_cap_while_the_others_keep_their_schedule()
    {
        _factory["broken"].Failure = "https://broken.example/rss answered HTTP 500 Internal Server Error.";
        using var service = Service([Source("broken"), Source("healthy")], maxBackoffMinutes: 60);
        await service.StartAsync(CancellationToken.None);
        await _refresher.NextAsync(2);

        for (var minutes = 15; minutes <= 150; minutes += 15)
        {
            _time.Advance(TimeSpan.FromMinutes(15));
            await _refresher.NextAsync(minutes is 30 or 90 or 150 ? 2 : 1);
        }

        await WaitForStatusAsync("broken", s => s.LastAttempt == T0.AddMinutes(150));
        await service.StopAsync(CancellationToken.None);
        // Waits of 30, 60, then 60 (capped) minutes: never a tight loop, never a stalled neighbour.
        Assert.Equal([T0, T0.AddMinutes(30), T0.AddMinutes(90), T0.AddMinutes(150)], _refresher.TimesOf("broken"));
        Assert.Equal(Enumerable.Range(0, 11).Select(i => T0.AddMinutes(15 * i)), _refresher.TimesOf("healthy"));
        var broken = await _store.ReadAsync("broken", CancellationToken.None);
        Assert.Equal(4, broken!.ConsecutiveFailures);
        Assert.Equal("https://broken.example/rss answered HTTP 500 Internal Server Error.", broken.LastError);
        Assert.Equal(T0.AddMinutes(210), broken.NextAttempt);
        Assert.Null(broken.LastSuccess);
    }

    [Fact]
    public async Task A_source_that_asked_to_be_left_alone_is_not_tried_again_before_then()
    {
        _factory["busy"].Failure = "https://busy.example/rss answered HTTP 429 Too Many Requests and asks not to be read again for 2 h (Retry-After).";
        _factory["busy"].RetryAfter = TimeSpan.FromHours(2);
        using var service = Service([Source("busy")]);
        await service.StartAsync(CancellationToken.None);
        await _refresher.NextAsync();
        var status = await WaitForStatusAsync("busy", s => s.ConsecutiveFailures == 1);

        _time.Advance(TimeSpan.FromMinutes(119));
        _time.Advance(TimeSpan.FromMinutes(1));
        await _refresher.NextAsync();

        await service.StopAsync(CancellationToken.None);
        // Without the server's wait it would have been tried again after 30 minutes (twice the interval).
        Assert.Equal(T0.AddHours(2), status.NextAttempt);
        Assert.Equal([T0, T0.AddHours(2)], _refresher.TimesOf("busy"));
    }

    [Fact]
    public async Task A_source_that_recovers_goes_back_to_its_interval()
    {
        _factory["flaky"].Failure = "No complete answer within 30 s (Feeds:Timeout).";
        using var service = Service([Source("flaky")]);
        await service.StartAsync(CancellationToken.None);
        await _refresher.NextAsync();
        await WaitForStatusAsync("flaky", s => s.ConsecutiveFailures == 1);

        _factory["flaky"].Failure = null;
        _time.Advance(TimeSpan.FromMinutes(30));
        await _refresher.NextAsync();
        // Read before the next attempt: that one may or may not be recorded before the service stops.
        var status = await WaitForStatusAsync("flaky", s => s.ConsecutiveFailures == 0);
        _time.Advance(TimeSpan.FromMinutes(15));
        await _refresher.NextAsync();

        await service.StopAsync(CancellationToken.None);
        Assert.Equal([T0, T0.AddMinutes(30), T0.AddMinutes(45)], _refresher.TimesOf("flaky"));
        Assert.Equal(0, status.ConsecutiveFailures);
        Assert.Equal(T0.AddMinutes(30), status.LastSuccess);
        Assert.Equal(T0, status.LastErrorAt);
        Assert.Equal("No complete answer within 30 s (Feeds:Timeout).", status.LastError);
    }

    [Fact]
    public async Task A_refresh_that_hangs_does_not_delay_other_sources_and_stops_with_the_host()
    {
        _refresher.Hanging["stuck"] = true;
        using var service = Service([Source("stuck"), Source("wire")]);
        await service.StartAsync(CancellationToken.None);
        await _refresher.NextAsync(2);

        for (var i = 1; i <= 3; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal("wire", Assert.Single(await _refresher.NextAsync()).SourceName);
        }

        await service.StopAsync(CancellationToken.None);
        Assert.True(service.ExecuteTask!.IsCompleted);
        Assert.Equal([T0], _refresher.TimesOf("stuck"));
        Assert.Equal(4, _refresher.TimesOf("wire").Count);
    }

    [Fact]
    public async Task A_refresh_that_throws_is_recorded_as_a_failure_and_retried_later()
    {
        _refresher.Throwing["wire"] = true;
        using var service = Service([Source("wire")]);
        await service.StartAsync(CancellationToken.None);
        await _refresher.NextAsync();

        var status = await WaitForStatusAsync("wire", s => s.ConsecutiveFailures == 1);
        _refresher.Throwing.Clear();
        _time.Advance(TimeSpan.FromMinutes(30));
        await _refresher.NextAsync();

        await service.StopAsync(CancellationToken.None);
        Assert.Equal("The refresh failed unexpectedly: The index is locked by another process.", status.LastError);
        Assert.Equal(T0.AddMinutes(30), status.NextAttempt);
        Assert.Equal([T0, T0.AddMinutes(30)], _refresher.TimesOf("wire"));
    }

    [Fact]
    public async Task A_source_that_cannot_be_created_is_reported_and_the_others_still_refresh()
    {
        _factory.Broken.Add("misconfigured");
        using var service = Service([Source("misconfigured"), Source("wire")]);
        await service.StartAsync(CancellationToken.None);

        Assert.Equal("wire", Assert.Single(await _refresher.NextAsync()).SourceName);
        var status = await WaitForStatusAsync("misconfigured", s => s.LastError is not null);
        await service.StopAsync(CancellationToken.None);
        Assert.Equal("The source cannot be created: No reader for 'misconfigured'.", status.LastError);
    }

    [Fact]
    public async Task After_a_restart_a_healthy_source_keeps_its_rhythm_and_a_failing_one_is_tried_at_once()
    {
        var healthy = Source("healthy");
        var failing = Source("failing");
        var ok = new SourceReport("healthy", null, 3, Core.Indexing.IndexUpdate.None, [], TimeSpan.Zero);
        var bad = new SourceReport("failing", "HTTP 404", 0, Core.Indexing.IndexUpdate.None, [], TimeSpan.Zero);
        await _store.RecordAsync(healthy, T0.AddMinutes(-10), ok, null, T0.AddMinutes(5), CancellationToken.None);
        await _store.RecordAsync(failing, T0.AddMinutes(-10), bad, null, T0.AddHours(5), CancellationToken.None);
        using var service = Service([healthy, failing]);
        await service.StartAsync(CancellationToken.None);

        Assert.Equal("failing", Assert.Single(await _refresher.NextAsync()).SourceName);
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal("healthy", Assert.Single(await _refresher.NextAsync()).SourceName);

        await service.StopAsync(CancellationToken.None);
        Assert.Equal([T0.AddMinutes(5)], _refresher.TimesOf("healthy"));
    }

    [Fact]
    public async Task Disabled_refresh_ends_at_once_without_refreshing()
    {
        using var service = Service([Source("wire")], enabled: false);

        await service.StartAsync(CancellationToken.None);

        // An enabled service never ends on its own, so this wait would hit its guard.
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(_refresher.Calls);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Each_attempt_is_recorded_with_the_newest_item_read()
    {
        _factory["wire"].Published = [new(2025, 11, 20, 8, 0, 0, TimeSpan.Zero), new(2025, 11, 26, 11, 30, 0, TimeSpan.Zero)];
        using var service = Service([Source("wire", outlet: "Wire Service")]);
        await service.StartAsync(CancellationToken.None);
        await _refresher.NextAsync();

        var status = await WaitForStatusAsync("wire", s => s.LastSuccess is not null);

        await service.StopAsync(CancellationToken.None);
        Assert.Equal(T0, status.LastSuccess);
        Assert.Equal(2, status.ArticlesRead);
        Assert.Equal(new DateTimeOffset(2025, 11, 26, 11, 30, 0, TimeSpan.Zero), status.NewestItem);
        Assert.Equal("Wire Service", status.Outlet);
        Assert.Equal(T0.AddMinutes(15), status.NextAttempt);
        Assert.Equal(2, status.LastReport!.Read);
    }

    public void Dispose()
    {
        _services?.Dispose();
        _directory.Dispose();
    }

    private static SourceOptions Source(string name, int? refreshMinutes = null, string? outlet = null) =>
        new() { Name = name, Kind = SourceKind.Feed, Location = $"https://{name}.example/rss", RefreshMinutes = refreshMinutes, Outlet = outlet };

    private SourceRefreshService Service(List<SourceOptions> sources, int maxBackoffMinutes = 360, bool enabled = true)
    {
        _factory.Configured = sources;
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Path"] = Path.Combine(_directory.Path, "lucene") }).Build())
            .AddLogging()
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton<ISourceCatalogue>(_factory)
            .AddSingleton<ISourceRefresher>(_refresher)
            .AddSingleton(_store)
            .AddNewsSearch()
            .AddIndexMaintenance();
        _services = services.BuildServiceProvider();
        return new SourceRefreshService(
            _factory,
            Options.Create(new RefreshOptions { IntervalMinutes = 15, MaxBackoffMinutes = maxBackoffMinutes, Enabled = enabled }),
            _services.GetRequiredService<IndexMaintenance>(),
            _store,
            _time,
            NullLogger<SourceRefreshService>.Instance);
    }

    /// <summary>The status is written just after the refresh returns; wait (guarded) until it says what the test expects.</summary>
    private async Task<SourceStatus> WaitForStatusAsync(string name, Func<SourceStatus, bool> condition)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await _store.ReadAsync(name, guard.Token) is { } status && condition(status))
            {
                return status;
            }

            await Task.Delay(10, guard.Token);
        }
    }
}
