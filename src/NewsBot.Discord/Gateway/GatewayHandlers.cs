using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// The handlers registered on a client, and the delivery of one dispatch to them: raw handlers first, then the typed
/// ones, each awaited in turn. A dispatch whose data does not parse is logged and skipped; a throwing handler is
/// logged and the next handler still runs.
/// </summary>
internal sealed class GatewayHandlers
{
    private ImmutableArray<Func<GatewayDispatch, CancellationToken, Task>> _raw = [];
    private ImmutableArray<Func<ReadyEvent, CancellationToken, Task>> _ready = [];
    private ImmutableArray<Func<ResumedEvent, CancellationToken, Task>> _resumed = [];
    private ImmutableArray<Func<GuildCreateEvent, CancellationToken, Task>> _guildCreate = [];
    private ImmutableArray<Func<GuildRoleEvent, CancellationToken, Task>> _roleCreate = [];
    private ImmutableArray<Func<GuildRoleEvent, CancellationToken, Task>> _roleUpdate = [];
    private ImmutableArray<Func<GuildRoleDeleteEvent, CancellationToken, Task>> _roleDelete = [];
    private ImmutableArray<Func<InteractionCreateEvent, CancellationToken, Task>> _interactionCreate = [];
    private ImmutableArray<Func<MessageCreateEvent, CancellationToken, Task>> _messageCreate = [];

    public void Add(Func<GatewayDispatch, CancellationToken, Task> handler) => ImmutableInterlocked.Update(ref _raw, a => a.Add(handler));
    public void Add(Func<ReadyEvent, CancellationToken, Task> handler) => ImmutableInterlocked.Update(ref _ready, a => a.Add(handler));
    public void Add(Func<ResumedEvent, CancellationToken, Task> handler) => ImmutableInterlocked.Update(ref _resumed, a => a.Add(handler));
    public void Add(Func<GuildCreateEvent, CancellationToken, Task> handler) => ImmutableInterlocked.Update(ref _guildCreate, a => a.Add(handler));
    public void AddRoleCreate(Func<GuildRoleEvent, CancellationToken, Task> handler) => ImmutableInterlocked.Update(ref _roleCreate, a => a.Add(handler));
    public void AddRoleUpdate(Func<GuildRoleEvent, CancellationToken, Task> handler) => ImmutableInterlocked.Update(ref _roleUpdate, a => a.Add(handler));
    public void Add(Func<GuildRoleDeleteEvent, CancellationToken, Task> handler) => ImmutableInterlocked.Update(ref _roleDelete, a => a.Add(handler));
    public void Add(Func<InteractionCreateEvent, CancellationToken, Task> handler) => ImmutableInterlocked.Update(ref _interactionCreate, a => a.Add(handler));
    public void Add(Func<MessageCreateEvent, CancellationToken, Task> handler) => ImmutableInterlocked.Update(ref _messageCreate, a => a.Add(handler));

    public async Task DeliverAsync(GatewayDispatch dispatch, ILogger logger, CancellationToken cancellationToken)
    {
        await InvokeAsync(_raw, dispatch, dispatch, logger, cancellationToken).ConfigureAwait(false);
        try
        {
            switch (dispatch.EventName)
            {
                case "READY":
                    var ready = Parse(dispatch, GatewayJsonContext.Default.ReadyData);
                    await InvokeAsync(_ready, ToEvent(dispatch.ShardId, ready), dispatch, logger, cancellationToken).ConfigureAwait(false);
                    break;
                case "RESUMED":
                    await InvokeAsync(_resumed, new ResumedEvent(dispatch.ShardId), dispatch, logger, cancellationToken).ConfigureAwait(false);
                    break;
                case "GUILD_CREATE":
                    var guild = Parse(dispatch, GatewayJsonContext.Default.GuildCreateData);
                    var created = new GuildCreateEvent(dispatch.ShardId, guild.Id, guild.Name ?? string.Empty) { Roles = guild.Roles ?? [] };
                    await InvokeAsync(_guildCreate, created, dispatch, logger, cancellationToken).ConfigureAwait(false);
                    break;
                case "GUILD_ROLE_CREATE" or "GUILD_ROLE_UPDATE":
                    var role = Parse(dispatch, GatewayJsonContext.Default.GuildRoleData);
                    var handlers = dispatch.EventName == "GUILD_ROLE_CREATE" ? _roleCreate : _roleUpdate;
                    await InvokeAsync(handlers, new GuildRoleEvent(dispatch.ShardId, role.GuildId, role.Role), dispatch, logger, cancellationToken).ConfigureAwait(false);
                    break;
                case "GUILD_ROLE_DELETE":
                    var deleted = Parse(dispatch, GatewayJsonContext.Default.GuildRoleDeleteData);
                    await InvokeAsync(_roleDelete, new GuildRoleDeleteEvent(dispatch.ShardId, deleted.GuildId, deleted.RoleId), dispatch, logger, cancellationToken).ConfigureAwait(false);
                    break;
                case "INTERACTION_CREATE":
                    var interaction = Parse(dispatch, GatewayJsonContext.Default.Interaction);
                    await InvokeAsync(_interactionCreate, new InteractionCreateEvent(dispatch.ShardId, interaction), dispatch, logger, cancellationToken).ConfigureAwait(false);
                    break;
                case "MESSAGE_CREATE":
                    var message = Parse(dispatch, GatewayJsonContext.Default.Message);
                    await InvokeAsync(_messageCreate, new MessageCreateEvent(dispatch.ShardId, message), dispatch, logger, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or UriFormatException)
        {
            Log.DispatchParseFailed(logger, dispatch.ShardId, dispatch.EventName, dispatch.Sequence, ex);
        }
    }

    internal static ReadyEvent ToEvent(int shardId, ReadyData ready) => new(
        shardId,
        ready.SessionId,
        new Uri(ready.ResumeGatewayUrl),
        ready.User,
        ready.Application.Id,
        [.. (ready.Guilds ?? []).Select(g => g.Id)]);

    private static T Parse<T>(GatewayDispatch dispatch, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        => dispatch.Data.Deserialize(typeInfo) ?? throw new JsonException($"{dispatch.EventName} carried null data.");

    private static async Task InvokeAsync<T>(
        ImmutableArray<Func<T, CancellationToken, Task>> handlers, T argument, GatewayDispatch dispatch, ILogger logger, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            try
            {
                await handler(argument, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                Log.HandlerFailed(logger, dispatch.ShardId, dispatch.EventName, dispatch.Sequence, ex);
            }
        }
    }
}
