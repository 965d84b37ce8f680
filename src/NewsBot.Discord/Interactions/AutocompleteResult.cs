using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Interactions;

/// <summary>The suggestions answering an autocomplete interaction (response type 8); at most 25.</summary>
public sealed record AutocompleteResult([property: JsonPropertyName("choices")] IReadOnlyList<CommandOptionChoice> Choices)
    : InteractionCallbackData;

/// <summary>A choice of a command option, or an autocomplete suggestion: a shown name and the value sent back.</summary>
public sealed record CommandOptionChoice(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] JsonElement Value)
{
    /// <summary>A choice with a string value.</summary>
    public static CommandOptionChoice String(string name, string value) => new(name, JsonSerializer.SerializeToElement(value, ChoiceJson.Default.String));

    /// <summary>A choice with an integer value.</summary>
    public static CommandOptionChoice Integer(string name, long value) => new(name, JsonSerializer.SerializeToElement(value, ChoiceJson.Default.Int64));

    /// <summary>A choice with a number value.</summary>
    public static CommandOptionChoice Number(string name, double value) => new(name, JsonSerializer.SerializeToElement(value, ChoiceJson.Default.Double));
}

[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
internal sealed partial class ChoiceJson : JsonSerializerContext;
