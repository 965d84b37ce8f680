namespace NewsBot.Discord.Gateway;

/// <summary>
/// Protocol constants of the gateway client, with Discord's values as defaults. Not configuration: tests shorten
/// the windows so limits can be exercised quickly.
/// </summary>
internal sealed record GatewaySettings
{
    /// <summary>Discord's limit for a payload we send.</summary>
    public const int MaxPayloadBytes = 4096;

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Resume attempts in a row that may fail to reach RESUMED before the shard identifies afresh.</summary>
    public int MaxFailedResumes { get; init; } = 3;
    public int SendLimit { get; init; } = 120;
    public TimeSpan SendWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Library name sent as <c>browser</c> and <c>device</c> in Identify.</summary>
    public string LibraryName { get; init; } = "NewsBot.Discord";
}
