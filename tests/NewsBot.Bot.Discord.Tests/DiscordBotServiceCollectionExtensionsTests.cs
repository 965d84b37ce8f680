using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Hosting;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Bot.Discord.Runtime;
using NewsBot.Bot.Reindex;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Recent;
using NewsBot.Testing.Hosting;

namespace NewsBot.Bot.Discord.Tests;

public sealed class DiscordBotServiceCollectionExtensionsTests
{
    [Fact]
    public async Task The_bot_resolves_its_messenger_and_hosted_service_without_connecting()
    {
        // DiscordConnection is only IAsyncDisposable, so the container is disposed as the host does it.
        await using var provider = Build(new() { ["Discord:Token"] = "test-token" });

        Assert.IsType<DiscordChannelMessenger>(provider.GetRequiredService<IChannelMessenger>());
        Assert.Single(provider.GetServices<IHostedService>().OfType<DiscordBotService>());
    }

    [Fact]
    public void The_settings_are_bound_from_the_discord_section()
    {
        using var provider = Build(new() { ["Discord:Token"] = "test-token", ["Discord:ShardIds"] = "0-1", ["Discord:ShardCount"] = "4" });

        var settings = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal("test-token", settings.Token);
        Assert.Equal("0-1", settings.ShardIds);
        Assert.Equal(4, settings.ShardCount);
    }

    [Fact]
    public void A_missing_token_is_refused_with_a_sentence_naming_the_environment_variable()
    {
        using var provider = Build([]);

        var refused = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("NEWSBOT_Discord__Token", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_shard_ids_are_refused_naming_the_setting()
    {
        using var provider = Build(new() { ["Discord:Token"] = "test-token", ["Discord:ShardIds"] = "a-b", ["Discord:ShardCount"] = "4" });

        var refused = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:ShardIds must list shard ids and ranges", refused.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<IHostApplicationLifetime, RecordingLifetime>();
        services.AddSingleton<NoEngine>();
        services.AddSingleton<IQuestionAnswerer>(provider => provider.GetRequiredService<NoEngine>());
        services.AddSingleton<IIndexStatistics>(provider => provider.GetRequiredService<NoEngine>());
        services.AddSingleton<IStoryCredits>(provider => provider.GetRequiredService<NoEngine>());
        services.AddSingleton<IRecentNews>(provider => provider.GetRequiredService<NoEngine>());
        services.AddSingleton<IReindexer>(provider => provider.GetRequiredService<NoEngine>());
        services.AddDiscordBot();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The engine's ports, which resolving the bot needs and these tests never call.</summary>
    private sealed class NoEngine : IQuestionAnswerer, IIndexStatistics, IStoryCredits, IRecentNews, IReindexer
    {
        public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

        public IndexStats GetStats() => throw new NotSupportedException();

        public Task<IReadOnlyDictionary<string, StoryCredit>> GetCreditsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
            => throw new NotSupportedException();

        public Task<RecentNews> GetRecentAsync(RecentRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ReindexSummary> RunAsync(bool full, bool allowShrink, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
            => throw new NotSupportedException();

        public Task<VectorUpdate> FollowVectorsAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
