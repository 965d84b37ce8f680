using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Discord.Gateway;
using NewsBot.Testing.Discord.Rest;
using Xunit.Abstractions;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Discord's mention picker often inserts the bot's managed role (<c>&lt;@&amp;id&gt;</c>, <c>mentions: []</c>,
/// <c>mention_roles: [id]</c>) rather than the bot's user: such a message is addressed to the bot, as the role's
/// <c>tags.bot_id</c> in GUILD_CREATE says, and is never dropped silently. Without the MESSAGE_CONTENT intent the
/// stand-in, like Discord, delivers such a message without its text, so the bot can only point to <c>/ask</c>.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class RoleMentionEndToEndTests(ITestOutputHelper output) : EndToEndTest(output)
{
    internal static StandInGuild Newsroom => ServeFixture.Guild;

    [Fact]
    public async Task A_mention_of_the_bots_managed_role_without_the_content_intent_gets_a_pointer_to_ask()
    {
        var reply = await MentionRoleAsync(Bot);

        Assert.Contains("/ask question:", (string)reply["content"]!, StringComparison.Ordinal);
    }

    /// <summary>Posts a question mentioning the bot's managed role; returns the bot's reply to it.</summary>
    internal static async Task<JsonObject> MentionRoleAsync(ServeFixture bot)
    {
        var role = Newsroom.BotRoleId.ToString(CultureInfo.InvariantCulture);
        var question = await bot.PostMessageAsync($"<@&{role}> {EndToEndArticles.CooperationQuestion}", ServeFixture.Asker, false, [], [role]);
        var sent = await bot.StandIn.WaitForRequestAsync(request => request.Route == StandInRoutes.CreateMessage, TimeSpan.FromSeconds(30));
        var reply = (JsonObject)sent.Json!;
        Assert.Equal(question, (string)reply["message_reference"]!["message_id"]!);
        return reply;
    }
}

/// <summary>With the MESSAGE_CONTENT intent, a mention of the bot's managed role is answered like a mention of the bot.</summary>
[Collection(ServeCollection.Name)]
public sealed class RoleMentionWithContentEndToEndTests(ITestOutputHelper output) : EndToEndTest(output)
{
    // GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT.
    internal override void Settings(Dictionary<string, string?> settings) => settings["Discord:Intents"] = "37377";

    internal override void Prepare(DiscordStandIn standIn)
    {
        // MESSAGE_CONTENT is privileged: enabled for the application, as an operator does in the Developer Portal.
        standIn.Gateway.AllowedPrivilegedIntents = 1 << 15;
    }

    [Fact]
    public async Task A_mention_of_the_bots_managed_role_is_answered_like_a_mention_of_the_bot()
    {
        var reply = await RoleMentionEndToEndTests.MentionRoleAsync(Bot);

        Assert.Contains("work together", ((string)reply["embeds"]![0]!["description"]!).Replace("**", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
