using System.Runtime.CompilerServices;
using NewsBot.Testing;
using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Tests.StandIn;

/// <summary>A test that needs <c>../shared/discord/openapi.json</c>; skipped, saying why, when the file is not there.</summary>
internal sealed class RequiresOpenApiSpecFactAttribute : FactAttribute
{
    public RequiresOpenApiSpecFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        if (OpenApiBodyValidator.FindSpec() is null)
        {
            Skip = OpenApiBodyValidator.MissingNote;
            DisplayName = SkippedTestName.Of(file, test, Skip);
        }
    }
}
