using System.Text.Json.Serialization;

namespace NewsBot.Discord.Interactions;

/// <summary>How a bot answers an interaction (the callback body). Build one with the static factories.</summary>
public sealed record InteractionResponse
{
    private InteractionResponse(InteractionCallbackType type, InteractionCallbackData? data)
    {
        Type = type;
        Data = data;
    }

    [JsonPropertyName("type")] public InteractionCallbackType Type { get; }
    [JsonPropertyName("data")] public InteractionCallbackData? Data { get; }

    /// <summary>The same response with other data (the client uses it to enforce <c>allowed_mentions</c>).</summary>
    internal InteractionResponse WithData(InteractionCallbackData? data) => new(Type, data);

    /// <summary>Answers a PING (type 1).</summary>
    public static InteractionResponse Pong() => new(InteractionCallbackType.Pong, null);

    /// <summary>Replies with a message at once (type 4).</summary>
    public static InteractionResponse Message(MessagePayload message) => new(InteractionCallbackType.ChannelMessageWithSource, message);

    /// <summary>Acknowledges now and shows "thinking…" (type 5); finish by editing the original response.</summary>
    public static InteractionResponse Deferred(bool ephemeral = false)
        => new(InteractionCallbackType.DeferredChannelMessageWithSource, new MessagePayload { Flags = ephemeral ? MessageFlags.Ephemeral : null });

    /// <summary>Acknowledges a component click without changing its message yet (type 6).</summary>
    public static InteractionResponse DeferredUpdate() => new(InteractionCallbackType.DeferredUpdateMessage, null);

    /// <summary>Edits the message the clicked component is on (type 7).</summary>
    public static InteractionResponse UpdateMessage(MessagePayload message) => new(InteractionCallbackType.UpdateMessage, message);

    /// <summary>Answers an autocomplete interaction with suggestions (type 8).</summary>
    public static InteractionResponse Autocomplete(IReadOnlyList<CommandOptionChoice> choices)
        => new(InteractionCallbackType.ApplicationCommandAutocompleteResult, new AutocompleteResult(choices));

    /// <summary>Opens a modal form (type 9).</summary>
    public static InteractionResponse Modal(ModalPayload modal) => new(InteractionCallbackType.Modal, modal);
}

/// <summary>Interaction callback (response) types.</summary>
public enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,
    Modal = 9,
}
