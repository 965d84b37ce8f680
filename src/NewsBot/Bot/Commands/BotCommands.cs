using NewsBot.Discord.Interactions;

namespace NewsBot.Bot.Commands;

/// <summary>The slash commands NewsBot registers (by bulk overwrite, so commands removed here disappear from Discord).</summary>
public static class BotCommands
{
    public const string Ask = "ask";
    public const string Recent = "recent";
    public const string Sources = "sources";
    public const string Help = "help";
    public const string Reindex = "reindex";

    /// <summary>Longest question accepted, in characters (also sent to Discord as the option's <c>max_length</c>).</summary>
    public const int MaxQuestionLength = 500;

    /// <summary>Largest <c>days</c> filter: ten years.</summary>
    public const int MaxDays = 3650;

    /// <summary>Most lines <c>/recent</c> shows per page.</summary>
    public const int MaxRecentCount = 25;

    /// <summary>The "Manage Server" permission bit as Discord wants it: a decimal string.</summary>
    public const string ManageGuildPermission = "32";

    /// <summary>Every command definition.</summary>
    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new()
        {
            Name = Ask,
            Description = "Answer a news question with quotes from indexed articles, with their sources.",
            Options =
            [
                new() { Type = ApplicationCommandOptionType.String, Name = "question", Description = "Your question, in plain words.", Required = true, MinLength = 1, MaxLength = MaxQuestionLength },
                SourceOption("Only quote this outlet."),
                DaysOption("Only quote articles from the last N days."),
                new() { Type = ApplicationCommandOptionType.Boolean, Name = "private", Description = "Show the answer only to you." },
            ],
        },
        new()
        {
            Name = Recent,
            Description = "The newest indexed articles, one line each.",
            Options =
            [
                new() { Type = ApplicationCommandOptionType.String, Name = "topic", Description = "Only articles about these words.", MaxLength = 200 },
                SourceOption("Only this outlet."),
                DaysOption("Only the last N days."),
                new() { Type = ApplicationCommandOptionType.Integer, Name = "count", Description = "Lines per page (1-25, default 10).", MinValue = 1, MaxValue = MaxRecentCount },
            ],
        },
        new() { Name = Sources, Description = "The outlets in the index, with article counts and dates." },
        new() { Name = Help, Description = "What NewsBot does and how to ask it." },
        new()
        {
            Name = Reindex,
            Description = "Admins: refresh the index from the configured sources.",
            DefaultMemberPermissions = ManageGuildPermission,
            Contexts = [0],
            Options =
            [
                new() { Type = ApplicationCommandOptionType.Boolean, Name = "full", Description = "Rebuild the whole index instead of adding what is new." },
            ],
        },
    ];

    private static ApplicationCommandOption SourceOption(string description) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = "source",
        Description = description,
        Autocomplete = true,
        MaxLength = 100,
    };

    private static ApplicationCommandOption DaysOption(string description) => new()
    {
        Type = ApplicationCommandOptionType.Integer,
        Name = "days",
        Description = description,
        MinValue = 1,
        MaxValue = MaxDays,
    };
}
