namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Where one request may connect: any public address, and private ones only on a trusted host (the configured feed's
/// own host and the source's <c>AllowedHosts</c>) or when <see cref="FeedOptions.AllowPrivateNetworks"/> is on. It
/// travels with each request (<see cref="Key"/>), so the connection itself is checked, not just the url.
/// </summary>
internal sealed class FetchPolicy
{
    /// <summary>The request option under which the policy reaches <see cref="GuardedConnector"/>.</summary>
    public static readonly HttpRequestOptionsKey<FetchPolicy> Key = new("NewsBot.Feeds.FetchPolicy");

    /// <summary>The operator's configured feed address itself: trusted as given.</summary>
    public static readonly FetchPolicy Unchecked = new(allowPrivateNetworks: true, []);

    /// <summary>Public addresses only: what a request that lost its policy gets, so a mistake fails closed.</summary>
    public static readonly FetchPolicy PublicOnly = new(allowPrivateNetworks: false, []);

    private readonly HashSet<string> _trustedHosts;

    public FetchPolicy(bool allowPrivateNetworks, IEnumerable<string> trustedHosts)
    {
        ArgumentNullException.ThrowIfNull(trustedHosts);
        AllowPrivateNetworks = allowPrivateNetworks;
        _trustedHosts = new HashSet<string>(trustedHosts.Select(Bare).Where(host => host.Length > 0), StringComparer.OrdinalIgnoreCase);
    }

    public bool AllowPrivateNetworks { get; }

    /// <summary>
    /// The policy of a feed source: its configured feed's host (compared as written, so another spelling of the same
    /// address, <c>localhost</c> for <c>127.0.0.1</c>, is not that host) plus the operator's extra hosts.
    /// </summary>
    public static FetchPolicy ForSource(Uri? feedUrl, IEnumerable<string> allowedHosts, bool allowPrivateNetworks) =>
        new(allowPrivateNetworks, feedUrl is null ? allowedHosts : allowedHosts.Append(feedUrl.IdnHost));

    /// <summary>Whether <paramref name="host"/> may be reached at a private address.</summary>
    public bool Trusts(string host) => AllowPrivateNetworks || _trustedHosts.Contains(Bare(host));

    private static string Bare(string host) => host.Trim().Trim('[', ']').TrimEnd('.');
}
