using System.Text.Json.Serialization;

namespace NewsBot.Discord.Interactions;

/// <summary>A row of up to five buttons at the bottom of a message (component type 1).</summary>
public sealed record ActionRow
{
    public ActionRow(IReadOnlyList<Button> components) => Components = components;

    public ActionRow(params Button[] components) => Components = components;

    [JsonPropertyName("type")] public int Type => 1;
    [JsonPropertyName("components")] public IReadOnlyList<Button> Components { get; init; }
}

/// <summary>Look and behaviour of a button.</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    /// <summary>Opens <see cref="Button.Url"/>; sends no interaction.</summary>
    Link = 5,
}

/// <summary>
/// A button (component type 2). Styles 1–4 need a <see cref="CustomId"/> that comes back in the click's interaction;
/// <see cref="ButtonStyle.Link"/> needs a <see cref="Url"/> and no custom id.
/// </summary>
public sealed record Button
{
    [JsonPropertyName("type")] public int Type => 2;
    [JsonPropertyName("style")] public required ButtonStyle Style { get; init; }
    [JsonPropertyName("label")] public string? Label { get; init; }
    [JsonPropertyName("custom_id")] public string? CustomId { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("disabled")] public bool? Disabled { get; init; }

    /// <summary>A button that sends an interaction with <paramref name="customId"/> when clicked.</summary>
    public static Button Action(string label, string customId, ButtonStyle style = ButtonStyle.Secondary, bool disabled = false)
        => new() { Style = style, Label = label, CustomId = customId, Disabled = disabled ? true : null };

    /// <summary>A button that opens <paramref name="url"/>.</summary>
    public static Button Link(string label, string url) => new() { Style = ButtonStyle.Link, Label = label, Url = url };
}
