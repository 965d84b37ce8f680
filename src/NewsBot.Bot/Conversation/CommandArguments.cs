using System.Globalization;

namespace NewsBot.Bot.Conversation;

/// <summary>
/// The options a member filled in, as invariant text by name (the adapter writes numbers as digits and booleans as
/// <c>true</c>/<c>false</c>); read here, tolerantly: an absent or unreadable option is null.
/// </summary>
public sealed class CommandArguments(IReadOnlyDictionary<string, string> values)
{
    /// <summary>No arguments.</summary>
    public static CommandArguments None { get; } = new(new Dictionary<string, string>());

    /// <summary>A text option, or null when absent or blank.</summary>
    public string? String(string name)
        => values.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>An integer option, or null when absent or not an integer.</summary>
    public long? Integer(string name)
        => values.TryGetValue(name, out var text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>A boolean option, or null when absent.</summary>
    public bool? Boolean(string name)
        => values.TryGetValue(name, out var text) && bool.TryParse(text, out var value) ? value : null;
}
