using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace NewsBot.Discord.Rest;

/// <summary>
/// The REST client's one retry policy, as a resilience pipeline: a failed attempt is sent again only when a second
/// copy cannot duplicate its effect (idempotent methods after a 5xx or a transport error), or after a 502, which
/// Discord.Net also retries by default (<c>RetryMode.Retry502</c>: Cloudflare could not reach Discord's origin). A POST
/// that failed otherwise may already have posted its message or acknowledged its interaction, so it is not sent
/// again; and no retry may end after the request's deadline (an interaction callback is no use after 3 seconds).
/// Delays follow the client's one <see cref="Backoff"/> rule on the injected <see cref="TimeProvider"/>.
/// </summary>
internal static class DiscordRetryPolicy
{
    /// <summary>The longest wait between two attempts.</summary>
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DiscordRestOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILogger<DiscordRestClient>>();
        builder.TimeProvider = time;
        if (options.MaxServerErrorAttempts < 2)
        {
            return;
        }

        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxServerErrorAttempts - 1,
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, args.AttemptNumber, options, time)),
            // Jitter only spreads retries of clients that failed together; it needs no seed.
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Backoff.Delay(options.ServerErrorBackoff, MaxDelay, args.AttemptNumber, Random.Shared)),
            OnRetry = args =>
            {
                var route = RouteOf(args.Context)?.Name ?? "(unknown route)";
                var attempt = args.AttemptNumber + 1;
                if (args.Outcome.Exception is { } exception)
                {
                    Log.RestSendFailed(logger, exception, route, attempt, options.MaxServerErrorAttempts, args.RetryDelay.TotalSeconds);
                }
                else
                {
                    Log.RestServerError(logger, route, (int)args.Outcome.Result!.StatusCode, attempt, options.MaxServerErrorAttempts, args.RetryDelay.TotalSeconds);
                }

                return default;
            },
        });
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attempt, DiscordRestOptions options, TimeProvider time)
    {
        if (RouteOf(context) is not { } route)
        {
            return false;
        }

        var status = outcome.Result?.StatusCode;
        var failed = outcome.Exception is HttpRequestException || (int?)status >= 500;
        if (!failed || !(route.IsIdempotent || status == HttpStatusCode.BadGateway))
        {
            return false;
        }

        // The longest this retry could wait, so that even the unluckiest jitter ends before the deadline.
        return route.Deadline is not { } deadline || time.GetUtcNow() + Backoff.Ceiling(options.ServerErrorBackoff, MaxDelay, attempt) < deadline;
    }

    private static RestRoute? RouteOf(ResilienceContext context)
        => context.GetRequestMessage() is { } request && request.Options.TryGetValue(RestRoute.OptionKey, out var route) ? route : null;
}
