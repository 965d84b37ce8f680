using Discord;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Discord.Connection;

/// <summary>
/// Discord.Net's log in the host's <see cref="ILogger"/>, under the category <c>Discord.{Source}</c> (Gateway, Rest,
/// Shard #0 …) with its severities mapped to log levels. The library never writes the token, and a message or exception
/// that did would have it replaced before it is logged.
/// </summary>
public sealed class DiscordLog(ILoggerFactory loggers, string token)
{
    /// <summary>Writes one library log message.</summary>
    public Task WriteAsync(LogMessage message)
    {
        var logger = loggers.CreateLogger("Discord." + (string.IsNullOrEmpty(message.Source) ? "Client" : message.Source));
        var level = Level(message.Severity);
        if (logger.IsEnabled(level))
        {
            var text = Redact(message.Message ?? message.Exception?.Message ?? string.Empty);
            var exception = message.Exception is { } thrown && token.Length > 0 && thrown.ToString().Contains(token, StringComparison.Ordinal)
                ? new RedactedException(Redact(thrown.ToString()))
                : message.Exception;
#pragma warning disable CA1848, CA2254 // The library's message is its own text, not a template of ours.
            logger.Log(level, exception, "{DiscordMessage}", text);
#pragma warning restore CA1848, CA2254
        }

        return Task.CompletedTask;
    }

    /// <summary>The log level of a Discord.Net severity.</summary>
    public static LogLevel Level(LogSeverity severity) => severity switch
    {
        LogSeverity.Critical => LogLevel.Critical,
        LogSeverity.Error => LogLevel.Error,
        LogSeverity.Warning => LogLevel.Warning,
        LogSeverity.Info => LogLevel.Information,
        LogSeverity.Verbose => LogLevel.Debug,
        _ => LogLevel.Trace,
    };

    private string Redact(string text)
        => token.Length > 0 && text.Contains(token, StringComparison.Ordinal) ? text.Replace(token, "[token]", StringComparison.Ordinal) : text;
}

/// <summary>An exception from Discord.Net whose text held the token, logged as its text with the token replaced.</summary>
public sealed class RedactedException(string text) : Exception(text);
