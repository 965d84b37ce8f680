using System.Globalization;

namespace NewsBot.Bot.Discord.Inbound;

/// <summary>The Discord permission bits that make a member an admin of the server for the bot.</summary>
public static class MemberPermissions
{
    /// <summary>ADMINISTRATOR permission bit.</summary>
    public const ulong Administrator = 1UL << 3;

    /// <summary>MANAGE_GUILD ("Manage Server") permission bit.</summary>
    public const ulong ManageGuild = 1UL << 5;

    /// <summary>True when the permissions Discord sent (a decimal bit set, or null outside servers) include Manage Server or Administrator.</summary>
    public static bool ManagesServer(string? permissions)
        => ulong.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            && (bits & (ManageGuild | Administrator)) != 0;
}
