using System.CommandLine;
using System.Text.Json;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;

namespace NewsBot.CommandLine;

/// <summary><c>newsbot ask "QUESTION"</c>: quotes the indexed passages that answer a question.</summary>
internal static class AskCommand
{
    public static Command Create(CliContext context)
    {
        var console = context.Console;
        var question = QuestionArgument.Create();
        var source = new Option<string?>("--source") { Description = "Only quote this outlet." };
        var days = NumberOptions.Create("--days", "Only quote articles published in the last N days.", "a positive whole number of days");
        var json = new Option<bool>("--json") { Description = "Print the whole answer as JSON (every quote, offsets, citations)." };
        var command = new Command("ask", "Answer a question by quoting indexed articles, with their sources.")
        {
            question, source, days, json,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new AskRequest(
                string.Join(' ', parse.GetValue(question) ?? []),
                parse.GetValue(source),
                parse.GetValue(days));
            return RunAsync(context, request, parse.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static Task<int> RunAsync(CliContext context, AskRequest request, bool json, CancellationToken cancellationToken)
        => VerbRunner.RunAsync(context, async (services, token) =>
        {
            var console = context.Console;
            if (AskingService.Problem(request, "--days") is { } problem)
            {
                console.WriteError(problem);
                return ExitCodes.BadInput;
            }

            // Asked once before the index is ensured, so an unaskable question never triggers a first build.
            var asking = services.Get<AskingService>();
            var answer = await asking.AskAsync(request, token).ConfigureAwait(false);
            if (answer.Outcome == AnswerOutcome.Rejected)
            {
                console.WriteError(answer.Problem ?? "this question cannot be asked.");
                return ExitCodes.BadInput;
            }

            var built = await FirstUse.EnsureIndexAsync(console, services, token).ConfigureAwait(false);
            var recovery = services.Get<IIndexHealthCheck>().Recovery;
            if (built is not null)
            {
                answer = await asking.AskAsync(request, token).ConfigureAwait(false);
            }

            FirstUse.PrintNewRecovery(console, services, recovery);

            if (json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(answer, CliJsonContext.Default.Answer));
            }
            else
            {
                AnswerPrinter.Print(console, answer, context.Verbose);
            }

            return ExitCodes.Success;
        }, cancellationToken);
}
