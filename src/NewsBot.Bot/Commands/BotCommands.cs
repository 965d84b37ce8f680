using NewsBot.Bot.Conversation;
using NewsBot.Core.Answers;

namespace NewsBot.Bot.Commands;

/// <summary>The commands NewsBot offers (the adapter registers them by bulk overwrite, so commands removed here disappear).</summary>
public static class BotCommands
{
    public const string Ask = "ask";
    public const string Recent = "recent";
    public const string Sources = "sources";
    public const string Help = "help";
    public const string Reindex = "reindex";

    /// <summary>Most lines <c>/recent</c> shows per page.</summary>
    public const int MaxRecentCount = 25;

    /// <summary>Every command definition.</summary>
    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new(Ask, "Answer a news question with quotes from indexed articles, with their sources.",
        [
            new("question", "Your question, in plain words.", ParameterKind.Text) { Required = true, MinLength = 1, MaxLength = AskBounds.MaxQuestionLength },
            SourceOption("Only quote this outlet."),
            DaysOption("Only quote articles from the last N days."),
            new("private", "Show the answer only to you.", ParameterKind.Boolean),
        ]),
        new(Recent, "The newest indexed articles, one line each.",
        [
            new("topic", "Only articles about these words.", ParameterKind.Text) { MaxLength = 200 },
            SourceOption("Only this outlet."),
            DaysOption("Only the last N days."),
            new("count", "Lines per page (1-25, default 10).", ParameterKind.Integer) { Min = 1, Max = MaxRecentCount },
        ]),
        new(Sources, "The outlets in the index, with article counts and dates.", []),
        new(Help, "What NewsBot does and how to ask it.", []),
        new(Reindex, "Admins: refresh the index from the configured sources.",
        [
            new("full", "Rebuild the whole index instead of adding what is new.", ParameterKind.Boolean),
            new("allow_shrink", "With full: swap in the rebuilt index even if it is empty or holds under half of today's articles.", ParameterKind.Boolean),
        ])
        {
            AdminOnly = true,
            ServerOnly = true,
        },
    ];

    private static CommandParameter SourceOption(string description)
        => new("source", description, ParameterKind.Text) { Suggested = true, MaxLength = 100 };

    private static CommandParameter DaysOption(string description)
        => new("days", description, ParameterKind.Integer) { Min = 1, Max = AskBounds.MaxDays };
}
