using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>The payload of an interaction: the command and its options, or the clicked component.</summary>
public sealed record InteractionData
{
    /// <summary>Command id (command and autocomplete interactions).</summary>
    [JsonPropertyName("id")] public Snowflake? Id { get; init; }
    /// <summary>Command name (command and autocomplete interactions).</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("type")] public int? Type { get; init; }
    [JsonPropertyName("options")] public IReadOnlyList<InteractionDataOption> Options { get => field ?? []; init; } = [];
    /// <summary>The clicked component's custom id (component interactions).</summary>
    [JsonPropertyName("custom_id")] public string? CustomId { get; init; }
    [JsonPropertyName("component_type")] public int? ComponentType { get; init; }
    [JsonPropertyName("values")] public IReadOnlyList<string> Values { get => field ?? []; init; } = [];
}
