using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord.Rest;

/// <summary>
/// The limits Discord documents but its OpenAPI schema leaves out or states loosely: 2,000 characters of content,
/// 6,000 characters across embeds, a custom id on every non-link button, a url on link buttons, no empty message.
/// </summary>
public static class DocumentedLimits
{
    public const int Content = 2000;
    public const int EmbedTotal = 6000;

    /// <summary>Errors of one message body (<paramref name="at"/> is its JSON pointer in the request body).</summary>
    public static IReadOnlyList<BodyError> CheckMessage(JsonObject message, string at, bool mustHaveContent)
    {
        var errors = new List<BodyError>();
        var content = message["content"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)message["content"] : null;
        if (content is not null && content.Trim().Length > Content)
        {
            errors.Add(new BodyError($"{at}/content", $"Must be {Content} or fewer in length."));
        }

        var embeds = message["embeds"] as JsonArray;
        if (embeds is not null)
        {
            var total = embeds.OfType<JsonObject>().Sum(EmbedLength);
            if (total > EmbedTotal)
            {
                errors.Add(new BodyError($"{at}/embeds", $"Embed size exceeds maximum size of {EmbedTotal} ({total} characters)."));
            }
        }

        if (message["components"] is JsonArray rows)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                if (rows[r]?["components"] is not JsonArray buttons)
                {
                    continue;
                }

                for (var b = 0; b < buttons.Count; b++)
                {
                    if (buttons[b] is JsonObject button && (int?)button["type"] == 2)
                    {
                        CheckButton(button, $"{at}/components/{r}/components/{b}", errors);
                    }
                }
            }
        }

        if (mustHaveContent && string.IsNullOrWhiteSpace(content) && embeds is not { Count: > 0 }
            && message["components"] is not JsonArray { Count: > 0 } && message["sticker_ids"] is not JsonArray { Count: > 0 }
            && message["poll"] is null)
        {
            errors.Add(new BodyError(at.Length == 0 ? "/" : at, "Cannot send an empty message (50006)."));
        }

        return errors;
    }

    private static void CheckButton(JsonObject button, string at, List<BodyError> errors)
    {
        var style = (int?)button["style"];
        var customId = button["custom_id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)button["custom_id"] : null;
        var url = button["url"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)button["url"] : null;
        if (style == 5)
        {
            if (string.IsNullOrEmpty(url))
            {
                errors.Add(new BodyError($"{at}/url", "A link button requires a url."));
            }

            if (customId is not null)
            {
                errors.Add(new BodyError($"{at}/custom_id", "A link button cannot have a custom_id."));
            }
        }
        else if (style is >= 1 and <= 4 && string.IsNullOrEmpty(customId))
        {
            errors.Add(new BodyError($"{at}/custom_id", "This field is required for buttons of style 1-4."));
        }
    }

    private static int EmbedLength(JsonObject embed)
    {
        static int Length(JsonNode? node) => node?.GetValueKind() == System.Text.Json.JsonValueKind.String ? ((string)node!).Trim().Length : 0;
        var total = Length(embed["title"]) + Length(embed["description"]) + Length(embed["footer"]?["text"]) + Length(embed["author"]?["name"]);
        if (embed["fields"] is JsonArray fields)
        {
            total += fields.OfType<JsonObject>().Sum(f => Length(f["name"]) + Length(f["value"]));
        }

        return total;
    }
}
