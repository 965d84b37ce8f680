using System.Runtime.CompilerServices;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Support;

/// <summary>A theory that is reported as skipped when the optional shared reference data is absent.</summary>
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        if (SharedData.Find("news/wikinews/corpus.jsonl") is null)
        {
            Skip = "needs ../shared/news/wikinews/corpus.jsonl beside the checkout, absent here";
            DisplayName = SkippedTestName.Of(file, test, Skip);
        }
    }
}
