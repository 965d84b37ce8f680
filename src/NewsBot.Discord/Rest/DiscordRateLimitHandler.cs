using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Discord's rate limits around each attempt of a request: waits for the route's bucket and the global limit, learns
/// the bucket from the answer's headers, and waits out a 429 before sending again (up to
/// <see cref="DiscordRestOptions.MaxRateLimitRetries"/> times). Sits inside the retry policy, so a retried attempt
/// queues for its bucket like any other. Refusals go to the <see cref="InvalidRequestGuard"/>, which may withhold
/// a request before it is sent. A request with a deadline (an interaction callback) is not sent once it could only
/// arrive late: it fails with <see cref="DiscordDeadlineException"/> instead of waiting.
/// </summary>
internal sealed class DiscordRateLimitHandler(
    DiscordRateLimiter limiter,
    InvalidRequestGuard guard,
    IOptions<DiscordRestOptions> options,
    ILogger<DiscordRateLimitHandler> logger)
    : DelegatingHandler
{
    private readonly int _maxRateLimitRetries = options.Value.MaxRateLimitRetries;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = RestRoute.Of(request);
        try
        {
            return await SendWithinLimitsAsync(request, route, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordDeadlineException late)
        {
            Log.RestDeadlinePassed(logger, route.Name, late.Deadline, late.WaitEndsAt);
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendWithinLimitsAsync(HttpRequestMessage request, RestRoute route, CancellationToken cancellationToken)
    {
        var rateLimits = 0;
        while (true)
        {
            guard.ThrowIfWithheld(route);
            using var lease = await limiter.AcquireAsync(route, cancellationToken).ConfigureAwait(false);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            limiter.Update(route, lease, response.Headers);
            Log.RestAnswered(logger, route.Name, (int)response.StatusCode);
            if ((int)response.StatusCode is 401 or 403 or 429)
            {
                // Buffered, so the client can still read the error body after the guard did.
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
                guard.Observe(route, response, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests || ++rateLimits > _maxRateLimitRetries)
            {
                return response;
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                var (retryAfter, global) = ReadTooManyRequests(response, text);
                if (global)
                {
                    limiter.PauseAll(retryAfter);
                }
                else
                {
                    limiter.Exhaust(lease, retryAfter);
                }

                Log.RestRateLimited(logger, route.Name, global, retryAfter.TotalSeconds);

                // A callback outside the global limit would not wait for a global pause: check it here for both kinds.
                limiter.ThrowIfPastDeadline(route, retryAfter);
            }
        }
    }

    /// <summary>How long a 429 says to wait, and whether it pauses every route.</summary>
    private static (TimeSpan RetryAfter, bool Global) ReadTooManyRequests(HttpResponseMessage response, string text)
    {
        var retryAfter = TimeSpan.FromSeconds(1);
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var flags)
            && flags.Any(f => string.Equals(f, "true", StringComparison.OrdinalIgnoreCase));
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.TryGetProperty("retry_after", out var seconds) && seconds.TryGetDouble(out var value))
            {
                retryAfter = TimeSpan.FromSeconds(value);
            }

            global |= document.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            // A 429 from a proxy has no JSON body; the Retry-After header below still says how long to wait.
        }

        // Discord says to wait as long as either the body or the Retry-After header says.
        if (response.Headers.RetryAfter?.Delta is { } header && header > retryAfter)
        {
            retryAfter = header;
        }

        return (retryAfter, global);
    }
}
