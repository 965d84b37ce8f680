using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public void Codes_that_retrying_cannot_fix_are_fatal(int code) => Assert.True(GatewayCloseCodes.IsFatal(code));

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4007)]
    [InlineData(4008)]
    [InlineData(4009)]
    [InlineData(1000)]
    [InlineData(1006)]
    public void Other_codes_are_retried(int code) => Assert.False(GatewayCloseCodes.IsFatal(code));

    [Theory]
    [InlineData(4007, true)]
    [InlineData(4009, true)]
    [InlineData(1000, true)]
    [InlineData(4003, true)]
    [InlineData(4005, true)]
    [InlineData(4008, true)]
    [InlineData(4000, false)]
    [InlineData(4001, false)]
    [InlineData(4002, false)]
    [InlineData(1001, false)]
    [InlineData(1006, false)]
    public void Codes_the_close_code_table_marks_end_the_session_and_the_others_resume(int code, bool ends) => Assert.Equal(ends, GatewayCloseCodes.EndsSession(code));

    [Fact]
    public void Disallowed_intents_name_every_privileged_intent_that_was_requested()
    {
        var message = GatewayCloseCodes.DescribeFatal(4014, 4609 | (1 << 15) | (1 << 1), 0, 1);

        Assert.Contains("MESSAGE_CONTENT", message, StringComparison.Ordinal);
        Assert.Contains("GUILD_MEMBERS", message, StringComparison.Ordinal);
        Assert.DoesNotContain("GUILD_PRESENCES", message, StringComparison.Ordinal);
        Assert.Contains("Developer Portal", message, StringComparison.Ordinal);
    }
}
