namespace NewsBot.CommandLine;

/// <summary>Where a verb writes: results to <see cref="Out"/>, errors and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output: the answer, the list, the summary.</param>
/// <param name="Error">Standard error: one-line errors and plain progress lines.</param>
/// <param name="Interactive">True in a terminal: progress bars and styled text; false when piped or under test: plain lines.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool Interactive)
{
    /// <summary>Standard output, through a <see cref="TerminalSafeWriter"/>: no control character from an article or a name reaches the terminal.</summary>
    public TextWriter Out { get; init; } = new TerminalSafeWriter(Out);

    /// <summary>Standard error, through a <see cref="TerminalSafeWriter"/> too.</summary>
    public TextWriter Error { get; init; } = new TerminalSafeWriter(Error);

    /// <summary>The process's own console; interactive when both streams go to a terminal.</summary>
    public static CliConsole System { get; } = new(
        global::System.Console.Out,
        global::System.Console.Error,
        !global::System.Console.IsOutputRedirected && !global::System.Console.IsErrorRedirected);

    /// <summary>Writes a one-line error, prefixed so it stands out among log lines.</summary>
    public void WriteError(string message) => Error.WriteLine($"newsbot: {message}");
}
