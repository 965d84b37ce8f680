using System.Globalization;
using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Tests.Fakes;

/// <summary>Requests and mentions as the chat adapter would hand them to the bot.</summary>
internal static class Requests
{
    public const ulong Asker = 5001;
    public const ulong Other = 5002;
    public const ulong Guild = 7001;
    public const ulong Channel = 7002;

    private static long _next = 9000;

    public static Asker Member(ulong user = Asker, bool managesServer = false, IReadOnlyList<ulong>? roles = null)
        => new(user, Guild, Channel, roles ?? [], managesServer);

    /// <summary>A command with options given as name/value pairs (strings, integers, booleans).</summary>
    public static CommandRequest Command(string name, ulong user = Asker, bool managesServer = false, params (string Name, object Value)[] options)
        => new(Member(user, managesServer), name, new CommandArguments(options.ToDictionary(
            option => option.Name,
            option => Convert.ToString(option.Value, CultureInfo.InvariantCulture)!,
            StringComparer.Ordinal)));

    /// <summary>A click on a button with <paramref name="buttonId"/>.</summary>
    public static ButtonClick Click(string buttonId, ulong user = Asker) => new(Member(user), buttonId);

    /// <summary>A member typing <paramref name="typed"/> into <paramref name="option"/>.</summary>
    public static SuggestionRequest Autocomplete(string command, string option, string typed) => new(Member(), command, option, typed);

    /// <summary>A message addressing the bot, its mention already taken out.</summary>
    public static MentionRequest Mention(string question, ulong author = Asker)
        => new(Member(author), (ulong)Interlocked.Increment(ref _next), Channel, question);
}
