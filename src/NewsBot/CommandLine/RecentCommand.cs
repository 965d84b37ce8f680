using System.CommandLine;
using System.Text.Json;
using NewsBot.Core.Answers;
using NewsBot.Core.Formatting;
using NewsBot.Core.Indexing;
using NewsBot.Core.Recent;

namespace NewsBot.CommandLine;

/// <summary><c>newsbot recent</c>: the newest articles, and the dated events stated in them.</summary>
internal static class RecentCommand
{
    private const int DefaultLimit = 10;

    public static Command Create(CliContext context)
    {
        var console = context.Console;
        var topic = new Option<string?>("--topic") { Description = "Only articles about these words." };
        var source = new Option<string?>("--source") { Description = "Only this outlet." };
        var days = NumberOptions.Create("--days", "Only the last N days.", "a positive whole number of days");
        var limit = NumberOptions.Create("--limit", "How many articles and how many events to list (default 10).", "a whole number from 1 to 1000");
        var json = new Option<bool>("--json") { Description = "Print the list as JSON." };
        var command = new Command("recent", "List the newest articles and the dated events they state, newest first.")
        {
            topic, source, days, limit, json,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new RecentRequest(parse.GetValue(topic), parse.GetValue(source), parse.GetValue(days), parse.GetValue(limit) ?? DefaultLimit);
            return RunAsync(context, request, parse.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static Task<int> RunAsync(CliContext context, RecentRequest request, bool json, CancellationToken cancellationToken)
        => VerbRunner.RunAsync(context, async (services, token) =>
        {
            var console = context.Console;
            if (request.Limit is < 1 or > 1000)
            {
                console.WriteError("--limit must be between 1 and 1000.");
                return ExitCodes.BadInput;
            }

            if (AskBounds.DaysProblem(request.Days, "--days") is { } daysProblem)
            {
                console.WriteError(daysProblem);
                return ExitCodes.BadInput;
            }

            await FirstUse.EnsureIndexAsync(console, services, token).ConfigureAwait(false);
            var recovery = services.Get<IIndexHealthCheck>().Recovery;
            var recent = await services.Get<IRecentNews>().GetRecentAsync(request, token).ConfigureAwait(false);
            FirstUse.PrintNewRecovery(console, services, recovery);
            if (json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(recent, CliJsonContext.Default.RecentNews));
            }
            else
            {
                Print(console.Out, recent, services.Get<IIndexStatistics>());
            }

            return ExitCodes.Success;
        }, cancellationToken);

    private static void Print(TextWriter output, RecentNews recent, IIndexStatistics statistics)
    {
        if (recent.Articles.Count == 0 && recent.Events.Count == 0 && recent.Expected.Count == 0)
        {
            // Say what the index does hold, so "--days 30" over an archive reads as a filter that went past it; the
            // statistics are read only then.
            var stats = statistics.GetStats();
            output.WriteLine(stats.Newest is { } newest
                ? $"Nothing indexed matches these filters; the index holds {Plural.Count(stats.Articles, "article")} {DisplayFormat.Span(stats.Oldest, newest)}."
                : "Nothing indexed matches these filters.");
            return;
        }

        output.WriteLine("Newest articles:");
        foreach (var article in recent.Articles)
        {
            var citation = article.Citation;
            // Padded to the width of a day, so the outlets stay in one column.
            var day = DisplayFormat.Day(citation.Published).PadRight(10);
            output.WriteLine($"  {day}  {TextFormat.Outlet(citation.Outlet)}  {citation.Title}");
        }

        PrintEvents(output, "Dated events stated in articles:", recent.Events);
        PrintEvents(output, "Expected (dated after the newest article, as the articles foresaw them):", recent.Expected);
    }

    private static void PrintEvents(TextWriter output, string heading, IReadOnlyList<NewsEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(heading);
        foreach (var newsEvent in events)
        {
            output.WriteLine($"  {DisplayFormat.Day(newsEvent.Date)}  \u201C{newsEvent.Sentence}\u201D");
            output.WriteLine($"              \u2014 {TextFormat.Citation(newsEvent.Citation)}");
        }
    }
}
