using NewsBot.Core.Concurrency;

namespace NewsBot.Core.Tests.Concurrency;

public sealed class ParallelWorkTests
{
    [Fact]
    public void Every_index_is_visited_once()
    {
        var visits = new int[1000];

        ParallelWork.For(visits.Length, i => Interlocked.Increment(ref visits[i]), CancellationToken.None);

        Assert.All(visits, count => Assert.Equal(1, count));
    }

    [Fact]
    public void A_failing_piece_surfaces_as_its_own_exception_not_an_aggregate()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() =>
            ParallelWork.For(100, i => { if (i == 42) { throw new InvalidOperationException("piece 42 broke"); } }, CancellationToken.None));

        Assert.Equal("piece 42 broke", thrown.Message);
    }

    [Fact]
    public void A_cancelled_batch_throws_operation_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ParallelWork.For(100, _ => { }, cancelled.Token));
    }
}
