using System.Globalization;
using System.Net;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// A server's <c>Retry-After</c> on a 429 or 503: how long it asks to be left alone. A short wait is honoured inside
/// the fetch (the retry handler waits it out); a longer one ends the fetch at once, says what the server said, and is
/// handed to the scheduler, which waits for it (bounded) before the next attempt. Waiting it out inside the fetch
/// would only run into <see cref="FeedOptions.Timeout"/> and be reported as a server that did not answer.
/// </summary>
internal static class RetryAfterHeader
{
    /// <summary>
    /// The wait the response asks for, or null when it asks for none (no header, another status, a date in the past
    /// counts as no wait). A date is measured from <paramref name="now"/>.
    /// </summary>
    public static TimeSpan? Wait(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response is null || response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var wait = header.Delta ?? (header.Date is { } date ? date - now : null);
        return wait is { } positive && positive > TimeSpan.Zero ? positive : null;
    }

    /// <summary>
    /// The longest wait honoured inside one fetch: a quarter of the fetch's time bound, so the retried request still
    /// has most of it left to answer.
    /// </summary>
    public static TimeSpan LongestInFetch(FeedOptions options) => options.Timeout / 4;

    /// <summary>How a wait reads in a message: "90 s", "45 min", "3 h", "2 days".</summary>
    public static string Describe(TimeSpan wait) => wait.TotalSeconds switch
    {
        < 120 => Whole(wait.TotalSeconds) + " s",
        < 120 * 60 => Whole(wait.TotalMinutes) + " min",
        < 48 * 3600 => Whole(wait.TotalHours) + " h",
        _ => Whole(wait.TotalDays) + " days",
    };

    private static string Whole(double value) => Math.Ceiling(value).ToString("0", CultureInfo.InvariantCulture);
}
