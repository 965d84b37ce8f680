using Discord;
using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>The bot's command definitions as Discord slash commands.</summary>
public static class DiscordCommands
{
    /// <summary>Every command, as registered.</summary>
    public static ApplicationCommandProperties[] From(IReadOnlyList<CommandDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return [.. definitions.Select(Command)];
    }

    private static ApplicationCommandProperties Command(CommandDefinition definition)
    {
        var builder = new SlashCommandBuilder().WithName(definition.Name).WithDescription(definition.Description);
        if (definition.AdminOnly)
        {
            // Discord hides an admin-only command from members without Manage Server; the bot checks again itself.
            builder.WithDefaultMemberPermissions(GuildPermission.ManageGuild);
        }

        if (definition.ServerOnly)
        {
            builder.WithContextTypes(InteractionContextType.Guild);
        }

        foreach (var parameter in definition.Parameters)
        {
            builder.AddOption(Option(parameter));
        }

        return builder.Build();
    }

    private static SlashCommandOptionBuilder Option(CommandParameter parameter) => new()
    {
        Name = parameter.Name,
        Description = parameter.Description,
        Type = parameter.Kind switch
        {
            ParameterKind.Integer => ApplicationCommandOptionType.Integer,
            ParameterKind.Boolean => ApplicationCommandOptionType.Boolean,
            _ => ApplicationCommandOptionType.String,
        },
        IsRequired = parameter.Required ? true : null,
        MinLength = parameter.MinLength,
        MaxLength = parameter.MaxLength,
        MinValue = parameter.Min,
        MaxValue = parameter.Max,
        IsAutocomplete = parameter.Suggested,
    };
}
