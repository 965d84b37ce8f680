namespace NewsBot.Discord.Gateway;

/// <summary>Gateway intent bits (PROTOCOL.md §5); the three privileged ones must be enabled in the Developer Portal.</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    /// <summary>Privileged.</summary>
    GuildMembers = 1 << 1,
    /// <summary>Privileged.</summary>
    GuildPresences = 1 << 8,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,
    /// <summary>Privileged.</summary>
    MessageContent = 1 << 15,
}
