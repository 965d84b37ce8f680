namespace NewsBot.Ingestion.Tests.Support;

/// <summary>A theory that is reported as skipped when the optional shared reference data is absent.</summary>
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Find("news/wikinews/corpus.jsonl") is null)
        {
            Skip = "The shared reference data (../shared) is not present on this machine.";
        }
    }
}
