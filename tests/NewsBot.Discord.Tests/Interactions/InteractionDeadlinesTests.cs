using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Interactions;

public sealed class InteractionDeadlinesTests
{
    // The example of Discord's docs (reference.mdx, "Convert Snowflake to DateTime"): 2016-04-30 11:18:25.796 UTC.
    private static readonly Snowflake Example = new(175928847299117063);
    private static readonly DateTimeOffset Created = new(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero);

    [Fact]
    public void The_callback_is_due_three_seconds_after_the_interaction_s_creation_and_the_token_ends_fifteen_minutes_after_it()
    {
        Assert.Equal(Created.AddSeconds(3), InteractionDeadlines.AcknowledgeBy(Example));
        Assert.Equal(Created.AddMinutes(15), InteractionDeadlines.TokenExpiresAt(Example));
    }

    [Fact]
    public void An_interaction_received_within_three_seconds_may_be_answered_and_one_older_may_not()
    {
        Assert.False(InteractionDeadlines.IsPastAcknowledgement(Example, Created.AddSeconds(3)));
        Assert.True(InteractionDeadlines.IsPastAcknowledgement(Example, Created.AddSeconds(3.001)));
    }
}
