using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

public sealed class InvalidRequestGuardTests
{
    private static readonly RestRoute Messages = new(HttpMethod.Post, "/channels/{channel_id}/messages", "channels/1/messages", "channel:1", RouteAuth.BotToken);
    private static readonly RestRoute OtherChannel = Messages with { Path = "channels/2/messages", MajorKey = "channel:2" };

    [Fact]
    public void A_spent_budget_comes_back_once_the_refusals_are_ten_minutes_old()
    {
        var time = new FakeTimeProvider();
        var guard = Guard(time, budget: 3);
        for (var i = 0; i < 3; i++)
        {
            guard.Observe(Messages, new HttpResponseMessage(HttpStatusCode.TooManyRequests), null);
        }

        var withheld = Assert.Throws<DiscordRequestWithheldException>(() => guard.ThrowIfWithheld(OtherChannel));
        Assert.Equal(TimeSpan.FromMinutes(10), withheld.RetryAfter);
        time.Advance(TimeSpan.FromMinutes(10));
        guard.ThrowIfWithheld(OtherChannel);
    }

    [Fact]
    public void Shared_rate_limits_do_not_count_against_the_budget()
    {
        var guard = Guard(new FakeTimeProvider(), budget: 1);
        var shared = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        shared.Headers.Add("X-RateLimit-Scope", "shared");

        guard.Observe(Messages, shared, null);

        guard.ThrowIfWithheld(Messages);
    }

    [Fact]
    public void A_channel_that_refused_the_bot_is_open_again_after_the_cooldown()
    {
        var time = new FakeTimeProvider();
        var guard = Guard(time, budget: 100);
        guard.Observe(Messages, new HttpResponseMessage(HttpStatusCode.Forbidden), """{"message":"Missing Permissions","code":50013}""");

        var withheld = Assert.Throws<DiscordRequestWithheldException>(() => guard.ThrowIfWithheld(Messages));
        guard.ThrowIfWithheld(OtherChannel);
        time.Advance(TimeSpan.FromMinutes(10));
        guard.ThrowIfWithheld(Messages);

        Assert.Equal((HttpStatusCode.Forbidden, 50013), (withheld.StatusCode, withheld.Code));
    }

    private static InvalidRequestGuard Guard(TimeProvider time, int budget)
        => new(time, Options.Create(new DiscordRestOptions { InvalidRequestBudget = budget, RefusedChannelCooldown = TimeSpan.FromMinutes(10) }));
}
