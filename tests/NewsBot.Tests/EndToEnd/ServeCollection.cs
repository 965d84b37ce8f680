namespace NewsBot.Tests.EndToEnd;

/// <summary>End-to-end tests run one at a time: each starts a host, a stand-in and a Lucene index on two shared cores.</summary>
[CollectionDefinition(Name)]
public sealed class ServeCollection
{
    public const string Name = "serve end to end";
}
