using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Rendering;

/// <summary>The <c>/help</c> reply: what the bot does and its commands.</summary>
public static class HelpRenderer
{
    /// <summary>The help message (shown only to the member who asked for it).</summary>
    public static Reply Render() => new()
    {
        Private = true,
        Cards =
        [
            new Card
            {
                Title = "NewsBot",
                Color = AnswerRenderer.AnswerColor,
                Description =
                    "I answer questions about political news by **quoting** indexed articles word for word, each quote with its source "
                    + "(headline, outlet, date). I never write answers of my own: if nothing indexed answers, I say so and show the closest headlines.",
                Fields =
                [
                    new CardField("/ask question: [source:] [days:] [private:]", "Quotes that answer the question. `private:true` shows the answer only to you. \"More quotes\" pages through further articles."),
                    new CardField("@NewsBot your question", "The same as /ask, as a reply to your message."),
                    new CardField("/recent [topic:] [source:] [days:] [count:]", "The newest articles, one line each, and the dated events they state."),
                    new CardField("/sources", "The outlets in the index, with article counts and dates."),
                    new CardField("/reindex [full:]", "Admins only: refresh the index from the configured sources (`full:true` rebuilds it)."),
                ],
            },
        ],
    };
}
