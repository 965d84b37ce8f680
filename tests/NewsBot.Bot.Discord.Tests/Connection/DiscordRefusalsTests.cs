using Discord.Net;
using NewsBot.Bot.Discord.Connection;
using NewsBot.Bot.Discord.Hosting;

namespace NewsBot.Bot.Discord.Tests.Connection;

public sealed class DiscordRefusalsTests
{
    private const string Token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.secret-part.of-the-token";

    private static readonly DiscordOptions Settings = new() { Token = Token, ShardIds = "0-1", ShardCount = 4, Intents = 37377 };

    [Theory]
    [InlineData(4004, "Discord:Token")]
    [InlineData(4010, "Discord:ShardIds and Discord:ShardCount")]
    [InlineData(4011, "Discord:ShardCount")]
    [InlineData(4012, "update the package")]
    [InlineData(4013, "Discord:Intents")]
    [InlineData(4014, "Discord:Intents")]
    public void A_close_no_retry_can_change_names_the_setting_to_fix(int closeCode, string setting)
    {
        var sentence = DiscordRefusals.Fatal(closeCode, Settings);

        Assert.NotNull(sentence);
        Assert.Contains(setting, sentence, StringComparison.Ordinal);
        Assert.Contains(closeCode.ToString(System.Globalization.CultureInfo.InvariantCulture), sentence, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, sentence, StringComparison.Ordinal);
        Assert.EndsWith(".", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Disallowed_intents_name_the_privileged_intent_to_enable()
    {
        var sentence = DiscordRefusals.Fatal(4014, Settings)!;

        Assert.Contains("MESSAGE_CONTENT", sentence, StringComparison.Ordinal);
        Assert.Contains("37377", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("GUILD_MEMBERS", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("GUILD_PRESENCES", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_shards_name_the_shards_asked_for()
        => Assert.Contains("0-1 of 4", DiscordRefusals.Fatal(4010, Settings), StringComparison.Ordinal);

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(4000)]
    [InlineData(4007)]
    [InlineData(4009)]
    public void A_close_the_library_may_reconnect_after_is_not_fatal(int closeCode)
        => Assert.Null(DiscordRefusals.Fatal(closeCode, Settings));

    [Fact]
    public void The_close_code_is_found_inside_other_exceptions()
    {
        var exception = new AggregateException(new InvalidOperationException("shard failed", new WebSocketClosedException(4014, "Disallowed intent(s).")));

        Assert.Equal(4014, DiscordRefusals.CloseCode(exception));
    }

    [Fact]
    public void A_connection_that_ended_without_a_close_has_no_close_code()
    {
        Assert.Null(DiscordRefusals.CloseCode(new TimeoutException("no heartbeat ack", new IOException("reset"))));
        Assert.Null(DiscordRefusals.CloseCode(null));
    }

    [Fact]
    public void The_refused_token_sentence_names_the_environment_variable_but_not_the_token()
    {
        var sentence = DiscordRefusals.TokenRefused("(401 Unauthorized from GET gateway/bot)");

        Assert.Contains("NEWSBOT_Discord__Token", sentence, StringComparison.Ordinal);
        Assert.Contains("401 Unauthorized from GET gateway/bot", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, sentence, StringComparison.Ordinal);
    }
}
