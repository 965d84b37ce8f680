using System.Net;
using Discord.Net;
using Discord;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Bot.Discord.Runtime;
using NewsBot.Bot.Runtime;
using NewsBot.Testing.Hosting;

namespace NewsBot.Bot.Discord.Tests.Runtime;

public sealed class CommandRegistrationTests
{
    private readonly RecordingLifetime _lifetime = new();
    private readonly FakeLogCollector _logs = new();
    private readonly FatalStop _fatal;

    public CommandRegistrationTests() => _fatal = new FatalStop(_lifetime, NullLogger<FatalStop>.Instance);

    [Fact]
    public async Task Without_development_guilds_the_commands_are_registered_globally_once()
    {
        var registrar = new RecordingRegistrar();

        await Create(new BotOptions { AdminUserIds = [1] }).RegisterOnceAsync(registrar, CancellationToken.None);

        var call = Assert.Single(registrar.Calls);
        Assert.Null(call.Guild);
        Assert.Equal(["ask", "recent", "sources", "help", "reindex"], call.Names);
    }

    [Fact]
    public async Task Each_development_guild_gets_the_commands()
    {
        var registrar = new RecordingRegistrar();

        await Create(new BotOptions { DevelopmentGuildIds = [11, 12], AdminUserIds = [1] }).RegisterOnceAsync(registrar, CancellationToken.None);

        Assert.Equal([11UL, 12UL], registrar.Calls.Select(call => call.Guild!.Value));
        Assert.All(registrar.Calls, call => Assert.Equal(5, call.Names.Count));
    }

    [Fact]
    public async Task When_only_manage_server_in_the_admin_guilds_makes_admins_reindex_is_registered_only_there()
    {
        var registrar = new RecordingRegistrar();

        await Create(new BotOptions { AdminGuildIds = [21] }).RegisterOnceAsync(registrar, CancellationToken.None);

        Assert.Equal(2, registrar.Calls.Count);
        Assert.Equal(["ask", "recent", "sources", "help"], Assert.Single(registrar.Calls, call => call.Guild is null).Names);
        Assert.Equal(["reindex"], Assert.Single(registrar.Calls, call => call.Guild == 21).Names);
    }

    [Fact]
    public async Task A_refused_token_stops_the_bot_with_a_sentence_naming_the_token_setting()
    {
        var registrar = new RecordingRegistrar { Failure = new HttpException(HttpStatusCode.Unauthorized, new FailedRequest()) };

        await Create(new BotOptions { DevelopmentGuildIds = [11, 12] }).RegisterOnceAsync(registrar, CancellationToken.None);

        Assert.True(_lifetime.Stopped);
        Assert.Contains("Discord:Token", _fatal.Reason, StringComparison.Ordinal);
        Assert.Equal([11UL], registrar.Attempts.Select(guild => guild!.Value));
    }

    [Fact]
    public async Task Any_other_failure_is_logged_and_the_other_scopes_are_still_registered()
    {
        var registrar = new RecordingRegistrar { Failure = new HttpException(HttpStatusCode.BadRequest, new FailedRequest()), FailingGuild = 11 };

        await Create(new BotOptions { DevelopmentGuildIds = [11, 12] }).RegisterOnceAsync(registrar, CancellationToken.None);

        Assert.Equal([12UL], registrar.Calls.Select(call => call.Guild!.Value));
        Assert.False(_lifetime.Stopped);
        var error = Assert.Single(_logs.GetSnapshot(), record => record.Level == LogLevel.Error);
        Assert.Contains("in guild 11", error.Message, StringComparison.Ordinal);
        Assert.Same(registrar.Failure, error.Exception);
    }

    [Fact]
    public async Task Registering_a_second_time_does_nothing()
    {
        var registrar = new RecordingRegistrar();
        var registration = Create(new BotOptions { AdminUserIds = [1] });

        await registration.RegisterOnceAsync(registrar, CancellationToken.None);
        await registration.RegisterOnceAsync(registrar, CancellationToken.None);

        Assert.Single(registrar.Attempts);
    }

    private CommandRegistration Create(BotOptions options)
        => new(Options.Create(options), _fatal, new FakeLogger<CommandRegistration>(_logs));

    /// <summary>Records each overwrite; fails with <see cref="Failure"/> in <see cref="FailingGuild"/> (every scope when null).</summary>
    private sealed class RecordingRegistrar : ICommandRegistrar
    {
        public List<ulong?> Attempts { get; } = [];

        public List<(ulong? Guild, List<string> Names)> Calls { get; } = [];

        public Exception? Failure { get; init; }

        public ulong? FailingGuild { get; init; }

        public Task OverwriteAsync(ulong? guildId, ApplicationCommandProperties[] commands, CancellationToken cancellationToken)
        {
            Attempts.Add(guildId);
            if (Failure is not null && (FailingGuild is null || FailingGuild == guildId))
            {
                return Task.FromException(Failure);
            }

            Calls.Add((guildId, [.. commands.Select(command => command.Name.Value)]));
            return Task.CompletedTask;
        }
    }

    /// <summary>The request an <see cref="HttpException"/> names; never sent anywhere.</summary>
    private sealed class FailedRequest : IRequest
    {
        public DateTimeOffset? TimeoutAt => null;

        public RequestOptions Options { get; } = new();
    }
}
