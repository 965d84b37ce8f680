namespace NewsBot.Core.Recent;

/// <summary>Lists what the index holds, newest first.</summary>
public interface IRecentNews
{
    Task<RecentNews> GetRecentAsync(RecentRequest request, CancellationToken cancellationToken);
}
