using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Hosting;

public sealed class DiscordServiceCollectionExtensionsTests
{
    [Fact]
    public void The_rest_client_is_one_instance_for_the_whole_process_even_across_scopes()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = "a-token" })
            .Build());
        services.AddLogging();
        services.AddDiscordClient();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var scope = provider.CreateScope();

        var first = provider.GetRequiredService<DiscordRestClient>();
        var second = provider.GetRequiredService<DiscordRestClient>();
        var scoped = scope.ServiceProvider.GetRequiredService<DiscordRestClient>();

        Assert.Same(first, second);
        Assert.Same(first, scoped);
    }
}
