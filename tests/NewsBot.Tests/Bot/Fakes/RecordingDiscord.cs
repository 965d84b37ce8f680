using NewsBot.Bot.Discord;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Bot.Fakes;

/// <summary>The Discord seam as a recorder: every call in order, with what it carried; optionally failing calls of one kind.</summary>
internal sealed class RecordingDiscord : IInteractionResponder, IChannelMessenger, ICommandRegistrar
{
    private readonly object _gate = new();
    private readonly List<DiscordCall> _calls = [];

    /// <summary>When set, calls of this kind throw instead of being recorded.</summary>
    public string? FailKind { get; set; }

    public IReadOnlyList<DiscordCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public IReadOnlyList<string> Kinds => [.. Calls.Select(call => call.Kind)];

    public DiscordCall Single(string kind) => Assert.Single(Calls, call => call.Kind == kind);

    public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken)
        => Record(new DiscordCall("respond", interaction.Id, response, response.Data as MessagePayload, null));

    public Task EditOriginalAsync(Interaction interaction, MessagePayload message, CancellationToken cancellationToken)
        => Record(new DiscordCall("edit", interaction.Id, null, message, null));

    public Task DeleteOriginalAsync(Interaction interaction, CancellationToken cancellationToken)
        => Record(new DiscordCall("delete", interaction.Id, null, null, null));

    public Task FollowUpAsync(Interaction interaction, MessagePayload message, CancellationToken cancellationToken)
        => Record(new DiscordCall("followup", interaction.Id, null, message, null));

    public Task SendAsync(Snowflake channelId, MessagePayload message, CancellationToken cancellationToken)
        => Record(new DiscordCall("send", channelId, null, message, null));

    public Task OverwriteAsync(Snowflake applicationId, Snowflake? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
        => Record(new DiscordCall("register", guildId ?? applicationId, null, null, commands));

    private Task Record(DiscordCall call)
    {
        if (call.Kind == FailKind)
        {
            throw new InvalidOperationException($"{call.Kind} failed (as the test asked)");
        }

        lock (_gate)
        {
            _calls.Add(call);
        }

        return Task.CompletedTask;
    }
}

/// <summary>One call through the seam.</summary>
/// <param name="Kind">respond, edit, delete, followup, send or register.</param>
/// <param name="Target">The interaction, channel, or guild (application for global registration).</param>
/// <param name="Response">The interaction response, for respond.</param>
/// <param name="Message">The message sent or edited in.</param>
/// <param name="Commands">The commands, for register.</param>
internal sealed record DiscordCall(string Kind, Snowflake Target, InteractionResponse? Response, MessagePayload? Message, IReadOnlyList<ApplicationCommand>? Commands)
{
    public Embed Embed => Assert.Single(Message!.Embeds!);

    public bool Ephemeral => (Message?.Flags ?? MessageFlags.None).HasFlag(MessageFlags.Ephemeral);
}
