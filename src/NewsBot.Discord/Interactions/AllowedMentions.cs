using System.Text.Json.Serialization;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Which mentions in a message may ping. The client sends <see cref="None"/> unless told otherwise, so quoted text
/// can never ping @everyone, a role or a user.
/// </summary>
public sealed record AllowedMentions
{
    /// <summary>Mentions nobody: <c>{"parse": []}</c>.</summary>
    public static AllowedMentions None { get; } = new();

    /// <summary>Mention types parsed from the content (<c>users</c>, <c>roles</c>, <c>everyone</c>). Empty: none.</summary>
    [JsonPropertyName("parse")] public IReadOnlyList<string> Parse { get; init; } = [];

    /// <summary>Users that may be pinged although <see cref="Parse"/> is empty.</summary>
    [JsonPropertyName("users")] public IReadOnlyList<string>? Users { get; init; }

    /// <summary>Roles that may be pinged although <see cref="Parse"/> is empty.</summary>
    [JsonPropertyName("roles")] public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>Whether a reply pings the author of the message replied to. Default (null) false.</summary>
    [JsonPropertyName("replied_user")] public bool? RepliedUser { get; init; }
}
