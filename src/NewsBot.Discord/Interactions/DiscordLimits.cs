namespace NewsBot.Discord.Interactions;

/// <summary>
/// Discord's documented size limits for what a bot sends. The client checks every payload against them before sending
/// (<see cref="PayloadLimits"/>); cutting text to fit is the caller's work, done to the caller's own limits.
/// </summary>
public static class DiscordLimits
{
    /// <summary>Characters in a message's <c>content</c> (the spec allows 4000; Discord's docs and servers say 2000).</summary>
    public const int MessageContent = 2000;
    /// <summary>Embeds in one message.</summary>
    public const int EmbedsPerMessage = 10;
    /// <summary>Characters in an embed title.</summary>
    public const int EmbedTitle = 256;
    /// <summary>Characters in an embed description.</summary>
    public const int EmbedDescription = 4096;
    /// <summary>Fields in one embed.</summary>
    public const int EmbedFields = 25;
    /// <summary>Characters in an embed field name.</summary>
    public const int EmbedFieldName = 256;
    /// <summary>Characters in an embed field value.</summary>
    public const int EmbedFieldValue = 1024;
    /// <summary>Characters in an embed footer text.</summary>
    public const int EmbedFooterText = 2048;
    /// <summary>Characters in an embed author name.</summary>
    public const int EmbedAuthorName = 256;
    /// <summary>Characters across all embeds of a message: titles, descriptions, field names and values, footers, author names.</summary>
    public const int EmbedTotalCharacters = 6000;
    /// <summary>Action rows in one message.</summary>
    public const int ActionRows = 5;
    /// <summary>Buttons in one action row.</summary>
    public const int ButtonsPerRow = 5;
    /// <summary>Least characters in a component's custom id.</summary>
    public const int CustomIdMin = 1;
    /// <summary>Most characters in a component's custom id.</summary>
    public const int CustomIdMax = 100;
    /// <summary>Characters in a button label.</summary>
    public const int ButtonLabel = 80;
    /// <summary>Characters in a link button's url.</summary>
    public const int ButtonUrl = 512;
    /// <summary>Most characters in a command or option name (at least 1).</summary>
    public const int CommandName = 32;
    /// <summary>Most characters in a command or option description (at least 1 for slash commands).</summary>
    public const int CommandDescription = 100;
    /// <summary>Options of one command or subcommand.</summary>
    public const int CommandOptions = 25;
    /// <summary>Choices of one option.</summary>
    public const int OptionChoices = 25;
    /// <summary>Characters in a choice name.</summary>
    public const int ChoiceName = 100;
    /// <summary>Choices in an autocomplete result.</summary>
    public const int AutocompleteChoices = 25;
    /// <summary>Characters in a modal title.</summary>
    public const int ModalTitle = 45;
    /// <summary>Regular expression a slash command or option name must match (lowercase where a letter has a case).</summary>
    public const string CommandNamePattern = @"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$";
}
