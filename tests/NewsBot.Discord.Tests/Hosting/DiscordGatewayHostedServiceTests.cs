using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Hosting;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Discord.Gateway;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Hosting;

public sealed class DiscordGatewayHostedServiceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_host_connects_the_gateway_from_configuration_and_closes_it_with_1000_on_shutdown()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        var logs = TestLogs.Collector(output);
        using var host = BuildHost(standIn, logs, intents: 4609);
        var client = host.Services.GetRequiredService<DiscordGatewayClient>();
        var ready = new TaskCompletionSource<ReadyEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.OnReady((e, _) => Task.FromResult(ready.TrySetResult(e)));

        await host.StartAsync();
        var readyEvent = await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await host.StopAsync();
        await standIn.Gateway.WaitForClosesAsync(1);

        Assert.Equal(standIn.Gateway.BotUserId, readyEvent.User.Id.Value);
        Assert.Equal(new StandInGatewayClose(1, ByClient: true, Code: 1000), standIn.Gateway.Closes[0]);
        Assert.Equal(1, standIn.Gateway.GatewayBotRequests);
        Assert.All(logs.Lines(), l => Assert.DoesNotContain(standIn.Token, l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_privileged_intent_stops_the_application_with_one_line_naming_the_intent()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        var logs = TestLogs.Collector(output);
        using var host = BuildHost(standIn, logs, intents: 4609 | (1 << 15));
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());

        await host.StartAsync();
        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await host.StopAsync();

        var line = Assert.Single(logs.Lines(), l => l.Contains("The Discord gateway stopped", StringComparison.Ordinal));
        Assert.Contains("MESSAGE_CONTENT", line, StringComparison.Ordinal);
        Assert.Contains("Developer Portal", line, StringComparison.Ordinal);
        Assert.Single(standIn.Gateway.ConnectionPaths);
    }

    [Fact]
    public void A_missing_token_fails_options_validation_with_a_sentence_naming_the_setting()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddDiscordClient();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscordClient_registers_the_gateway_client_once_and_its_hosted_service()
    {
        var services = new ServiceCollection();
        services.AddDiscordClient();
        services.AddDiscordClient();

        Assert.Single(services, d => d.ServiceType == typeof(DiscordGatewayClient));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DiscordGatewayHostedService));
    }

    private static IHost BuildHost(DiscordStandIn standIn, FakeLogCollector logs, int intents)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = standIn.Token,
            ["Discord:ApiBaseUrl"] = standIn.ApiBaseUrl.AbsoluteUri,
            ["Discord:Intents"] = intents.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Logging.ClearProviders().AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddDiscordClient();
        return builder.Build();
    }
}
