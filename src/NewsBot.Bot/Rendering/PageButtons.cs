using System.Globalization;
using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// The paging buttons of a reply and their custom ids: <c>{kind}:{session key}:{page}</c>, for example
/// <c>ask:9F2C0A11B3D4E5F6:1</c> (well under the 100 a button id may have).
/// </summary>
public static class PageButtons
{
    /// <summary>Custom-id prefix of the "More quotes" buttons of an answer.</summary>
    public const string Ask = "ask";

    /// <summary>Custom-id prefix of the paging buttons of a recent list.</summary>
    public const string Recent = "recent";

    /// <summary>The row of buttons for page <paramref name="page"/> of <paramref name="pageCount"/>, or none when everything fits on one page.</summary>
    public static IReadOnlyList<ReplyButton> Row(string kind, string? key, int page, int pageCount, string previousLabel, string nextLabel)
    {
        if (key is null || pageCount <= 1)
        {
            return [];
        }

        var buttons = new List<ReplyButton>(2);
        if (page > 0)
        {
            buttons.Add(new ReplyButton(previousLabel, Id(kind, key, page - 1)));
        }

        if (page < pageCount - 1)
        {
            buttons.Add(new ReplyButton(nextLabel, Id(kind, key, page + 1), Primary: true));
        }

        return buttons;
    }

    /// <summary>The custom id of a button that shows <paramref name="page"/>.</summary>
    public static string Id(string kind, string key, int page) => string.Create(CultureInfo.InvariantCulture, $"{kind}:{key}:{page}");

    /// <summary>Reads a custom id written by <see cref="Id"/>; false for anything else.</summary>
    public static bool TryParse(string? customId, out string kind, out string key, out int page)
    {
        kind = key = string.Empty;
        page = 0;
        var parts = customId?.Split(':');
        if (parts is not { Length: 3 } || parts[1].Length == 0
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            return false;
        }

        kind = parts[0];
        key = parts[1];
        return true;
    }
}
