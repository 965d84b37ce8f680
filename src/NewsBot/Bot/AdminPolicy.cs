using System.Globalization;
using Microsoft.Extensions.Options;

namespace NewsBot.Bot;

/// <summary>
/// Decides who may run admin commands. Discord hides <c>/reindex</c> from members without Manage Server by
/// default, but server owners can change that, so the bot checks again on its own side.
/// </summary>
public sealed class AdminPolicy(IOptions<BotOptions> options)
{
    /// <summary>ADMINISTRATOR permission bit.</summary>
    public const ulong Administrator = 1UL << 3;

    /// <summary>MANAGE_GUILD ("Manage Server") permission bit.</summary>
    public const ulong ManageGuild = 1UL << 5;

    /// <summary>True when the member has Manage Server or Administrator, or is named in <c>Bot:AdminUserIds</c> or holds a role in <c>Bot:AdminRoleIds</c>.</summary>
    /// <param name="userId">The invoking user.</param>
    /// <param name="roleIds">The member's roles (empty in direct messages).</param>
    /// <param name="permissions">The member's permissions as Discord sends them (a decimal bit set), or null outside guilds.</param>
    public bool IsAdmin(ulong userId, IEnumerable<ulong> roleIds, string? permissions)
    {
        ArgumentNullException.ThrowIfNull(roleIds);
        var settings = options.Value;
        if (settings.AdminUserIds.Contains(userId) || roleIds.Any(settings.AdminRoleIds.Contains))
        {
            return true;
        }

        return ulong.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            && (bits & (ManageGuild | Administrator)) != 0;
    }
}
