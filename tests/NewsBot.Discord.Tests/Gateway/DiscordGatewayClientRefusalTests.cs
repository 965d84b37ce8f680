using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>Refusals that retrying cannot fix: the client stops with one sentence naming the setting to change.</summary>
public sealed class DiscordGatewayClientRefusalTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(4004, "Discord:Token")]
    [InlineData(4010, "Discord:ShardCount")]
    [InlineData(4011, "sharding required")]
    [InlineData(4012, "API version")]
    [InlineData(4013, "Discord:Intents")]
    [InlineData(4014, "Developer Portal")]
    public async Task Client_stops_without_retrying_on_a_fatal_close_code(int closeCode, string explanation)
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.CloseAsync(closeCode);
        var error = await harness.WaitForFatalAsync();

        Assert.Equal(closeCode, error.CloseCode);
        Assert.Contains(explanation, error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Gateway.ConnectionPaths);
        Assert.Single(harness.Gateway.Identifies);
    }

    [Theory]
    [InlineData(4609 | (1 << 15), "MESSAGE_CONTENT")]
    [InlineData(4609 | (1 << 1), "GUILD_MEMBERS")]
    [InlineData(4609 | (1 << 8), "GUILD_PRESENCES")]
    public async Task Client_names_the_privileged_intent_to_enable_when_the_gateway_disallows_it(int intents, string intentName)
    {
        await using var harness = await GatewayHarness.CreateAsync(output, o => o.Intents = intents);
        await harness.Client.StartAsync(CancellationToken.None);

        var error = await harness.WaitForFatalAsync();

        Assert.Equal(4014, error.CloseCode);
        Assert.Contains(intentName, error.Message, StringComparison.Ordinal);
        Assert.Contains("Developer Portal", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Gateway.ConnectionPaths);
    }

    [Fact]
    public async Task Client_stops_with_sharding_required_when_the_gateway_demands_more_shards()
    {
        await using var harness = await GatewayHarness.CreateAsync(output, configureGateway: g => g.RequiredShardCount = 2);
        await harness.Client.StartAsync(CancellationToken.None);

        var error = await harness.WaitForFatalAsync();

        Assert.Equal(4011, error.CloseCode);
        Assert.Single(harness.Gateway.ConnectionPaths);
    }

    [Fact]
    public async Task Client_stops_naming_the_token_setting_when_gateway_bot_refuses_the_token()
    {
        await using var harness = await GatewayHarness.CreateAsync(output, o => o.Token = "wrong.token.value");
        await harness.Client.StartAsync(CancellationToken.None);

        var error = await harness.WaitForFatalAsync();

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong.token.value", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Gateway.ConnectionPaths);
    }
}
