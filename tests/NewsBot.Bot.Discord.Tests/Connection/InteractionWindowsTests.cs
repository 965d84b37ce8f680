using NewsBot.Bot.Discord.Connection;
using NewsBot.Testing.Discord;

namespace NewsBot.Bot.Discord.Tests.Connection;

public sealed class InteractionWindowsTests
{
    private static readonly DateTimeOffset Created = new(2025, 11, 21, 9, 30, 15, 250, TimeSpan.Zero);

    [Fact]
    public void The_creation_time_is_read_from_the_snowflake_id()
        => Assert.Equal(Created, InteractionWindows.CreatedAt(StandInIds.CreatedAt(Created)));

    [Fact]
    public void The_first_response_is_due_three_seconds_after_creation()
        => Assert.Equal(Created.AddSeconds(3), InteractionWindows.AcknowledgeBy(StandInIds.CreatedAt(Created)));

    [Fact]
    public void The_token_expires_fifteen_minutes_after_creation()
        => Assert.Equal(Created.AddMinutes(15), InteractionWindows.TokenExpiresAt(StandInIds.CreatedAt(Created)));
}
