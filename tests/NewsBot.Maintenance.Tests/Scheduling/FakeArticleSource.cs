using NewsBot.Core.Articles;
using NewsBot.Core.Sources;

namespace NewsBot.Maintenance.Tests.Scheduling;

/// <summary>A source whose next read the test decides: some articles, or a failure.</summary>
internal sealed class FakeArticleSource(string name) : IArticleSource
{
    public string Name { get; } = name;

    /// <summary>When set, every read fails with this reason.</summary>
    public string? Failure { get; set; }

    /// <summary>With <see cref="Failure"/>: the wait the source asks for, as a server's <c>Retry-After</c> does.</summary>
    public TimeSpan? RetryAfter { get; set; }

    /// <summary>Publication dates of the articles a read returns.</summary>
    public IReadOnlyList<DateTimeOffset> Published { get; set; } = [new DateTimeOffset(2025, 11, 26, 9, 0, 0, TimeSpan.Zero)];

    public Task<SourceBatch> ReadAsync(CancellationToken cancellationToken)
    {
        if (Failure is { } failure)
        {
            return Task.FromResult(new SourceBatch(Name, [], [], failure) { RetryAfter = RetryAfter });
        }

        var articles = Published
            .Select((date, i) => new Article($"{Name}-{i}", $"Story {i}", $"Text {i}.", "Outlet", null, null, date, Name, $"{Name}/{i}"))
            .ToList();
        return Task.FromResult(new SourceBatch(Name, articles, []));
    }
}
