using System.Globalization;
using NewsBot.Bot.Conversation;
using NewsBot.Discord.Interactions;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>The bot's command definitions as Discord slash commands.</summary>
public static class DiscordCommands
{
    /// <summary>Context of a command usable in servers only (guild).</summary>
    private const int GuildContext = 0;

    /// <summary>Every command, as registered.</summary>
    public static IReadOnlyList<ApplicationCommand> From(IReadOnlyList<CommandDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return [.. definitions.Select(Command)];
    }

    private static ApplicationCommand Command(CommandDefinition definition) => new()
    {
        Name = definition.Name,
        Description = definition.Description,
        // Discord hides an admin-only command from members without Manage Server; the bot checks again itself.
        DefaultMemberPermissions = definition.AdminOnly ? Permission(Inbound.MemberPermissions.ManageGuild) : null,
        Contexts = definition.ServerOnly ? [GuildContext] : null,
        Options = definition.Parameters.Count == 0 ? null : [.. definition.Parameters.Select(Option)],
    };

    private static ApplicationCommandOption Option(CommandParameter parameter) => new()
    {
        Type = parameter.Kind switch
        {
            ParameterKind.Integer => ApplicationCommandOptionType.Integer,
            ParameterKind.Boolean => ApplicationCommandOptionType.Boolean,
            _ => ApplicationCommandOptionType.String,
        },
        Name = parameter.Name,
        Description = parameter.Description,
        Required = parameter.Required ? true : null,
        MinLength = parameter.MinLength,
        MaxLength = parameter.MaxLength,
        MinValue = parameter.Min,
        MaxValue = parameter.Max,
        Autocomplete = parameter.Suggested ? true : null,
    };

    private static string Permission(ulong bit) => bit.ToString(CultureInfo.InvariantCulture);
}
