using System.Text.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Discord.Tests;

/// <summary>Interactions and messages as the gateway would hand them to the adapter.</summary>
internal static class Messages
{
    public const ulong Author = 5001;
    public const ulong Guild = 7001;
    public const ulong Channel = 7002;

    private static long _next = 9000;

    /// <summary>A channel message from <paramref name="author"/> with the given mentions.</summary>
    public static Message Create(string content, ulong author = Author, bool bot = false, Snowflake? webhook = null, params ulong[] mentions) => new()
    {
        Id = new Snowflake((ulong)Interlocked.Increment(ref _next)),
        ChannelId = new Snowflake(Channel),
        GuildId = new Snowflake(Guild),
        Author = new User { Id = new Snowflake(author), Username = "author", Bot = bot },
        Content = content,
        Mentions = [.. mentions.Select(id => new User { Id = new Snowflake(id), Username = "mentioned" })],
        WebhookId = webhook,
    };

    /// <summary>An interaction of <paramref name="type"/> from a member with <paramref name="permissions"/> and <paramref name="roles"/>.</summary>
    public static Interaction Interaction(InteractionType type, InteractionData data, string? permissions = "0", IReadOnlyList<Snowflake>? roles = null) => new()
    {
        Id = new Snowflake((ulong)Interlocked.Increment(ref _next)),
        ApplicationId = new Snowflake(1100000000000000002),
        Type = type,
        Data = data,
        GuildId = new Snowflake(Guild),
        ChannelId = new Snowflake(Channel),
        Member = new GuildMember { User = new User { Id = new Snowflake(Author), Username = "member" }, Permissions = permissions, Roles = roles ?? [] },
        Token = "interaction-token-" + Interlocked.Increment(ref _next),
    };

    /// <summary>An option as Discord sends it, its value serialised from <paramref name="value"/>.</summary>
    public static InteractionDataOption Option(string name, object value, bool focused = false)
        => new() { Name = name, Value = JsonSerializer.SerializeToElement(value), Focused = focused };
}
