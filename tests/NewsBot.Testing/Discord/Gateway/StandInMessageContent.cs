using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord.Gateway;

/// <summary>
/// Discord's MESSAGE_CONTENT rule (gateway docs, "Message Content Intent"): a session without the privileged intent
/// (1 &lt;&lt; 15) gets messages with <c>content</c>, <c>embeds</c>, <c>attachments</c>, <c>components</c> and
/// <c>poll</c> emptied, except direct messages, messages that mention the bot, and the bot's own.
/// </summary>
internal static class StandInMessageContent
{
    private const int MessageContentIntent = 1 << 15;

    public static string Apply(string eventName, string dataJson, int intents, ulong botUserId)
    {
        if (eventName is not ("MESSAGE_CREATE" or "MESSAGE_UPDATE") || (intents & MessageContentIntent) != 0
            || JsonNode.Parse(dataJson) is not JsonObject message)
        {
            return dataJson;
        }

        var bot = botUserId.ToString(CultureInfo.InvariantCulture);
        var direct = message["guild_id"] is null;
        var own = (string?)message["author"]?["id"] == bot;
        var mentioned = message["mentions"] is JsonArray mentions && mentions.Any(m => (string?)m?["id"] == bot);
        if (direct || own || mentioned)
        {
            return dataJson;
        }

        message["content"] = string.Empty;
        message["embeds"] = new JsonArray();
        message["attachments"] = new JsonArray();
        message["components"] = new JsonArray();
        message.Remove("poll");
        return message.ToJsonString();
    }
}
