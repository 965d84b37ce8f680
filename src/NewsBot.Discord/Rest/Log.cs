using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Rest;

/// <summary>Log lines of the REST client. Routes are logged as templates, so neither tokens nor ids appear.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Discord REST {Route} answered {Status}")]
    public static partial void Answered(ILogger logger, string route, int status);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Discord rate limited {Route} (global: {Global}); retrying after {RetryAfterSeconds} s")]
    public static partial void RateLimited(ILogger logger, string route, bool global, double retryAfterSeconds);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Discord REST {Route} failed with {Status} (attempt {Attempt} of {MaxAttempts}); retrying after {DelaySeconds} s")]
    public static partial void ServerError(ILogger logger, string route, int status, int attempt, int maxAttempts, double delaySeconds);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Discord REST {Route} could not be sent (attempt {Attempt} of {MaxAttempts}); retrying after {DelaySeconds} s")]
    public static partial void SendFailed(ILogger logger, Exception exception, string route, int attempt, int maxAttempts, double delaySeconds);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Critical, Message = "Discord refused the bot token on {Route} (401); the REST client stops sending. Check Discord:Token")]
    public static partial void Unauthorized(ILogger logger, string route);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Discord refused {Route} with {Status}: {ErrorMessage} (code {Code})")]
    public static partial void Refused(ILogger logger, string route, int status, string errorMessage, int code);
}
