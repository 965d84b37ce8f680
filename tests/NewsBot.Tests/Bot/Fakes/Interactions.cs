using System.Text.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Bot.Fakes;

/// <summary>Interactions and messages as the gateway would hand them to the bot.</summary>
internal static class Interactions
{
    public const ulong Asker = 5001;
    public const ulong Other = 5002;
    public const ulong Guild = 7001;
    public const ulong Channel = 7002;

    private static long _next = 9000;

    /// <summary>A slash command with options given as name/value pairs (strings, integers, booleans).</summary>
    public static Interaction Command(string name, ulong user = Asker, string? permissions = "0", params (string Name, object Value)[] options)
        => Create(InteractionType.ApplicationCommand, user, permissions, new InteractionData
        {
            Name = name,
            Options = [.. options.Select(option => new InteractionDataOption { Name = option.Name, Value = JsonSerializer.SerializeToElement(option.Value) })],
        });

    /// <summary>A click on a button with <paramref name="customId"/>.</summary>
    public static Interaction Click(string customId, ulong user = Asker)
        => Create(InteractionType.MessageComponent, user, "0", new InteractionData { CustomId = customId, ComponentType = 2 });

    /// <summary>An autocomplete request while the member types <paramref name="typed"/> into <paramref name="option"/>.</summary>
    public static Interaction Autocomplete(string command, string option, string typed)
        => Create(InteractionType.ApplicationCommandAutocomplete, Asker, "0", new InteractionData
        {
            Name = command,
            Options = [new InteractionDataOption { Name = option, Type = 3, Value = JsonSerializer.SerializeToElement(typed), Focused = true }],
        });

    public static Interaction Create(InteractionType type, ulong user, string? permissions, InteractionData data, IReadOnlyList<Snowflake>? roles = null) => new()
    {
        Id = new Snowflake((ulong)Interlocked.Increment(ref _next)),
        ApplicationId = new Snowflake(1100000000000000002),
        Type = type,
        Data = data,
        GuildId = new Snowflake(Guild),
        ChannelId = new Snowflake(Channel),
        Member = new GuildMember { User = new User { Id = new Snowflake(user), Username = "member" }, Permissions = permissions, Roles = roles ?? [] },
        Token = "interaction-token-" + Interlocked.Increment(ref _next),
    };

    /// <summary>A channel message from <paramref name="author"/> with the given mentions.</summary>
    public static Message Message(string content, ulong author = Asker, bool bot = false, Snowflake? webhook = null, params ulong[] mentions) => new()
    {
        Id = new Snowflake((ulong)Interlocked.Increment(ref _next)),
        ChannelId = new Snowflake(Channel),
        GuildId = new Snowflake(Guild),
        Author = new User { Id = new Snowflake(author), Username = "author", Bot = bot },
        Content = content,
        Mentions = [.. mentions.Select(id => new User { Id = new Snowflake(id), Username = "mentioned" })],
        WebhookId = webhook,
    };
}
