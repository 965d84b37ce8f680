using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Bot.Discord.Runtime;
using NewsBot.Bot.Runtime;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Discord.Tests.Runtime;

public sealed class CommandRegistrationTests
{
    private static readonly Snowflake Application = new(1100000000000000002);

    private static CommandRegistration Create(ICommandRegistrar registrar, StoppingLifetime? lifetime = null, BotOptions? options = null)
        => new(registrar, Options.Create(options ?? new BotOptions { AdminUserIds = [1] }),
            new FatalStop(lifetime ?? new StoppingLifetime(), NullLogger<FatalStop>.Instance), NullLogger<CommandRegistration>.Instance);

    [Fact]
    public async Task Without_development_guilds_commands_are_registered_globally_once()
    {
        var registrar = new RecordingRegistrar();
        var registration = Create(registrar);

        await registration.RegisterOnceAsync(Application, CancellationToken.None);
        await registration.RegisterOnceAsync(Application, CancellationToken.None);

        var call = Assert.Single(registrar.Calls);
        Assert.Null(call.Guild);
        Assert.Equal(5, call.Commands.Count);
    }

    [Fact]
    public async Task Development_guilds_each_get_the_commands()
    {
        var registrar = new RecordingRegistrar();

        await Create(registrar, options: new BotOptions { DevelopmentGuildIds = [11, 12], AdminUserIds = [1] }).RegisterOnceAsync(Application, CancellationToken.None);

        Assert.Equal([new Snowflake(11), new Snowflake(12)], registrar.Calls.Select(call => call.Guild));
        Assert.All(registrar.Calls, call => Assert.Equal(5, call.Commands.Count));
    }

    [Fact]
    public async Task When_only_manage_server_in_the_admin_guilds_makes_admins_reindex_is_offered_only_there()
    {
        var registrar = new RecordingRegistrar();

        await Create(registrar, options: new BotOptions { AdminGuildIds = [21] }).RegisterOnceAsync(Application, CancellationToken.None);

        Assert.Equal(2, registrar.Calls.Count);
        var global = Assert.Single(registrar.Calls, call => call.Guild is null);
        Assert.Equal(["ask", "recent", "sources", "help"], global.Commands.Select(command => command.Name));
        var admin = Assert.Single(registrar.Calls, call => call.Guild == new Snowflake(21));
        Assert.Equal(["reindex"], admin.Commands.Select(command => command.Name));
    }

    [Fact]
    public async Task A_development_guild_that_is_also_an_admin_guild_gets_every_command_in_one_overwrite()
    {
        var registrar = new RecordingRegistrar();

        await Create(registrar, options: new BotOptions { DevelopmentGuildIds = [11], AdminGuildIds = [11] }).RegisterOnceAsync(Application, CancellationToken.None);

        var call = Assert.Single(registrar.Calls);
        Assert.Equal(new Snowflake(11), call.Guild);
        Assert.Equal(5, call.Commands.Count);
    }

    [Fact]
    public async Task A_refused_token_stops_the_bot_with_a_sentence_saying_which_setting_to_fix()
    {
        var lifetime = new StoppingLifetime();
        var registration = Create(new RecordingRegistrar { Refuse = true }, lifetime);

        await registration.RegisterOnceAsync(Application, CancellationToken.None);

        Assert.True(lifetime.Stopped);
    }

    /// <summary>Records each overwrite; refuses the token when asked.</summary>
    private sealed class RecordingRegistrar : ICommandRegistrar
    {
        public List<(Snowflake? Guild, IReadOnlyList<ApplicationCommand> Commands)> Calls { get; } = [];

        public bool Refuse { get; init; }

        public Task OverwriteAsync(Snowflake applicationId, Snowflake? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
        {
            if (Refuse)
            {
                throw new DiscordUnauthorizedException("PUT /applications/{application_id}/commands", new DiscordError(0, "401: Unauthorized", []));
            }

            Calls.Add((guildId, commands));
            return Task.CompletedTask;
        }
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
