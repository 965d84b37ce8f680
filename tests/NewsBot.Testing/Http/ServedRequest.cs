namespace NewsBot.Testing.Http;

/// <summary>A request <see cref="LoopbackHttpServer"/> received, as the test needs to check it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without the query.</param>
/// <param name="Query">The query string including <c>?</c>, or empty.</param>
/// <param name="Headers">Request headers (names case-insensitive; repeated values joined with commas).</param>
/// <param name="Status">The status the server answered with.</param>
public sealed record ServedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, int Status)
{
    /// <summary>The value of a request header, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
