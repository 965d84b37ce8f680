using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Tests.Fakes;

/// <summary>The chat platform as a recorder: every response and message in order, with what it carried; optionally failing calls of one kind.</summary>
internal sealed class RecordingChat : IInteractionResponder, IChannelMessenger
{
    private readonly object _gate = new();
    private readonly List<ChatCall> _calls = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextMessageId = 600;

    /// <summary>When set, calls of this kind throw instead of being recorded.</summary>
    public string? FailKind { get; set; }

    public IReadOnlyList<ChatCall> Calls
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

    public ChatCall Single(string kind) => Assert.Single(Calls, call => call.Kind == kind);

    public Task ReplyAsync(Reply reply, CancellationToken cancellationToken) => Record(new ChatCall("reply", 0, reply, null));

    public Task DeferAsync(bool isPrivate, CancellationToken cancellationToken) => Record(new ChatCall("defer", 0, new Reply { Private = isPrivate }, null));

    public Task UpdateClickedAsync(Reply reply, CancellationToken cancellationToken) => Record(new ChatCall("update", 0, reply, null));

    public Task SuggestAsync(IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken) => Record(new ChatCall("suggest", 0, null, suggestions));

    public Task EditOriginalAsync(Reply reply, CancellationToken cancellationToken) => Record(new ChatCall("edit", 0, reply, null));

    public Task DeleteOriginalAsync(CancellationToken cancellationToken) => Record(new ChatCall("delete", 0, null, null));

    public Task FollowUpAsync(Reply reply, CancellationToken cancellationToken) => Record(new ChatCall("followup", 0, reply, null));

    public async Task<ulong> ReplyToAsync(MentionRequest mention, Reply reply, CancellationToken cancellationToken)
    {
        await Record(new ChatCall("send", mention.MessageId, reply, null));
        return (ulong)Interlocked.Increment(ref _nextMessageId);
    }

    public Task EditAsync(ulong channelId, ulong messageId, Reply reply, CancellationToken cancellationToken)
        => Record(new ChatCall("edit-message", messageId, reply, null));

    /// <summary>Waits until the recorded calls satisfy <paramref name="condition"/> (for work that finishes in the background).</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<ChatCall>, bool> condition)
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

    private Task Record(ChatCall call)
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

/// <summary>One call to the chat platform.</summary>
/// <param name="Kind">reply, defer, update, suggest, edit, delete, followup (answers to a request); send, edit-message (mentions).</param>
/// <param name="Target">For send, the message replied to; for edit-message, the message edited; else 0.</param>
/// <param name="Reply">What was sent or edited in (for defer, only whether it is private).</param>
/// <param name="Suggestions">The suggestions, for suggest.</param>
internal sealed record ChatCall(string Kind, ulong Target, Reply? Reply, IReadOnlyList<Suggestion>? Suggestions)
{
    public Card Card => Assert.Single(Reply!.Cards!);

    public bool Ephemeral => Reply?.Private ?? false;
}
