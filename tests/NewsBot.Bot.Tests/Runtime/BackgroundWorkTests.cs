using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Bot.Runtime;

namespace NewsBot.Bot.Tests.Runtime;

public sealed class BackgroundWorkTests
{
    [Fact]
    public async Task Draining_waits_for_work_in_flight_and_refuses_new_work()
    {
        using var work = new BackgroundWork(NullLogger<BackgroundWork>.Instance);
        var release = new TaskCompletionSource();
        var finished = false;
        Assert.True(work.TryStart("answer", async _ =>
        {
            await release.Task;
            finished = true;
        }));

        var drain = work.DrainAsync(CancellationToken.None);
        Assert.False(work.TryStart("late", _ => Task.CompletedTask));
        Assert.False(drain.IsCompleted);
        release.SetResult();
        await drain;

        Assert.True(finished);
        Assert.Equal(0, work.Count);
    }

    [Fact]
    public async Task Draining_out_of_time_cancels_the_work()
    {
        using var work = new BackgroundWork(NullLogger<BackgroundWork>.Instance);
        var cancelled = new TaskCompletionSource();
        work.TryStart("stuck", async token =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            finally
            {
                cancelled.SetResult();
            }
        });

        await work.DrainAsync(new CancellationToken(canceled: true));

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_throwing_piece_of_work_is_contained_and_draining_still_ends()
    {
        using var work = new BackgroundWork(NullLogger<BackgroundWork>.Instance);

        Assert.True(work.TryStart("broken", _ => throw new InvalidOperationException("boom")));
        await work.DrainAsync(CancellationToken.None);

        Assert.Equal(0, work.Count);
    }
}
