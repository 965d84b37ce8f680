using System.Text.Json.Serialization;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// A command definition as registered by bulk overwrite. Names are lowercase, 1–32 characters matching
/// <see cref="DiscordLimits.CommandNamePattern"/>; descriptions 1–100 characters; at most 25 options.
/// </summary>
public sealed record ApplicationCommand
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    /// <summary>Required for slash commands; empty for user and message commands.</summary>
    [JsonPropertyName("description")] public string Description { get; init; } = string.Empty;
    [JsonPropertyName("type")] public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;
    [JsonPropertyName("options")] public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    /// <summary>Permission bit set as a decimal string members need by default ("32" = Manage Server, "0" = admins only); null = everyone.</summary>
    [JsonPropertyName("default_member_permissions")] public string? DefaultMemberPermissions { get; init; }
    /// <summary>Where the command may be used: 0 guild, 1 bot DM, 2 private channel. Null = Discord's default (all).</summary>
    [JsonPropertyName("contexts")] public IReadOnlyList<int>? Contexts { get; init; }
    /// <summary>Installation types: 0 guild install, 1 user install. Null = Discord's default ([0]).</summary>
    [JsonPropertyName("integration_types")] public IReadOnlyList<int>? IntegrationTypes { get; init; }
    [JsonPropertyName("nsfw")] public bool? Nsfw { get; init; }
}

/// <summary>A command as Discord returns it after registration: the definition plus its ids.</summary>
public sealed record RegisteredCommand
{
    [JsonPropertyName("id")] public required Models.Snowflake Id { get; init; }
    [JsonPropertyName("application_id")] public Models.Snowflake ApplicationId { get; init; }
    [JsonPropertyName("guild_id")] public Models.Snowflake? GuildId { get; init; }
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("description")] public string Description { get; init; } = string.Empty;
    [JsonPropertyName("type")] public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;
    [JsonPropertyName("version")] public Models.Snowflake? Version { get; init; }
}

/// <summary>Kinds of application command.</summary>
public enum ApplicationCommandType
{
    /// <summary>A slash command.</summary>
    ChatInput = 1,
    /// <summary>A command in a user's context menu.</summary>
    User = 2,
    /// <summary>A command in a message's context menu.</summary>
    Message = 3,
}

/// <summary>An option (parameter or subcommand) of a command.</summary>
public sealed record ApplicationCommandOption
{
    [JsonPropertyName("type")] public required ApplicationCommandOptionType Type { get; init; }
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("description")] public required string Description { get; init; }
    /// <summary>Required options must come before optional ones.</summary>
    [JsonPropertyName("required")] public bool? Required { get; init; }
    /// <summary>Fixed choices, at most 25; excludes <see cref="Autocomplete"/>.</summary>
    [JsonPropertyName("choices")] public IReadOnlyList<CommandOptionChoice>? Choices { get; init; }
    /// <summary>Options of a subcommand or subcommand group.</summary>
    [JsonPropertyName("options")] public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    [JsonPropertyName("min_value")] public double? MinValue { get; init; }
    [JsonPropertyName("max_value")] public double? MaxValue { get; init; }
    [JsonPropertyName("min_length")] public int? MinLength { get; init; }
    [JsonPropertyName("max_length")] public int? MaxLength { get; init; }
    /// <summary>Whether Discord asks the bot for suggestions as the member types.</summary>
    [JsonPropertyName("autocomplete")] public bool? Autocomplete { get; init; }
}

/// <summary>Types of command options.</summary>
public enum ApplicationCommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}
