using System.Text;
using NewsBot.Bot.Conversation;
using NewsBot.Core.Formatting;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Rendering;

/// <summary>The <c>/sources</c> reply: what the index holds, outlet by outlet, with counts and dates.</summary>
public static class SourcesRenderer
{
    private const int Color = 0x805AD5;

    /// <summary>Outlets by article count, as many as fit, then how many more there are.</summary>
    public static Reply Render(IndexStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var description = new StringBuilder();
        description.Append($"{BotFormat.Count(stats.Articles)} articles ({BotFormat.Count(stats.Passages)} passages), ")
            .Append($"newest {DisplayFormat.Date(stats.Newest)}, oldest {DisplayFormat.Date(stats.Oldest)}.");
        if (stats.Outlets.Count == 0)
        {
            description.Append("\nNothing is indexed yet; an admin can run /reindex.");
        }

        var outlets = stats.Outlets.OrderByDescending(outlet => outlet.Articles).ThenBy(outlet => outlet.Outlet, StringComparer.OrdinalIgnoreCase).ToList();
        for (var i = 0; i < outlets.Count; i++)
        {
            var outlet = outlets[i];
            var line = $"\n**{TextCut.Escaped(outlet.Outlet, 100)}**: {BotFormat.Count(outlet.Articles)} article{(outlet.Articles == 1 ? string.Empty : "s")}, "
                + $"newest {DisplayFormat.Date(outlet.Newest)}, oldest {DisplayFormat.Date(outlet.Oldest)}";

            // Leave room for the "and N more" line.
            if (description.Length + line.Length > ReplyLimits.CardDescription - 40)
            {
                description.Append($"\n\u2026and {outlets.Count - i} more outlets.");
                break;
            }

            description.Append(line);
        }

        return new Reply
        {
            Cards = [new Card { Title = "Indexed sources", Description = description.ToString(), Color = Color, Footer = IndexFooter.Create(stats) }],
        };
    }
}
