using NewsBot.Bot.Discord;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Bot.Fakes;

/// <summary>The Discord seam as a recorder: every call in order, with what it carried; optionally failing calls of one kind.</summary>
internal sealed class RecordingDiscord : IInteractionResponder, IChannelMessenger, ICommandRegistrar
{
    private readonly object _gate = new();
    private readonly List<DiscordCall> _calls = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextMessageId = 600;

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

    public async Task<Snowflake> SendAsync(Snowflake channelId, MessagePayload message, CancellationToken cancellationToken)
    {
        await Record(new DiscordCall("send", channelId, null, message, null));
        return new Snowflake((ulong)Interlocked.Increment(ref _nextMessageId));
    }

    public Task EditAsync(Snowflake channelId, Snowflake messageId, MessagePayload message, CancellationToken cancellationToken)
        => Record(new DiscordCall("edit-message", messageId, null, message, null));

    /// <summary>Waits until the recorded calls satisfy <paramref name="condition"/> (for work that finishes in the background).</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<DiscordCall>, bool> condition)
    {
        using var expiry = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (condition(Calls))
            {
                return;
            }

            await changed.WaitAsync(expiry.Token);
        }
    }

    public Task OverwriteAsync(Snowflake applicationId, Snowflake? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
        => Record(new DiscordCall("register", guildId ?? applicationId, null, null, commands));

    private Task Record(DiscordCall call)
    {
        if (call.Kind == FailKind)
        {
            throw new InvalidOperationException($"{call.Kind} failed (as the test asked)");
        }

        TaskCompletionSource changed;
        lock (_gate)
        {
            _calls.Add(call);
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.SetResult();
        return Task.CompletedTask;
    }
}

/// <summary>One call through the seam.</summary>
/// <param name="Kind">respond, edit, delete, followup, send, edit-message or register.</param>
/// <param name="Target">The interaction, channel, or guild (application for global registration).</param>
/// <param name="Response">The interaction response, for respond.</param>
/// <param name="Message">The message sent or edited in.</param>
/// <param name="Commands">The commands, for register.</param>
internal sealed record DiscordCall(string Kind, Snowflake Target, InteractionResponse? Response, MessagePayload? Message, IReadOnlyList<ApplicationCommand>? Commands)
{
    public Embed Embed => Assert.Single(Message!.Embeds!);

    public bool Ephemeral => (Message?.Flags ?? MessageFlags.None).HasFlag(MessageFlags.Ephemeral);
}
