using System.Text.RegularExpressions;
using Discord;
using Discord.WebSocket;
using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Discord.Inbound;

/// <summary>
/// Which Discord messages address the bot, and the question in them: a message from a person (not a bot, the bot
/// itself included, nor a webhook) that mentions the bot or its managed role in that guild, without that mention.
/// Discord's mention picker often inserts the bot's managed role (the role whose <c>tags.bot_id</c> is the bot)
/// rather than its user, so a mention of that role is a mention of the bot.
/// </summary>
public static partial class DiscordMentions
{
    /// <summary>The mention request in <paramref name="message"/>, or null when it is not for the bot (<paramref name="botId"/> null: not ready yet).</summary>
    public static MentionRequest? From(SocketMessage message, ulong? botId)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Every message in the bot's guilds comes here: most mention nobody, and are passed over before the roles are read.
        if (botId is not { } bot || message.Author is not { IsBot: false, IsWebhook: false } author || message.Source != MessageSource.User
            || (message.MentionedUserIds.Count == 0 && message.MentionedRoleIds.Count == 0))
        {
            return null;
        }

        var guild = (message.Channel as SocketGuildChannel)?.Guild;
        var botRole = guild?.Roles.FirstOrDefault(role => role.Tags?.BotId == bot)?.Id;
        if (!message.MentionedUserIds.Contains(bot) && !(botRole is { } role && message.MentionedRoleIds.Contains(role)))
        {
            return null;
        }

        var asker = new Asker(author.Id, guild?.Id, message.Channel.Id, DiscordRequests.Roles(author as IGuildUser, guild?.Id), ManagesServer: false);
        return new MentionRequest(asker, message.Id, message.Channel.Id, StripMention(message.Content, bot, botRole));
    }

    /// <summary>
    /// The message's text without the bot's mentions (<c>&lt;@id&gt;</c>, the older <c>&lt;@!id&gt;</c>, or its role's
    /// <c>&lt;@&amp;id&gt;</c>), trimmed.
    /// </summary>
    public static string StripMention(string content, ulong botId, ulong? botRoleId = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bot = botId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var role = botRoleId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = MentionPattern().Replace(content, match =>
            (match.Groups["role"].Success ? role : bot) == match.Groups["id"].Value ? " " : match.Value);
        return MultipleSpaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"<@(?:!|(?<role>&))?(?<id>\d+)>", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex MultipleSpaces();
}
