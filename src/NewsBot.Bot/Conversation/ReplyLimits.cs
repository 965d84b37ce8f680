namespace NewsBot.Bot.Conversation;

/// <summary>
/// The sizes the bot's renderers keep their replies within. They are the bot's own promise, chosen to fit the chat
/// platforms it targets (the Discord adapter's tests prove a reply at these limits passes Discord's checks); the
/// adapter enforces the platform's real limits.
/// </summary>
public static class ReplyLimits
{
    /// <summary>Characters of <see cref="Reply.Text"/>.</summary>
    public const int Text = 2000;

    /// <summary>Characters of a card title.</summary>
    public const int CardTitle = 256;

    /// <summary>Characters of a card description.</summary>
    public const int CardDescription = 4096;

    /// <summary>Fields of one card.</summary>
    public const int CardFields = 25;

    /// <summary>Characters of a field name.</summary>
    public const int FieldName = 256;

    /// <summary>Characters of a field value.</summary>
    public const int FieldValue = 1024;

    /// <summary>Characters of a card footer.</summary>
    public const int CardFooter = 2048;

    /// <summary>Characters across all cards of one reply: titles, descriptions, fields and footers.</summary>
    public const int CardsTotal = 6000;

    /// <summary>Buttons in a reply's row.</summary>
    public const int Buttons = 5;

    /// <summary>Characters of a button label.</summary>
    public const int ButtonLabel = 80;

    /// <summary>Characters of a button id.</summary>
    public const int ButtonId = 100;

    /// <summary>Suggestions offered for one option.</summary>
    public const int Suggestions = 25;

    /// <summary>Characters of a suggestion's name.</summary>
    public const int SuggestionName = 100;
}
