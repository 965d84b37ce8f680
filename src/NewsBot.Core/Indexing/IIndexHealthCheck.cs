namespace NewsBot.Core.Indexing;

/// <summary>Whether the index on disk can answer questions, for start-up and the first question on a new machine.</summary>
public interface IIndexHealthCheck
{
    /// <summary>Checks the index on disk without changing it; a missing or corrupt index is logged once.</summary>
    IndexHealth CheckHealth();

    /// <summary>
    /// One line saying that the generation the index's pointer names could not be used and which complete generation took
    /// over, once that has happened in this process; otherwise null.
    /// </summary>
    string? Recovery => null;
}
