using System.Runtime.CompilerServices;
using NewsBot.Testing;

namespace NewsBot.Tests.FileSystems;

/// <summary>A test on a <see cref="SmallDisk"/>: skipped, with the reason, where one cannot be mounted.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        if (SmallDisk.Unavailable is { } reason)
        {
            Skip = reason;
            DisplayName = SkippedTestName.Of(file, test, reason);
        }
    }
}
