using System.CommandLine;

namespace NewsBot.CommandLine;

/// <summary>The <c>newsbot</c> command line: one verb per job, each with its own help.</summary>
internal static class NewsBotCommandLine
{
    /// <summary>Shows log lines and internal detail; on every verb.</summary>
    private static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Also show log lines and internal detail (article ids, character offsets).",
        Recursive = true,
    };

    public static RootCommand Create(CliContext context) => new("NewsBot: answers political-news questions by quoting indexed articles verbatim, with their sources.")
    {
        Verbose,
        AskCommand.Create(context),
        RecentCommand.Create(context),
        SourcesCommand.Create(context),
        ReindexCommand.Create(context),
        ServeCommand.Create(context),
        EvalCommand.Create(context),
    };

    public static Task<int> InvokeAsync(string[] args) => InvokeAsync(args, CliContext.System, CancellationToken.None);

    /// <summary>Parses and runs; a command line that does not parse prints its errors and returns <see cref="ExitCodes.BadInput"/>.</summary>
    public static async Task<int> InvokeAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var console = context.Console;
        var parse = Create(context).Parse(args);
        if (parse.Errors.Count > 0)
        {
            var (messages, suggested) = ParseErrorMessages.Of(parse);
            foreach (var message in messages)
            {
                console.WriteError(message);
            }

            if (suggested)
            {
                // The near name is the likely fix; a page of help under it would bury it.
                return ExitCodes.BadInput;
            }

            // The verb's own help follows, on the error stream, so the usage is in front of the person who got it wrong.
            string[] help = parse.CommandResult.Command is RootCommand ? ["--help"] : [parse.CommandResult.Command.Name, "--help"];
            console.Error.WriteLine();
            await Create(context).Parse(help).InvokeAsync(new InvocationConfiguration { Output = console.Error, Error = console.Error }, cancellationToken).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (parse.GetValue(Verbose))
        {
            // The verbs read the context when they run, so they are built again around a verbose one.
            parse = Create(context with { Verbose = true }).Parse(args);
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, cancellationToken).ConfigureAwait(false);
    }
}
