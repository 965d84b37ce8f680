using System.Text.RegularExpressions;
using NewsBot.Bot.Conversation;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Discord.Inbound;

/// <summary>
/// Which Discord messages address the bot, and the question in them: a message from a person (not a bot, the bot
/// itself included, nor a webhook) that mentions the bot or its managed role in that guild, without that mention.
/// </summary>
public static partial class DiscordMentions
{
    /// <summary>
    /// The mention request in <paramref name="message"/>, or null when it is not for the bot (<paramref name="botId"/>
    /// null: not ready yet). <paramref name="botRoleId"/> is the bot's managed role in the message's guild, when known.
    /// </summary>
    public static MentionRequest? From(Message message, Snowflake? botId, Snowflake? botRoleId = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (botId is not { } bot || message.Author is not { Bot: false } author || message.WebhookId is not null
            || !(message.Mentions.Any(user => user.Id == bot) || (botRoleId is { } role && message.MentionRoles.Contains(role))))
        {
            return null;
        }

        var asker = new Asker(author.Id.Value, message.GuildId?.Value, message.ChannelId.Value, [.. message.Member?.Roles.Select(role => role.Value) ?? []], ManagesServer: false);
        return new MentionRequest(asker, message.Id.Value, message.ChannelId.Value, StripMention(message.Content, bot, botRoleId));
    }

    /// <summary>
    /// The message's text without the bot's mentions (<c>&lt;@id&gt;</c>, the older <c>&lt;@!id&gt;</c>, or its role's
    /// <c>&lt;@&amp;id&gt;</c>), trimmed.
    /// </summary>
    public static string StripMention(string content, Snowflake botId, Snowflake? botRoleId = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = MentionPattern().Replace(content, match =>
            (match.Groups["role"].Success ? botRoleId?.ToString() : botId.ToString()) == match.Groups["id"].Value ? " " : match.Value);
        return MultipleSpaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"<@(?:!|(?<role>&))?(?<id>\d+)>", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex MultipleSpaces();
}
