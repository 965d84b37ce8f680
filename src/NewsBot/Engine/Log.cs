using Microsoft.Extensions.Logging;

namespace NewsBot.Engine;

/// <summary>Log messages of the engine's composition.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "The index is {State}; building it from the configured sources")]
    public static partial void BuildingIndex(ILogger logger, string state);
}
