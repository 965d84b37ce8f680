using System.Text.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Commands;

/// <summary>Reads the options a member filled in, tolerating the shapes Discord may send (numbers as strings, absent options).</summary>
public static class CommandOptions
{
    /// <summary>A string option, or null when absent or blank.</summary>
    public static string? String(this InteractionData data, string name)
    {
        var value = Find(data, name);
        var text = value?.ValueKind == JsonValueKind.String ? value.Value.GetString() : value?.ToString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>An integer option, or null when absent or not an integer.</summary>
    public static long? Integer(this InteractionData data, string name)
        => Find(data, name) switch
        {
            { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var value) => value,
            { ValueKind: JsonValueKind.String } text when long.TryParse(text.GetString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) => value,
            _ => null,
        };

    /// <summary>A boolean option, or null when absent.</summary>
    public static bool? Boolean(this InteractionData data, string name)
        => Find(data, name) switch
        {
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            _ => null,
        };

    /// <summary>The option being typed in an autocomplete interaction, with what has been typed so far.</summary>
    public static (string Name, string Typed)? Focused(this InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var option = data.Options.FirstOrDefault(option => option.Focused);
        return option is null ? null : (option.Name, option.Value?.ValueKind == JsonValueKind.String ? option.Value.Value.GetString() ?? string.Empty : option.Value?.ToString() ?? string.Empty);
    }

    private static JsonElement? Find(InteractionData data, string name)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Options.FirstOrDefault(option => string.Equals(option.Name, name, StringComparison.Ordinal))?.Value;
    }
}
