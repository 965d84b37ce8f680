using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.Bot.Runtime;
using NewsBot.Discord.Models;
using NewsBot.Tests.Bot.Fakes;

namespace NewsBot.Tests.Bot.Runtime;

public sealed class CommandRegistrationTests
{
    private static readonly Snowflake Application = new(1100000000000000002);

    private static CommandRegistration Create(RecordingDiscord discord, params ulong[] guilds)
        => new(discord, Options.Create(new BotOptions { DevelopmentGuildIds = [.. guilds] }),
            new FatalStop(new StoppingLifetime(), NullLogger<FatalStop>.Instance), NullLogger<CommandRegistration>.Instance);

    [Fact]
    public async Task Without_development_guilds_commands_are_registered_globally_once()
    {
        var discord = new RecordingDiscord();
        var registration = Create(discord);

        await registration.RegisterOnceAsync(Application, CancellationToken.None);
        await registration.RegisterOnceAsync(Application, CancellationToken.None);

        var call = discord.Single("register");
        Assert.Equal(Application, call.Target);
        Assert.Equal(5, call.Commands!.Count);
    }

    [Fact]
    public async Task Development_guilds_each_get_the_commands()
    {
        var discord = new RecordingDiscord();

        await Create(discord, 11, 12).RegisterOnceAsync(Application, CancellationToken.None);

        Assert.Equal([new Snowflake(11), new Snowflake(12)], discord.Calls.Select(call => call.Target));
    }

    /// <summary>A lifetime that only records a stop request.</summary>
    private sealed class StoppingLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public bool Stopped { get; private set; }
        public void StopApplication() => Stopped = true;
    }
}
