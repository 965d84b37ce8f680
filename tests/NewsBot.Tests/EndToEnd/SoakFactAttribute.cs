using System.Runtime.CompilerServices;
using NewsBot.Testing;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// A test that runs for minutes: skipped by a plain <c>dotnet test</c>, so the suite stays fast on a laptop, and run
/// when <c>NEWSBOT_SOAK=1</c> is set, as <c>.ci/run</c> does in its own step on every submission.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SoakFactAttribute : FactAttribute
{
    /// <summary>The environment variable that turns soak tests on.</summary>
    public const string Switch = "NEWSBOT_SOAK";

    public SoakFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        if (Environment.GetEnvironmentVariable(Switch) != "1")
        {
            Skip = $"a soak test: set {Switch}=1 to run it (.ci/run does, in its own step)";
            DisplayName = SkippedTestName.Of(file, test, Skip);
        }
    }
}
