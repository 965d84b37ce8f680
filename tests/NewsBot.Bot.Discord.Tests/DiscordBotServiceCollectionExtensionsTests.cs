using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Discord.Tests;

public sealed class DiscordBotServiceCollectionExtensionsTests
{
    [Fact]
    public void The_adapter_is_one_instance_behind_every_port_it_serves()
    {
        using var provider = Build();

        var rest = provider.GetRequiredService<DiscordRest>();

        Assert.Same(rest, provider.GetRequiredService<IChannelMessenger>());
        Assert.Same(rest, provider.GetRequiredService<ICommandRegistrar>());
        Assert.Same(rest, provider.GetRequiredService<DiscordRest>());
    }

    [Fact]
    public void The_adapter_keeps_the_clients_one_rest_client()
    {
        using var provider = Build();

        Assert.Same(provider.GetRequiredService<DiscordRestClient>(), provider.GetRequiredService<DiscordRestClient>());
        Assert.NotNull(provider.GetRequiredService<DiscordRest>());
    }

    private static ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddDiscordClient(options => options.Token = "test-token");
        services.AddDiscordBot();
        return services.BuildServiceProvider();
    }
}
