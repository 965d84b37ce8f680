using System.Text.Json;

namespace NewsBot.Discord.Rest;

/// <summary>Discord's JSON error body: <c>{code, message, errors?}</c>, with <c>errors</c> flattened to field paths.</summary>
public sealed record DiscordError(int Code, string Message, IReadOnlyList<DiscordFieldError> FieldErrors)
{
    /// <summary>
    /// Reads an error body. A body that is not Discord's JSON (a proxy's HTML page) gives code 0 and a short
    /// excerpt as the message rather than throwing, because the status alone already says the request failed.
    /// </summary>
    public static DiscordError Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Unreadable(body);
            }

            var code = root.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : 0;
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "(no message)";
            var fields = new List<DiscordFieldError>();
            if (root.TryGetProperty("errors", out var errors))
            {
                Flatten(errors, string.Empty, fields);
            }

            return new DiscordError(code, message, fields);
        }
        catch (JsonException)
        {
            return Unreadable(body);
        }
    }

    private static DiscordError Unreadable(string body)
        => new(0, body.Length <= 200 ? body : body[..200] + "…", []);

    private static void Flatten(JsonElement node, string path, List<DiscordFieldError> into)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    var code = error.TryGetProperty("code", out var c) ? c.ToString() : string.Empty;
                    var message = error.TryGetProperty("message", out var m) ? m.ToString() : string.Empty;
                    into.Add(new DiscordFieldError(path.Length == 0 ? "(body)" : path, code, message));
                }
            }
            else
            {
                Flatten(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, into);
            }
        }
    }
}
