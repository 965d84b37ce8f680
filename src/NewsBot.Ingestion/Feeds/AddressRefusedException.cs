using System.Net;

namespace NewsBot.Ingestion.Feeds;

/// <summary>A connection refused by the <see cref="FetchPolicy"/>: the host resolved only to private addresses.</summary>
internal sealed class AddressRefusedException(string host, IPAddress address)
    : IOException($"{host} is at a private address ({address})")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;
}
