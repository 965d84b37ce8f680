using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Discord.Runtime;

/// <summary>
/// Where each command is registered. Member commands go globally (or to each of <c>Bot:DevelopmentGuildIds</c>).
/// Admin commands go where someone can run them: everywhere when <c>Bot:AdminUserIds</c> or <c>Bot:AdminRoleIds</c>
/// name admins (they may be in any server), else only in <c>Bot:AdminGuildIds</c>, the only servers where Manage
/// Server makes an admin, so other servers never see <c>/reindex</c>.
/// </summary>
public static class CommandScopes
{
    /// <summary>One bulk overwrite per scope (null: global), each with every command that scope offers.</summary>
    public static IReadOnlyList<CommandScope> Plan(BotOptions options, IReadOnlyList<CommandDefinition> commands)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(commands);
        var member = commands.Where(command => !command.AdminOnly).ToList();
        var admin = commands.Where(command => command.AdminOnly).ToList();
        var everywhere = options.AdminUserIds.Count > 0 || options.AdminRoleIds.Count > 0;
        var adminGuilds = options.AdminGuildIds.ToHashSet();
        var plan = new List<CommandScope>();
        if (options.DevelopmentGuildIds.Count == 0)
        {
            plan.Add(new CommandScope(null, everywhere ? [.. member, .. admin] : member));
        }
        else
        {
            plan.AddRange(options.DevelopmentGuildIds.Distinct().Select(guild =>
                new CommandScope(guild, everywhere || adminGuilds.Contains(guild) ? [.. member, .. admin] : member)));
        }

        if (!everywhere && admin.Count > 0)
        {
            // A guild overwrite replaces that guild's commands, so a development guild already planned is not written twice.
            plan.AddRange(adminGuilds.Where(guild => !options.DevelopmentGuildIds.Contains(guild))
                .Select(guild => new CommandScope(guild, admin)));
        }

        return plan;
    }
}

/// <summary>One bulk overwrite: the commands a scope offers.</summary>
/// <param name="Guild">The guild, or null for the global commands.</param>
/// <param name="Commands">Every command of that scope (an overwrite removes the others).</param>
public sealed record CommandScope(ulong? Guild, IReadOnlyList<CommandDefinition> Commands);
