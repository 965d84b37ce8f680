using System.Net;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Discord refused a request with a 4xx status. The message names the route (its template: ids and tokens left out),
/// Discord's error code and message, and every failing field path with its error, for example
/// <c>data.embeds.0.description: Must be 4096 or fewer in length.</c>
/// </summary>
public class DiscordRestException : Exception
{
    public DiscordRestException(string route, HttpStatusCode status, DiscordError error)
        : base(Describe(route, status, error))
    {
        ArgumentNullException.ThrowIfNull(error);
        Route = route;
        StatusCode = status;
        Code = error.Code;
        DiscordMessage = error.Message;
        FieldErrors = error.FieldErrors;
    }

    /// <summary>The route template, e.g. <c>PATCH /webhooks/{application_id}/{token}/messages/@original</c>.</summary>
    public string Route { get; }

    public HttpStatusCode StatusCode { get; }

    /// <summary>Discord's JSON error code (e.g. 50035 invalid form body, 10062 unknown interaction), or 0 when absent.</summary>
    public int Code { get; }

    /// <summary>Discord's error message.</summary>
    public string DiscordMessage { get; }

    /// <summary>The failing fields, by dotted path (<c>data.embeds.0.description</c>), each with Discord's message.</summary>
    public IReadOnlyList<DiscordFieldError> FieldErrors { get; }

    private static string Describe(string route, HttpStatusCode status, DiscordError error)
    {
        var text = $"Discord refused {route} with {(int)status} {status}: {error.Message} (code {error.Code})";
        return error.FieldErrors.Count == 0
            ? text + "."
            : text + ": " + string.Join("; ", error.FieldErrors.Select(e => $"{e.Path}: {e.Message}"));
    }
}

/// <summary>
/// Discord answered 401: the bot token is wrong or revoked. The client sends nothing more with it (Discord bans IPs
/// that keep sending bad tokens) and the host should stop. The message never contains the token.
/// </summary>
public sealed class DiscordUnauthorizedException : DiscordRestException
{
    public DiscordUnauthorizedException(string route, DiscordError error)
        : base(route, HttpStatusCode.Unauthorized, error)
    {
    }
}

/// <summary>One failing field of a Discord error body.</summary>
public sealed record DiscordFieldError(string Path, string Code, string Message);
