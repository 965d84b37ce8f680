using NewsBot.Discord.Gateway;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>Records what the client's handlers received, in order, and lets tests await a condition on it.</summary>
internal sealed class EventRecorder
{
    private readonly object _gate = new();
    private readonly List<GatewayDispatch> _dispatches = [];
    private readonly List<ReadyEvent> _ready = [];
    private readonly List<ResumedEvent> _resumed = [];
    private readonly List<GuildCreateEvent> _guilds = [];
    private readonly List<InteractionCreateEvent> _interactions = [];
    private readonly List<MessageCreateEvent> _messages = [];
    private readonly ChangeSignal _signal = new();

    public EventRecorder(DiscordGatewayClient client)
    {
        client.OnDispatch((e, _) => Add(_dispatches, e));
        client.OnReady((e, _) => Add(_ready, e));
        client.OnResumed((e, _) => Add(_resumed, e));
        client.OnGuildCreate((e, _) => Add(_guilds, e));
        client.OnInteractionCreate((e, _) => Add(_interactions, e));
        client.OnMessageCreate((e, _) => Add(_messages, e));
    }

    public IReadOnlyList<GatewayDispatch> Dispatches => Copy(_dispatches);
    public IReadOnlyList<ReadyEvent> Ready => Copy(_ready);
    public IReadOnlyList<ResumedEvent> Resumed => Copy(_resumed);
    public IReadOnlyList<GuildCreateEvent> Guilds => Copy(_guilds);
    public IReadOnlyList<InteractionCreateEvent> Interactions => Copy(_interactions);
    public IReadOnlyList<MessageCreateEvent> Messages => Copy(_messages);

    /// <summary>Dispatches named <paramref name="eventName"/>, in the order the handlers got them.</summary>
    public IReadOnlyList<GatewayDispatch> Named(string eventName) => [.. Dispatches.Where(d => d.EventName == eventName)];

    public Task WaitUntilAsync(Func<EventRecorder, bool> condition, string what, TimeSpan? timeout = null)
        => _signal.WaitUntilAsync(() => condition(this), $"The handlers waited in vain for: {what}.", timeout);

    private Task Add<T>(List<T> list, T item)
    {
        lock (_gate)
        {
            list.Add(item);
        }

        _signal.Pulse();
        return Task.CompletedTask;
    }

    private IReadOnlyList<T> Copy<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
