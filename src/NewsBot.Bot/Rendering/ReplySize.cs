using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Rendering;

/// <summary>Checks a card against <see cref="ReplyLimits"/>, so renderers can shrink what they show until it fits.</summary>
public static class ReplySize
{
    /// <summary>The card's text that counts towards <see cref="ReplyLimits.CardsTotal"/>: title, description, fields and footer.</summary>
    public static int Total(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return (card.Title?.Length ?? 0)
            + (card.Description?.Length ?? 0)
            + (card.Footer?.Length ?? 0)
            + (card.Fields?.Sum(field => field.Name.Length + field.Value.Length) ?? 0);
    }

    /// <summary>True when the card keeps every per-part limit and the per-reply total.</summary>
    public static bool Fits(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return (card.Title?.Length ?? 0) <= ReplyLimits.CardTitle
            && (card.Description?.Length ?? 0) <= ReplyLimits.CardDescription
            && (card.Footer?.Length ?? 0) <= ReplyLimits.CardFooter
            && (card.Fields?.Count ?? 0) <= ReplyLimits.CardFields
            && (card.Fields?.All(field => field.Name.Length <= ReplyLimits.FieldName && field.Value.Length <= ReplyLimits.FieldValue) ?? true)
            && Total(card) <= ReplyLimits.CardsTotal;
    }
}
