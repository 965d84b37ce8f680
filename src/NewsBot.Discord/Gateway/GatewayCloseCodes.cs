using System.Collections.Frozen;
using System.Globalization;

namespace NewsBot.Discord.Gateway;

/// <summary>What the shard does after the gateway closed a connection: resume the session, start a new one, or stop.</summary>
internal enum CloseAction
{
    /// <summary>Reconnect to the resume URL and Resume: the session is still good.</summary>
    Resume,

    /// <summary>Forget the session; reconnect to the URL of <c>GET /gateway/bot</c> and Identify.</summary>
    NewSession,

    /// <summary>Retrying cannot help (token, shard, version, intents): stop the client.</summary>
    Stop,
}

/// <summary>What to do after the gateway closed a connection with a given code (PROTOCOL.md §7).</summary>
internal static class GatewayCloseCodes
{
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>The code the client closes with when it wants to keep its session (anything but 1000/1001).</summary>
    public const int KeepSession = 4000;

    /// <summary>
    /// Every code the gateway closes with, and what follows. Source: Discord's gateway docs, "Opcodes and Status
    /// Codes" &gt; "Gateway Close Event Codes" (which codes may reconnect at all; 4007 and 4009 say to start a new
    /// session), and discord.js <c>packages/ws/src/ws/WebSocketShard.ts</c> <c>onClose</c> for the session choice the
    /// table leaves open (1000, 4003, 4005, 4008 start a new session). Codes not listed, and drops without a code, resume:
    /// the docs' "Resuming" section lists "disconnected with a close code that indicates it can reconnect" and
    /// "disconnected but doesn't receive any close code" among the cases to resume, and discord.js's <c>default:</c>
    /// branch of <c>onClose</c> resumes ("The gateway closed with an unexpected code ..., attempting to resume").
    /// </summary>
    private static readonly FrozenDictionary<int, CloseAction> Actions = new Dictionary<int, CloseAction>
    {
        [1000] = CloseAction.NewSession, // normal closure: Discord ended the session (discord.js: Reconnect)
        // 1001 (going away, a server restarting) is in neither source's list, so it resumes like any unlisted code:
        // discord.js WebSocketShard.ts onClose, the "default:" branch (commit 219ad7b, line 970). The docs' rule that
        // a 1000/1001 close invalidates the session ("Initiating a Disconnect") is about closes the client sends.
        [1001] = CloseAction.Resume,
        [4000] = CloseAction.Resume, // unknown error
        [4001] = CloseAction.Resume, // unknown opcode
        [4002] = CloseAction.Resume, // decode error
        [4003] = CloseAction.NewSession, // not authenticated: there is no session to resume
        [4004] = CloseAction.Stop, // authentication failed
        [4005] = CloseAction.NewSession, // already authenticated
        [InvalidSequence] = CloseAction.NewSession, // docs: reconnect and start a new session
        [4008] = CloseAction.NewSession, // rate limited (discord.js: Reconnect)
        [SessionTimedOut] = CloseAction.NewSession, // docs: reconnect and start a new one
        [4010] = CloseAction.Stop, // invalid shard
        [4011] = CloseAction.Stop, // sharding required
        [4012] = CloseAction.Stop, // invalid API version
        [4013] = CloseAction.Stop, // invalid intent(s)
        [4014] = CloseAction.Stop, // disallowed intent(s)
    }.ToFrozenDictionary();

    /// <summary>The action for a close code; a drop without a code (null) resumes.</summary>
    public static CloseAction ActionFor(int? code)
        => code is int known && Actions.TryGetValue(known, out var action) ? action : CloseAction.Resume;

    public static bool IsFatal(int code) => ActionFor(code) == CloseAction.Stop;

    /// <summary>True when the session is gone and the next connection must Identify again.</summary>
    public static bool EndsSession(int code) => ActionFor(code) == CloseAction.NewSession;

    /// <summary>One sentence naming the cause of a fatal close and how to fix it. Never contains the token.</summary>
    public static string DescribeFatal(int code, int intents, int shardId, int shardCount) => code switch
    {
        4004 => "Discord refused the bot token (close 4004, authentication failed): set Discord:Token to the token shown on the Bot page of the Developer Portal.",
        4010 => string.Create(CultureInfo.InvariantCulture, $"Discord refused shard [{shardId}, {shardCount}] (close 4010, invalid shard): check Discord:ShardId and Discord:ShardCount."),
        4011 => "Discord requires sharding for this bot (close 4011, sharding required): raise Discord:ShardCount to at least the recommended shard count.",
        4012 => "Discord refused the gateway API version (close 4012, invalid API version): this client speaks gateway v10.",
        4013 => string.Create(CultureInfo.InvariantCulture, $"Discord refused the intents {intents} (close 4013, invalid intents): check the bits in Discord:Intents."),
        4014 => DescribeDisallowedIntents(intents),
        _ => string.Create(CultureInfo.InvariantCulture, $"Discord closed the gateway with code {code}."),
    };

    private static string DescribeDisallowedIntents(int intents)
    {
        var requested = (GatewayIntents)intents;
        var privileged = new List<string>();
        if (requested.HasFlag(GatewayIntents.MessageContent))
        {
            privileged.Add("MESSAGE_CONTENT (Message Content Intent)");
        }

        if (requested.HasFlag(GatewayIntents.GuildMembers))
        {
            privileged.Add("GUILD_MEMBERS (Server Members Intent)");
        }

        if (requested.HasFlag(GatewayIntents.GuildPresences))
        {
            privileged.Add("GUILD_PRESENCES (Presence Intent)");
        }

        var names = privileged.Count == 0 ? "a privileged intent" : string.Join(", ", privileged);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Discord refused the privileged intent(s) requested in Discord:Intents = {intents} (close 4014, disallowed intents): enable {names} under Bot > Privileged Gateway Intents in the Discord Developer Portal, or remove the bit from Discord:Intents.");
    }
}
