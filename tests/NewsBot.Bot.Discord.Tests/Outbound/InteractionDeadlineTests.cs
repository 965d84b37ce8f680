using NewsBot.Bot.Discord.Connection;
using NewsBot.Bot.Discord.Outbound;

namespace NewsBot.Bot.Discord.Tests.Outbound;

public sealed class InteractionDeadlineTests
{
    private const ulong Interaction = 1300000000000000042;
    private static readonly DateTimeOffset Deadline = new(2025, 11, 21, 9, 30, 18, TimeSpan.Zero);

    [Fact]
    public void Past_the_deadline_nothing_is_sent_and_the_window_is_named()
    {
        var closed = Assert.Throws<InteractionWindowClosedException>(() =>
            InteractionDeadline.Until(Interaction, Deadline, Deadline.AddSeconds(1.5), "3-second window for the first response", CancellationToken.None));

        Assert.Contains("3-second window for the first response", closed.Message, StringComparison.Ordinal);
        Assert.Contains("1300000000000000042", closed.Message, StringComparison.Ordinal);
        Assert.Contains("1.5 s ago", closed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void At_the_deadline_itself_the_window_is_closed()
        => Assert.Throws<InteractionWindowClosedException>(() =>
            InteractionDeadline.Until(Interaction, Deadline, Deadline, "token's 15 minutes", CancellationToken.None));

    [Fact]
    public void Before_the_deadline_the_request_may_take_only_the_time_left_rounded_up_to_a_millisecond()
    {
        var options = InteractionDeadline.Until(Interaction, Deadline, Deadline - TimeSpan.FromMilliseconds(1234.2), "token's 15 minutes", CancellationToken.None);

        Assert.Equal(1235, options.Timeout);
    }

    [Fact]
    public void The_request_is_cancelled_by_the_callers_token()
    {
        using var cancellation = new CancellationTokenSource();

        var options = InteractionDeadline.Until(Interaction, Deadline, Deadline.AddSeconds(-2), "token's 15 minutes", cancellation.Token);

        Assert.Equal(cancellation.Token, options.CancelToken);
    }
}
