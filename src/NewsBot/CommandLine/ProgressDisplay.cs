using System.Globalization;
using NewsBot.Core.Indexing;
using Spectre.Console;

namespace NewsBot.CommandLine;

/// <summary>Shows index progress: a Spectre.Console progress bar in a terminal, plain lines on stderr otherwise.</summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(CliConsole console, Func<IProgress<IndexProgress>, Task<T>> work)
    {
        if (!console.Interactive)
        {
            var plain = new PlainProgress(console.Error);
            try
            {
                return await work(plain).ConfigureAwait(false);
            }
            finally
            {
                plain.Finish();
            }
        }

        return await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: 1);
                var progress = new SpectreProgress(task);
                return await work(progress).ConfigureAwait(false);
            })
            .ConfigureAwait(false);
    }

    /// <summary>What a stage is doing, as a person reads it: "reading corpus.jsonl: 3,000 articles", "analyzing: 2,997 articles".</summary>
    internal static string Line(IndexProgress progress)
        => progress.Total is { } total
            ? string.Create(CultureInfo.InvariantCulture, $"{progress.Stage}: {total:N0} {progress.UnitAfter(total)}")
            : progress.Stage;

    /// <summary>
    /// Writes one line per stage, as soon as it says how many it counts (a source's articles are known once it is read),
    /// or when the stage ends without a count; a log of a non-interactive run stays short and every line says what it means.
    /// </summary>
    private sealed class PlainProgress(TextWriter writer) : IProgress<IndexProgress>
    {
        private IndexProgress? _pending;
        private string? _written;

        public void Report(IndexProgress value)
        {
            lock (writer)
            {
                if (value.Stage == _written)
                {
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
            writer.WriteLine(Line(value));
            _written = value.Stage;
            _pending = null;
        }
    }

    /// <summary>Moves the bar; Spectre's task is thread-safe, so reports from any thread are fine.</summary>
    private sealed class SpectreProgress(ProgressTask task) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            task.Description = Markup.Escape(TerminalText.Line(Line(value)));
            task.MaxValue = Math.Max(1, value.Total ?? 1);
            task.Value = Math.Min(task.MaxValue, value.Total is null ? 0 : value.Done);
        }
    }
}
