using System.Text.Json.Serialization;

namespace NewsBot.Discord.Interactions;

/// <summary>A pop-up form (response type 9): a title and up to five rows, each holding one text input.</summary>
public sealed record ModalPayload(
    [property: JsonPropertyName("custom_id")] string CustomId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("components")] IReadOnlyList<ModalRow> Components) : InteractionCallbackData;

/// <summary>An action row of a modal holding one text input.</summary>
public sealed record ModalRow([property: JsonPropertyName("components")] IReadOnlyList<TextInput> Components)
{
    [JsonPropertyName("type")] public int Type => 1;
}

/// <summary>A text box of a modal (component type 4); style 1 is one line, 2 a paragraph.</summary>
public sealed record TextInput(
    [property: JsonPropertyName("custom_id")] string CustomId,
    [property: JsonPropertyName("label")] string Label)
{
    [JsonPropertyName("type")] public int Type => 4;
    [JsonPropertyName("style")] public int Style { get; init; } = 1;
    [JsonPropertyName("required")] public bool? Required { get; init; }
    [JsonPropertyName("min_length")] public int? MinLength { get; init; }
    [JsonPropertyName("max_length")] public int? MaxLength { get; init; }
    [JsonPropertyName("placeholder")] public string? Placeholder { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
}
