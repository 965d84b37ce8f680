using System.Text.Json;
using NewsBot.Bot.Conversation;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Discord.Inbound;

/// <summary>Reads a Discord interaction as the bot's request: who asked where, and the command, typed option or click.</summary>
public static class DiscordRequests
{
    /// <summary>
    /// The request an interaction carries, or null for kinds the bot does not answer (ping, modals). Its creation
    /// time is the interaction id's, since Discord counts the token's 15 minutes from there.
    /// </summary>
    public static BotRequest? From(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var asker = Asker(interaction);
        var data = interaction.Data;
        BotRequest? request = interaction.Type switch
        {
            InteractionType.ApplicationCommand => new CommandRequest(asker, data?.Name ?? string.Empty, Arguments(data)),
            InteractionType.ApplicationCommandAutocomplete => Suggestion(asker, data),
            InteractionType.MessageComponent => new ButtonClick(asker, data?.CustomId ?? string.Empty),
            _ => null,
        };
        return request is null ? null : request with { CreatedAt = interaction.Id.CreatedAt };
    }

    /// <summary>Who triggered the interaction, with their roles and whether they manage the server.</summary>
    public static Asker Asker(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var member = interaction.Member;
        return new Asker(
            interaction.Invoker?.Id.Value ?? 0,
            interaction.GuildId?.Value,
            interaction.ChannelId?.Value,
            [.. member?.Roles.Select(role => role.Value) ?? []],
            MemberPermissions.ManagesServer(member?.Permissions));
    }

    /// <summary>
    /// The filled-in options as invariant text, tolerating the shapes Discord may send (numbers as strings or
    /// numbers, absent options).
    /// </summary>
    public static CommandArguments Arguments(InteractionData? data)
    {
        if (data is null)
        {
            return CommandArguments.None;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in data.Options)
        {
            if (option.Value is { } value && Text(value) is { } text)
            {
                values[option.Name] = text;
            }
        }

        return new CommandArguments(values);
    }

    private static SuggestionRequest Suggestion(Asker asker, InteractionData? data)
    {
        var focused = data?.Options.FirstOrDefault(option => option.Focused);
        return new SuggestionRequest(asker, data?.Name ?? string.Empty, focused?.Name ?? string.Empty, focused?.Value is { } value ? Text(value) ?? string.Empty : string.Empty);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => bool.TrueString,
        JsonValueKind.False => bool.FalseString,
        _ => null,
    };
}
