using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Runtime;

namespace NewsBot.Bot.Tests.Runtime;

public sealed class ThrottledEditsTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly List<string> _sent = [];

    private ThrottledEdits Create(Func<Reply, Task>? edit = null)
        => new((message, _) =>
        {
            lock (_sent)
            {
                _sent.Add(message.Text!);
            }

            return edit?.Invoke(message) ?? Task.CompletedTask;
        }, _time, NullLogger.Instance, CancellationToken.None);

    [Fact]
    public async Task Progress_within_two_seconds_of_the_last_edit_is_skipped()
    {
        var edits = Create();

        Assert.True(edits.TryPost(new Reply { Text = "1" }));
        _time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(edits.TryPost(new Reply { Text = "2" }));
        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True(edits.TryPost(new Reply { Text = "3" }));
        await edits.FinishAsync(new Reply { Text = "done" });

        Assert.Equal(["1", "3", "done"], _sent);
    }

    [Fact]
    public async Task The_final_edit_waits_for_a_slow_progress_edit_and_comes_last()
    {
        var slow = new TaskCompletionSource();
        var edits = Create(message => message.Text == "1" ? slow.Task : Task.CompletedTask);

        edits.TryPost(new Reply { Text = "1" });
        var finish = edits.FinishAsync(new Reply { Text = "done" });
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(edits.TryPost(new Reply { Text = "late" }));
        Assert.False(finish.IsCompleted);
        slow.SetResult();
        await finish;

        Assert.Equal(["1", "done"], _sent);
    }

    [Fact]
    public async Task A_failed_progress_edit_does_not_stop_the_final_one()
    {
        var edits = Create(message => message.Text == "1" ? Task.FromException(new HttpRequestException("lost")) : Task.CompletedTask);

        edits.TryPost(new Reply { Text = "1" });
        await edits.FinishAsync(new Reply { Text = "done" });

        Assert.Equal(["1", "done"], _sent);
    }
}
