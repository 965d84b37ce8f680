namespace NewsBot.Discord.Interactions;

/// <summary>
/// A payload breaks one of Discord's documented limits and was refused before sending. This is a programmer error
/// of the caller (a renderer must cut text to <see cref="DiscordLimits"/>), so it is thrown rather than returned.
/// </summary>
public sealed class DiscordLimitException : Exception
{
    public DiscordLimitException(string limit, string path, int actual, int allowed)
        : base($"{path} breaks Discord's limit '{limit}': {actual} given, at most {allowed} allowed.")
    {
        Limit = limit;
        Path = path;
        Actual = actual;
        Allowed = allowed;
    }

    public DiscordLimitException(string limit, string path, string problem)
        : base($"{path} breaks Discord's limit '{limit}': {problem}.")
    {
        Limit = limit;
        Path = path;
    }

    /// <summary>The limit broken, named as in <see cref="DiscordLimits"/>, e.g. <c>EmbedDescription</c>.</summary>
    public string Limit { get; }

    /// <summary>Where in the payload, e.g. <c>embeds[0].description</c>.</summary>
    public string Path { get; }

    /// <summary>The size given, when the limit is a size.</summary>
    public int? Actual { get; }

    /// <summary>The largest size allowed, when the limit is a size.</summary>
    public int? Allowed { get; }
}
