using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using NewsBot.Hosting;
using NewsBot.Testing;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Discord.Gateway;
using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// <c>newsbot serve</c> as operators run it (<see cref="ServeHost"/>), pointed at the loopback Discord stand-in with
/// only configuration changed: the token, the API address, a temporary index and the test articles. Sends what
/// members do (slash commands, clicks, mentions) through the stand-in's gateway and reads what the bot sent back.
/// </summary>
internal sealed class ServeFixture : IAsyncDisposable
{
    public const string GuildId = "810000000000000001";
    public const string ChannelId = "810000000000000002";

    /// <summary>The test guild, with <see cref="ChannelId"/> as its text channel.</summary>
    internal static readonly StandInGuild Guild = new(ulong.Parse(GuildId, System.Globalization.CultureInfo.InvariantCulture), "Newsroom")
    {
        TextChannelId = ulong.Parse(ChannelId, System.Globalization.CultureInfo.InvariantCulture),
    };
    public const string Asker = "820000000000000001";
    public const string OtherMember = "820000000000000002";
    public const string ManageServer = "32";

    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _errors = new();
    private Task<int>? _run;

    private ServeFixture(DiscordStandIn standIn, TemporaryDirectory directory)
    {
        StandIn = standIn;
        Directory = directory;
    }

    public DiscordStandIn StandIn { get; }

    public TemporaryDirectory Directory { get; }

    public IHost Host { get; private set; } = null!;

    /// <summary>What <c>serve</c> wrote to standard error (its one-line explanations).</summary>
    public string Errors => _errors.ToString();

    /// <summary>The stand-in's bot user (mentions of it are questions).</summary>
    public string BotUserId => StandIn.Gateway.BotUserId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Starts the stand-in and <c>serve</c>; <paramref name="settings"/> may change the configuration further and
    /// <paramref name="prepare"/> the stand-in before the bot connects.
    /// </summary>
    public static async Task<ServeFixture> StartAsync(
        Action<Dictionary<string, string?>>? settings = null, Action<DiscordStandIn>? prepare = null, Action<HostApplicationBuilder>? configure = null)
    {
        var standIn = await DiscordStandIn.StartAsync();
        prepare?.Invoke(standIn);

        // Discord announces every guild the bot is in; a client library drops what comes from a guild it never saw.
        if (!standIn.Gateway.Guilds.Any(guild => guild.Id == Guild.Id))
        {
            standIn.Gateway.Guilds.Add(Guild);
        }

        var fixture = new ServeFixture(standIn, new TemporaryDirectory());
        EndToEndArticles.WriteTo(fixture.Directory, "articles");
        var configuration = Configuration(standIn, fixture.Directory);
        settings?.Invoke(configuration);
        fixture.Host = ServeHost.Build(configure: builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            configure?.Invoke(builder);
        });
        fixture._run = ServeHost.RunAsync(fixture.Host, fixture._errors, fixture._stop.Token);
        return fixture;
    }

    /// <summary>
    /// <c>serve</c>'s configuration for a test: the stand-in's token and address, a temporary index built from the
    /// articles in <paramref name="directory"/>, the test guild as development and admin guild, no cooldowns, and no
    /// scheduled refresh.
    /// </summary>
    internal static Dictionary<string, string?> Configuration(DiscordStandIn standIn, TemporaryDirectory directory) => new()
    {
        ["Discord:Token"] = standIn.Token,
        ["Discord:ApiBaseUrl"] = standIn.ApiBaseUrl.ToString(),
        ["Index:Path"] = directory.Combine("lucene"),
        ["Index:Semantic"] = "false",
        ["Sources:0:Name"] = "samples",
        ["Sources:0:Kind"] = "Folder",
        ["Sources:0:Location"] = directory.Combine("articles"),
        ["Bot:CooldownSeconds"] = "0",

        // The scheduled refresh is part of serve (a test checks it is registered) but kept from running on its own
        // here, so what each test sees in the index and the status file is what it did.
        ["Refresh:Enabled"] = "false",
        ["Bot:DevelopmentGuildIds:0"] = GuildId,

        // Manage Server counts in the test guild; the tests reindex more than once, so without a wait between.
        ["Bot:AdminGuildIds:0"] = GuildId,
        ["Bot:ReindexCooldownMinutes"] = "0",
        ["Logging:LogLevel:Default"] = Environment.GetEnvironmentVariable("NEWSBOT_E2E_LOGLEVEL") ?? "Warning",
    };

    /// <summary>Waits until the bot is connected and its commands are registered (both follow READY).</summary>
    public async Task WaitUntilReadyAsync()
    {
        await StandIn.WaitForRequestAsync(request => request.Route is StandInRoutes.GuildCommands or StandInRoutes.GlobalCommands && request.Status == 200, TimeSpan.FromSeconds(60));
        await StandIn.Gateway.WaitForLiveSessionAsync();
    }

    /// <summary>A member runs a slash command; options are (name, type, value) as Discord sends them.</summary>
    public async Task<SentInteraction> SlashAsync(string command, string user = Asker, string permissions = "0", params (string Name, int Type, JsonNode Value)[] options)
    {
        var data = new JsonObject { ["id"] = NextId(), ["name"] = command, ["type"] = 1 };
        if (options.Length > 0)
        {
            data["options"] = new JsonArray([.. options.Select(option => new JsonObject { ["name"] = option.Name, ["type"] = option.Type, ["value"] = option.Value })]);
        }

        return await SendInteractionAsync(2, data, user, permissions, messageId: null);
    }

    /// <summary>Sends an interaction of any type (autocomplete, for example) from the asker.</summary>
    public Task<SentInteraction> SendAsync(int type, JsonObject data) => SendInteractionAsync(type, data, Asker, "0", messageId: null);

    /// <summary>A member clicks a button of the message with id <paramref name="messageId"/>.</summary>
    public Task<SentInteraction> ClickAsync(string customId, string messageId, string user = Asker)
        => SendInteractionAsync(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, user, "0", messageId);

    /// <summary>A member posts a message in the channel; returns its id.</summary>
    public Task<string> PostMessageAsync(string content, string author = Asker, bool bot = false, params string[] mentions)
        => PostMessageAsync(content, author, bot, mentions, mentionRoles: []);

    /// <summary>As above, with the roles the message mentions (Discord's mention picker often inserts the bot's managed role).</summary>
    public Task<string> PostMessageAsync(string content, string author, bool bot, string[] mentions, string[] mentionRoles)
        => PostMessageAsync(AnnouncedGuild, content, author, bot, mentions, mentionRoles);

    /// <summary>As above, in <paramref name="guild"/>'s text channel.</summary>
    public async Task<string> PostMessageAsync(StandInGuild guild, string content, string author, bool bot, string[] mentions, string[] mentionRoles)
    {
        var id = NextId();
        var message = StandInPayloads.GuildMessage(
            ulong.Parse(id, System.Globalization.CultureInfo.InvariantCulture),
            guild,
            StandInPayloads.User(Snowflake(author), bot ? "some-bot" : "member", bot),
            authorRoles: [],
            content,
            [.. mentions.Select(user => StandInPayloads.User(Snowflake(user), user == BotUserId ? "NewsBot" : "someone", bot: user == BotUserId))],
            [.. mentionRoles.Select(Snowflake)],
            DateTimeOffset.UtcNow);
        await StandIn.Gateway.DispatchAsync("MESSAGE_CREATE", message.ToJsonString());
        return id;
    }

    /// <summary>The original response's edit (PATCH @original) bodies for an interaction, in order.</summary>
    public IReadOnlyList<JsonObject> OriginalEdits(SentInteraction interaction)
        => [.. StandIn.Requests
            .Where(request => request.Route == StandInRoutes.EditOriginal && request.RouteValues.GetValueOrDefault("webhook_token") == interaction.Token)
            .Select(request => (JsonObject)request.Json!)];

    /// <summary>The statuses the stand-in answered the original response's edits with, in order.</summary>
    public IReadOnlyList<int> OriginalEditStatuses(SentInteraction interaction)
        => [.. StandIn.Requests
            .Where(request => request.Route == StandInRoutes.EditOriginal && request.RouteValues.GetValueOrDefault("webhook_token") == interaction.Token)
            .Select(request => request.Status)];

    /// <summary>Waits for the answer edited into a deferred reply and returns its body.</summary>
    public async Task<JsonObject> WaitForAnswerAsync(SentInteraction interaction)
        => (JsonObject)(await StandIn.WaitForOriginalEditAsync(interaction.Token, TimeSpan.FromSeconds(30))).Json!;

    /// <summary>Waits for the first response to an interaction and returns the callback body.</summary>
    public async Task<JsonObject> WaitForCallbackAsync(SentInteraction interaction)
    {
        await StandIn.WaitForCallbackAsync(interaction.Id, TimeSpan.FromSeconds(30));
        return StandIn.GetInteractionCallback(interaction.Id)!;
    }

    /// <summary>Stops <c>serve</c> as Ctrl-C would and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await RunTask.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary><c>serve</c>'s run: completes with the exit code.</summary>
    public Task<int> RunTask => _run!;

    /// <summary>The stand-in's request log: method, path, status and the body (long bodies cut), one request per line.</summary>
    public string Transcript()
    {
        var text = new StringBuilder();
        foreach (var request in StandIn.Requests)
        {
            var body = request.Body.Length > 700 ? request.Body[..700] + "…" : request.Body;
            text.Append(request.ReceivedAt.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture))
                .Append(' ').Append(request.Method).Append(' ').Append(request.Path).Append(" -> ").Append(request.Status);
            if (body.Length > 0)
            {
                text.Append("\n    ").Append(body);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_run is { IsCompleted: false })
        {
            await _stop.CancelAsync();
            try
            {
                await _run.WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                // Reported by the test that left it running; disposal must still free the port and folder.
            }
        }

        Host?.Dispose();
        await StandIn.DisposeAsync();
        Directory.Dispose();
        _stop.Dispose();
    }

    /// <summary>A member's slash command created at <paramref name="created"/> (while the bot was away, say), not yet dispatched if the gateway is down.</summary>
    public Task<SentInteraction> SlashCreatedAtAsync(string command, DateTimeOffset created)
        => SendInteractionAsync(2, new JsonObject { ["id"] = NextId(), ["name"] = command, ["type"] = 1 }, Asker, "0", messageId: null, created);

    private async Task<SentInteraction> SendInteractionAsync(int type, JsonObject data, string user, string permissions, string? messageId, DateTimeOffset? created = null)
    {
        var guild = AnnouncedGuild;

        // Discord computes a member's permissions from their roles: Manage Server comes with the guild's moderators role.
        IReadOnlyList<ulong> roles = (ulong.Parse(permissions, System.Globalization.CultureInfo.InvariantCulture) & 32) != 0 ? [guild.ModeratorRoleId] : [];
        var (id, token) = await StandIn.SendInteractionAsync(
            guild, type, data, Snowflake(user), user == Asker ? "asker" : "other", roles, created ?? StandIn.Clock.GetUtcNow(), messageId);
        return new SentInteraction(id, token);
    }

    private StandInGuild AnnouncedGuild => StandIn.Gateway.Guilds.First(guild => guild.Id == Guild.Id);

    private static ulong Snowflake(string id) => ulong.Parse(id, System.Globalization.CultureInfo.InvariantCulture);

    // Dated now on the stand-in's clock: Discord (and so the stand-in) refuses a callback more than 3 s after an
    // interaction's creation, which its id carries.
    private string NextId() => StandInIds.TextCreatedAt(StandIn.Clock.GetUtcNow());
}

/// <summary>An interaction sent to the bot: its id and token (the token names its webhook routes).</summary>
internal sealed record SentInteraction(string Id, string Token);
