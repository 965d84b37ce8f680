using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>One option a member filled in; <see cref="Value"/> and <see cref="Options"/> exclude each other (subcommands nest).</summary>
public sealed record InteractionDataOption
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    /// <summary>Option type: 3 string, 4 integer, 5 boolean, 10 number, 1/2 subcommand (group).</summary>
    [JsonPropertyName("type")] public int Type { get; init; }
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }
    [JsonPropertyName("options")] public IReadOnlyList<InteractionDataOption> Options { get => field ?? []; init; } = [];
    /// <summary>True on the option being typed, in autocomplete interactions.</summary>
    [JsonPropertyName("focused")] public bool Focused { get; init; }
}
