using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>A test that needs <c>../shared/discord/openapi.json</c>; skipped, saying why, when the file is not there.</summary>
internal sealed class RequiresOpenApiSpecFactAttribute : FactAttribute
{
    public RequiresOpenApiSpecFactAttribute()
    {
        if (OpenApiBodyValidator.FindSpec() is null)
        {
            Skip = OpenApiBodyValidator.MissingNote;
        }
    }
}
