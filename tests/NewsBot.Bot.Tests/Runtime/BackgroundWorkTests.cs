using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Runtime;

namespace NewsBot.Bot.Tests.Runtime;

public sealed class BackgroundWorkTests
{
    [Fact]
    public async Task Draining_waits_for_work_in_flight_and_refuses_new_work()
    {
        using var work = Create();
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
        using var work = Create();
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
        using var work = Create();

        Assert.True(work.TryStart("broken", _ => throw new InvalidOperationException("boom")));
        await work.DrainAsync(CancellationToken.None);

        Assert.Equal(0, work.Count);
    }

    [Fact]
    public async Task Work_beyond_the_cap_is_refused_as_busy_and_admitted_again_once_some_finishes()
    {
        using var work = Create(maxInFlight: 1);
        var release = new TaskCompletionSource();
        var done = new TaskCompletionSource();

        Assert.Equal(WorkAdmission.Started, work.TryAdmit("first", async _ =>
        {
            await release.Task;
            done.SetResult();
        }));
        Assert.Equal(WorkAdmission.Busy, work.TryAdmit("second", _ => Task.CompletedTask));
        release.SetResult();
        await done.Task;
        await work.DrainAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, work.Count);
        Assert.Equal(WorkAdmission.ShuttingDown, work.TryAdmit("after shutdown began", _ => Task.CompletedTask));
    }

    [Fact]
    public void Essential_work_is_started_even_at_the_cap()
    {
        using var work = Create(maxInFlight: 1);
        var release = new TaskCompletionSource();
        work.TryAdmit("answer", _ => release.Task);

        Assert.True(work.TryStart("command registration", _ => Task.CompletedTask));
        release.SetResult();
    }

    private static BackgroundWork Create(int maxInFlight = 32)
        => new(NullLogger<BackgroundWork>.Instance, Options.Create(new BotOptions { MaxWorkInFlight = maxInFlight }));
}
