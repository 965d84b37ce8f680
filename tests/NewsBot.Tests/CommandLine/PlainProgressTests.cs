using Microsoft.Extensions.Time.Testing;
using NewsBot.CommandLine;
using NewsBot.Core.Indexing;

namespace NewsBot.Tests.CommandLine;

public sealed class PlainProgressTests
{
    private const string Stage = "computing sentence vectors";

    private readonly StringWriter _output = new();
    private readonly FakeTimeProvider _time = new();

    private PlainProgress Progress() => new(_output, _time);

    private static IndexProgress Vectors(int done) => new(Stage, done, 1000) { Unit = "sentences" };

    private string[] Lines => _output.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_counted_stage_away_from_a_terminal_says_how_far_it_is_at_every_tenth_with_the_rate_and_the_time_left()
    {
        var progress = Progress();

        progress.Report(Vectors(0));
        for (var done = 1; done <= 1000; done++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            progress.Report(Vectors(done));
        }

        // The first line, then one per tenth: never silent for a tenth of the way.
        Assert.Equal(11, Lines.Length);
        Assert.Equal("computing sentence vectors: 1,000 sentences", Lines[0]);
        Assert.Equal("computing sentence vectors: 500 of 1,000 sentences (50%), 10 sentences/s, about 50 s left", Lines[5]);
        Assert.Equal("computing sentence vectors: 1,000 of 1,000 sentences (100%), 10 sentences/s", Lines[^1]);
    }

    [Fact]
    public void A_slow_stage_writes_a_line_every_30_seconds_between_tenths()
    {
        var progress = Progress();
        progress.Report(Vectors(0));

        _time.Advance(TimeSpan.FromSeconds(29));
        progress.Report(Vectors(5));
        _time.Advance(TimeSpan.FromSeconds(2));
        progress.Report(Vectors(6));

        Assert.Equal(2, Lines.Length);
        Assert.Equal("computing sentence vectors: 6 of 1,000 sentences (0%), 0.2 sentences/s, about 1 h 25 min left", Lines[1]);
    }
}
