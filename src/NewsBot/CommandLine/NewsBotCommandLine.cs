using System.CommandLine;

namespace NewsBot.CommandLine;

/// <summary>The <c>newsbot</c> command line: one verb per job, each with its own help.</summary>
internal static class NewsBotCommandLine
{
    public static RootCommand Create(CliContext context) => new("NewsBot: answers political-news questions by quoting indexed articles verbatim, with their sources.")
    {
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
            foreach (var error in parse.Errors)
            {
                console.WriteError(error.Message);
            }

            console.Error.WriteLine("Run 'newsbot --help' for the verbs and their options.");
            return ExitCodes.BadInput;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, cancellationToken).ConfigureAwait(false);
    }
}
