using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot;

namespace NewsBot.Bot.Tests;

public sealed class CooldownTrackerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 21, 12, 0, 0, TimeSpan.Zero));

    private CooldownTracker Create(int seconds) => new(Options.Create(new BotOptions { CooldownSeconds = seconds }), _time);

    [Fact]
    public void Second_question_within_the_cooldown_is_refused_with_the_remaining_wait()
    {
        var tracker = Create(5);

        Assert.True(tracker.TryAccept(1, out _));
        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.False(tracker.TryAccept(1, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(3), retryAfter);
    }

    [Fact]
    public void Question_after_the_cooldown_is_accepted()
    {
        var tracker = Create(5);
        tracker.TryAccept(1, out _);

        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(tracker.TryAccept(1, out _));
    }

    [Fact]
    public void Cooldown_is_per_user()
    {
        var tracker = Create(5);
        tracker.TryAccept(1, out _);

        Assert.True(tracker.TryAccept(2, out _));
    }

    [Fact]
    public void Zero_seconds_turns_the_cooldown_off()
    {
        var tracker = Create(0);

        Assert.True(tracker.TryAccept(1, out _));
        Assert.True(tracker.TryAccept(1, out _));
    }
}
