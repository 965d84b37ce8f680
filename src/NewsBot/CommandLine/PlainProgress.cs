using System.Globalization;
using NewsBot.Core.Indexing;

namespace NewsBot.CommandLine;

/// <summary>
/// Progress as plain lines, for a run that is not at a terminal (piped, or written to a log). One line per stage, as
/// soon as it says how many it counts (a source's articles are known once it is read), or when the stage ends without
/// a count; then, while a counted stage goes on, a line at every tenth of the way or every 30 seconds, whichever comes
/// first, with the rate and the time left, so a long pass (the sentence vectors of a large index) is never silent for
/// minutes and every line says what it means.
/// </summary>
internal sealed class PlainProgress(TextWriter writer, TimeProvider time) : IProgress<IndexProgress>
{
    /// <summary>The longest a counted stage goes without a line.</summary>
    public static readonly TimeSpan Pace = TimeSpan.FromSeconds(30);

    private const int Steps = 10;

    private IndexProgress? _pending;
    private string? _written;
    private long _started;
    private int _doneAtStart;
    private long _lastLine;
    private long _lastStep;

    public void Report(IndexProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (writer)
        {
            if (value.Stage == _written)
            {
                WriteSteady(value);
                return;
            }

            if (_pending is { } pending && pending.Stage != value.Stage)
            {
                Write(pending);
            }

            _pending = value;
            if (value.Total is not null)
            {
                Write(value);
            }
        }
    }

    /// <summary>Writes the last stage if it never said its count (a source that could not be read).</summary>
    public void Finish()
    {
        lock (writer)
        {
            if (_pending is { } pending)
            {
                Write(pending);
            }
        }
    }

    private void Write(IndexProgress value)
    {
        writer.WriteLine(ProgressDisplay.Line(value));
        _written = value.Stage;
        _pending = null;
        _started = _lastLine = time.GetTimestamp();
        _doneAtStart = value.Done;
        _lastStep = StepOf(value);
    }

    private void WriteSteady(IndexProgress value)
    {
        if (value.Total is not { } total || total <= 0)
        {
            return;
        }

        var now = time.GetTimestamp();
        var step = StepOf(value);
        if (step <= _lastStep && time.GetElapsedTime(_lastLine, now) < Pace)
        {
            return;
        }

        _lastStep = Math.Max(step, _lastStep);
        _lastLine = now;
        var unit = value.Unit;
        var line = string.Create(CultureInfo.InvariantCulture, $"{value.Stage}: {value.Done:N0} of {total:N0} {unit} ({100L * value.Done / total}%)");
        var elapsed = time.GetElapsedTime(_started, now).TotalSeconds;
        var rate = elapsed > 0 ? (value.Done - _doneAtStart) / elapsed : 0;
        if (rate > 0)
        {
            line += $", {rate.ToString(rate >= 10 ? "N0" : "N1", CultureInfo.InvariantCulture)} {unit}/s";
            if (value.Done < total)
            {
                line += $", about {Duration(TimeSpan.FromSeconds((total - value.Done) / rate))} left";
            }
        }

        writer.WriteLine(line);
    }

    private static long StepOf(IndexProgress value) => value.Total is > 0 and var total ? (long)value.Done * Steps / total : 0;

    // "45 s", "8 min 34 s", "2 h 5 min": as precise as a person waiting needs.
    private static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min")
        : span.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(span.TotalSeconds))} s");
}
