using System.Net;
using NewsBot.Ingestion.Feeds;

namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class PrivateAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:7f00:1::")]
    public void Internal_addresses_in_every_spelling_are_private(string address) =>
        Assert.True(PrivateAddresses.IsPrivate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_not_private(string address) =>
        Assert.False(PrivateAddresses.IsPrivate(IPAddress.Parse(address)));

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_when_its_host_is_not_trusted()
    {
        var policy = FetchPolicy.ForSource(new Uri("http://127.0.0.1/rss"), [], allowPrivateNetworks: false);

        var refusal = await Assert.ThrowsAsync<AddressRefusedException>(() => GuardedConnector.AllowedAddressesAsync("localhost", policy, CancellationToken.None));

        Assert.True(IPAddress.IsLoopback(refusal.Address));
    }

    [Fact]
    public async Task The_feeds_own_host_is_trusted_at_its_private_address()
    {
        var policy = FetchPolicy.ForSource(new Uri("http://localhost:8080/rss"), [], allowPrivateNetworks: false);

        var addresses = await GuardedConnector.AllowedAddressesAsync("localhost", policy, CancellationToken.None);

        Assert.NotEmpty(addresses);
    }
}
