namespace NewsBot.Testing.Discord.Rest;

/// <summary>
/// Discord's invalid request limit (docs: Rate Limits, "Invalid Request Limit aka Cloudflare bans"): an IP that gets
/// more than 10,000 answers of 401, 403 or 429 (429s of scope <c>shared</c> excepted) within 10 minutes is banned
/// by Cloudflare for a while, and every request is refused.
/// </summary>
internal sealed class StandInInvalidRequests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Queue<DateTimeOffset> _recent = new();

    /// <summary>How many invalid answers the window allows before the ban. Discord: 10,000.</summary>
    public int Limit { get; set; } = 10_000;

    /// <summary>True once the limit was passed: from then on every request is refused.</summary>
    public bool Banned { get; private set; }

    /// <summary>Counts an answer; call under the stand-in's REST lock.</summary>
    public void Record(int status, IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
    {
        var shared = headers.TryGetValue("X-RateLimit-Scope", out var scope) && scope == "shared";
        if (status is not (401 or 403 or 429) || (status == 429 && shared))
        {
            return;
        }

        while (_recent.Count > 0 && now - _recent.Peek() >= Window)
        {
            _recent.Dequeue();
        }

        _recent.Enqueue(now);
        Banned |= _recent.Count > Limit;
    }
}
