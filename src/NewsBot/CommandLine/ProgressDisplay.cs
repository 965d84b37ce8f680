using System.Globalization;
using NewsBot.Core.Indexing;
using Spectre.Console;

namespace NewsBot.CommandLine;

/// <summary>Shows index progress: a Spectre.Console progress bar in a terminal, plain lines on stderr otherwise.</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with a progress bar, or plain lines at a steady pace on the clock of <paramref name="time"/> (the system's by default).</summary>
    public static async Task<T> RunAsync<T>(CliConsole console, Func<IProgress<IndexProgress>, Task<T>> work, TimeProvider? time = null)
    {
        if (!console.Interactive)
        {
            var plain = new PlainProgress(console.Error, time ?? TimeProvider.System);
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
