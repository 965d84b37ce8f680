namespace NewsBot.Bot.Conversation;

/// <summary>A command the bot offers, as the adapter registers it with the chat platform.</summary>
/// <param name="Name">Lower-case name, e.g. <c>ask</c>.</param>
/// <param name="Description">One line shown in the command picker.</param>
/// <param name="Parameters">Its options, required ones first.</param>
public sealed record CommandDefinition(string Name, string Description, IReadOnlyList<CommandParameter> Parameters)
{
    /// <summary>Hidden by default from members who cannot manage the server (the bot checks again itself).</summary>
    public bool AdminOnly { get; init; }

    /// <summary>Offered only in servers, not in direct messages.</summary>
    public bool ServerOnly { get; init; }
}

/// <summary>What kind of value a parameter takes.</summary>
public enum ParameterKind
{
    Text,
    Integer,
    Boolean,
}

/// <summary>One option of a command.</summary>
/// <param name="Name">Lower-case name.</param>
/// <param name="Description">One line shown while filling it in.</param>
/// <param name="Kind">The value's kind.</param>
public sealed record CommandParameter(string Name, string Description, ParameterKind Kind)
{
    public bool Required { get; init; }

    /// <summary>Least characters of a text value.</summary>
    public int? MinLength { get; init; }

    /// <summary>Most characters of a text value.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Least integer value.</summary>
    public long? Min { get; init; }

    /// <summary>Most integer value.</summary>
    public long? Max { get; init; }

    /// <summary>The bot suggests values while the member types (<see cref="SuggestionRequest"/>).</summary>
    public bool Suggested { get; init; }
}
