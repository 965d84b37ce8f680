namespace NewsBot.Bot.Runtime;

/// <summary>Whether <see cref="BackgroundWork"/> took a piece of work on.</summary>
public enum WorkAdmission
{
    /// <summary>It runs.</summary>
    Started,

    /// <summary>Refused: <c>Bot:MaxWorkInFlight</c> pieces already run.</summary>
    Busy,

    /// <summary>Refused: the bot is shutting down.</summary>
    ShuttingDown,
}
