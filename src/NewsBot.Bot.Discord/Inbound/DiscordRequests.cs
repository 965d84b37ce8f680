using System.Globalization;
using Discord;
using Discord.WebSocket;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Connection;

namespace NewsBot.Bot.Discord.Inbound;

/// <summary>Reads a Discord.Net interaction as the bot's request: who asked where, and the command, typed option or click.</summary>
public static class DiscordRequests
{
    /// <summary>
    /// The request an interaction carries, or null for kinds the bot does not answer (modals, context-menu commands).
    /// Its creation time is the interaction id's, since Discord counts the token's 15 minutes from there.
    /// </summary>
    public static BotRequest? From(SocketInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var asker = Asker(interaction);
        BotRequest? request = interaction switch
        {
            SocketSlashCommand command => new CommandRequest(asker, command.Data.Name, Arguments(command.Data.Options)),
            SocketAutocompleteInteraction typing => new SuggestionRequest(
                asker, typing.Data.CommandName, typing.Data.Current?.Name ?? string.Empty, Text(typing.Data.Current?.Value) ?? string.Empty),
            SocketMessageComponent click => new ButtonClick(asker, click.Data.CustomId ?? string.Empty),
            _ => null,
        };
        return request is null ? null : request with { CreatedAt = InteractionWindows.CreatedAt(interaction.Id) };
    }

    /// <summary>
    /// Who triggered the interaction, with their roles and whether they manage the server (Manage Server or
    /// Administrator, from the roles the guild gave them, as Discord computes it).
    /// </summary>
    public static Asker Asker(SocketInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var member = interaction.User as SocketGuildUser;
        return new Asker(
            interaction.User?.Id ?? 0,
            interaction.GuildId,
            interaction.ChannelId,
            Roles(member, interaction.GuildId),
            member is not null && (member.GuildPermissions.ManageGuild || member.GuildPermissions.Administrator));
    }

    /// <summary>The member's roles without <c>@everyone</c> (whose id is the guild's), which every member has.</summary>
    public static IReadOnlyList<ulong> Roles(IGuildUser? member, ulong? guildId)
        => member is null ? [] : [.. member.RoleIds.Where(role => role != guildId)];

    /// <summary>The filled-in options as invariant text (numbers, booleans and strings alike).</summary>
    public static CommandArguments Arguments(IEnumerable<SocketSlashCommandDataOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (Text(option.Value) is { } text)
            {
                values[option.Name] = text;
            }
        }

        return new CommandArguments(values);
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? bool.TrueString : bool.FalseString,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
