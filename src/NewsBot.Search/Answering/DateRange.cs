namespace NewsBot.Search.Answering;

/// <summary>A half-open range of publication times [From, To); either end may be open.</summary>
internal readonly record struct DateRange(DateTimeOffset? From, DateTimeOffset? To)
{
    /// <summary>The range both ranges allow.</summary>
    public DateRange Intersect(DateRange other) => new(
        From is null ? other.From : other.From is null ? From : From > other.From ? From : other.From,
        To is null ? other.To : other.To is null ? To : To < other.To ? To : other.To);

    /// <summary>The last <paramref name="days"/> days up to <paramref name="now"/>.</summary>
    public static DateRange LastDays(int days, DateTimeOffset now) => new(now.AddDays(-days), null);

    public bool Contains(DateTimeOffset time) => (From is null || time >= From) && (To is null || time < To);

    /// <summary>
    /// The publication range of the reports about this period: a closed period of four weeks or more (a month, a
    /// year) runs on for two weeks, because what happens at its end is reported after it (a suicide of 31 May reported
    /// on 1 June, July's sales figures announced on 9 August). Shorter and open periods are kept as they are.
    /// </summary>
    public DateRange ReportedIn() =>
        From is { } from && To is { } to && to - from >= TimeSpan.FromDays(28) ? this with { To = to.AddDays(14) } : this;
}
