namespace NewsBot.Core.Indexing;

/// <summary>What the index holds, for footers and the <c>sources</c> listing.</summary>
public sealed record IndexStats(
    int Articles,
    int Passages,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? Newest,
    DateTimeOffset? Oldest,
    IReadOnlyList<OutletStats> Outlets)
{
    public static IndexStats Empty { get; } = new(0, 0, null, null, null, []);

    /// <summary>The sources the index's articles were read from (configured names, or the paths <c>reindex --from</c> read), most articles first.</summary>
    public IReadOnlyList<SourceStats> Sources { get; init; } = [];
}

/// <summary>Articles of one source in the index.</summary>
public sealed record SourceStats(string Name, int Articles);

/// <summary>Articles of one outlet in the index.</summary>
public sealed record OutletStats(string Outlet, int Articles, DateTimeOffset? Newest, DateTimeOffset? Oldest)
{
    /// <summary>The name articles without an outlet are listed under; no article carries it, so it filters nothing.</summary>
    public const string NoOutlet = "(no outlet)";

    /// <summary>Whether this entry stands for the articles without an outlet rather than a real outlet.</summary>
    public bool IsNoOutlet => Outlet == NoOutlet;
}
