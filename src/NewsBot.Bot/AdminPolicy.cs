using Microsoft.Extensions.Options;
using NewsBot.Bot.Conversation;

namespace NewsBot.Bot;

/// <summary>
/// Decides who may run admin commands. The platform hides <c>/reindex</c> from members who cannot manage the server
/// by default, but server owners can change that, so the bot checks again on its own side.
/// </summary>
public sealed class AdminPolicy(IOptions<BotOptions> options)
{
    /// <summary>
    /// True when the member is named in <c>Bot:AdminUserIds</c>, holds a role in <c>Bot:AdminRoleIds</c>, or manages
    /// one of the servers in <c>Bot:AdminGuildIds</c> (Manage Server elsewhere does not count: any server can invite the
    /// bot, but the index is the operator's).
    /// </summary>
    public bool IsAdmin(Asker asker)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var settings = options.Value;
        return settings.AdminUserIds.Contains(asker.UserId)
            || asker.RoleIds.Any(settings.AdminRoleIds.Contains)
            || (asker.ManagesServer && asker.GuildId is { } guild && settings.AdminGuildIds.Contains(guild));
    }
}
