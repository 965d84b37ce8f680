namespace NewsBot.Bot.Conversation;

/// <summary>
/// What the bot says: text, cards (a titled block of markdown with fields and a footer: quotes with their citations,
/// lists) and buttons. In an edit only what is set changes: null leaves a part as it was, an empty list removes it.
/// Sizes stay within <see cref="ReplyLimits"/>.
/// </summary>
public sealed record Reply
{
    /// <summary>Plain markdown text above the cards.</summary>
    public string? Text { get; init; }

    /// <summary>The cards.</summary>
    public IReadOnlyList<Card>? Cards { get; init; }

    /// <summary>One row of buttons under the reply.</summary>
    public IReadOnlyList<ReplyButton>? Buttons { get; init; }

    /// <summary>Shown only to the member it answers.</summary>
    public bool Private { get; init; }

    /// <summary>A short text reply.</summary>
    public static Reply Note(string text, bool isPrivate = false) => new() { Text = text, Private = isPrivate };

    /// <summary>An edit that only takes the buttons off.</summary>
    public static Reply WithoutButtons { get; } = new() { Buttons = [] };
}

/// <summary>A titled block of markdown: an answer's quotes and citations, a list, a summary.</summary>
public sealed record Card
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Accent colour as 0xRRGGBB.</summary>
    public int? Color { get; init; }

    public IReadOnlyList<CardField>? Fields { get; init; }

    /// <summary>A small line under the card: index size, page.</summary>
    public string? Footer { get; init; }
}

/// <summary>A named part of a card.</summary>
public sealed record CardField(string Name, string Value);

/// <summary>A button whose click comes back as a <see cref="ButtonClick"/> with <see cref="Id"/>.</summary>
/// <param name="Label">What it says.</param>
/// <param name="Id">What the click carries back (at most <see cref="ReplyLimits.ButtonId"/> characters).</param>
/// <param name="Primary">Shown as the main action.</param>
public sealed record ReplyButton(string Label, string Id, bool Primary = false);

/// <summary>A suggestion for an option being typed: what is shown, and the value filled in.</summary>
public sealed record Suggestion(string Name, string Value);
