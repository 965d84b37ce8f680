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
            return await work(new PlainProgress(console.Error)).ConfigureAwait(false);
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

    /// <summary>Writes a line when the stage changes, so a log of a non-interactive run stays short.</summary>
    private sealed class PlainProgress(TextWriter writer) : IProgress<IndexProgress>
    {
        private string? _stage;

        public void Report(IndexProgress value)
        {
            lock (writer)
            {
                if (value.Stage == _stage)
                {
                    return;
                }

                _stage = value.Stage;
                writer.WriteLine(value.Total is { } total ? $"{value.Stage} ({total})" : value.Stage);
            }
        }
    }

    /// <summary>Moves the bar; Spectre's task is thread-safe, so reports from any thread are fine.</summary>
    private sealed class SpectreProgress(ProgressTask task) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            task.Description = Markup.Escape(value.Stage);
            task.MaxValue = Math.Max(1, value.Total ?? 1);
            task.Value = Math.Min(task.MaxValue, value.Total is null ? 0 : value.Done);
        }
    }
}
