using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Tests.Fakes;

/// <summary>Checks a reply against <see cref="ReplyLimits"/> part by part, counted here independently of the renderers' own sizing.</summary>
internal static class ReplyAssert
{
    public static void WithinLimits(Reply reply)
    {
        Assert.InRange(reply.Text?.Length ?? 0, 0, ReplyLimits.Text);
        var total = 0;
        foreach (var card in reply.Cards ?? [])
        {
            Assert.InRange(card.Title?.Length ?? 0, 0, ReplyLimits.CardTitle);
            Assert.InRange(card.Description?.Length ?? 0, 0, ReplyLimits.CardDescription);
            Assert.InRange(card.Footer?.Length ?? 0, 0, ReplyLimits.CardFooter);
            Assert.InRange(card.Fields?.Count ?? 0, 0, ReplyLimits.CardFields);
            foreach (var field in card.Fields ?? [])
            {
                Assert.InRange(field.Name.Length, 1, ReplyLimits.FieldName);
                Assert.InRange(field.Value.Length, 1, ReplyLimits.FieldValue);
                total += field.Name.Length + field.Value.Length;
            }

            total += (card.Title?.Length ?? 0) + (card.Description?.Length ?? 0) + (card.Footer?.Length ?? 0);
        }

        Assert.InRange(total, 0, ReplyLimits.CardsTotal);
        Assert.InRange(reply.Buttons?.Count ?? 0, 0, ReplyLimits.Buttons);
        Assert.All(reply.Buttons ?? [], button =>
        {
            Assert.InRange(button.Label.Length, 1, ReplyLimits.ButtonLabel);
            Assert.InRange(button.Id.Length, 1, ReplyLimits.ButtonId);
        });
    }
}
