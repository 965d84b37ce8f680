using NewsBot.Evaluation;

namespace NewsBot.CommandLine;

/// <summary>Where <c>newsbot eval</c>'s results go: the terminal, a JSON document, a details file.</summary>
internal static class EvalOutput
{
    /// <summary>Writes the per-question lines to <c>--details FILE</c>, when asked for.</summary>
    public static async Task WriteDetailsAsync(EvalSettings settings, Action<Stream> write)
    {
        if (settings.Details is { } detailsFile)
        {
            await using var file = File.Create(detailsFile.FullName);
            write(file);
        }
    }

    /// <summary>
    /// Prints the figures, or writes them as JSON: to standard output alone for a bare <c>--json</c>, to the file for
    /// <c>--json FILE</c> beside the printed figures.
    /// </summary>
    public static async Task<int> WriteFiguresAsync(CliConsole console, EvalSettings settings, Action<Stream> writeJson, Action<TextWriter, bool> print)
    {
        if (settings.Json && settings.JsonPath is null)
        {
            using var stdout = new MemoryStream();
            writeJson(stdout);
            console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            return ExitCodes.Success;
        }

        print(console.Out, console.Interactive);
        if (settings.JsonPath is { } path)
        {
            await using var file = File.Create(path);
            writeJson(file);
        }

        return ExitCodes.Success;
    }
}
