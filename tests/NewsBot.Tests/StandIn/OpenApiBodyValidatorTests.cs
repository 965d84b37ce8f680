using System.Text.Json;
using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Tests.StandIn;

public sealed class OpenApiBodyValidatorTests
{
    [Fact]
    public void Checkout_without_the_spec_beside_it_finds_none_and_checks_nothing()
    {
        var root = Directory.CreateTempSubdirectory("newsbot-nospec-");
        try
        {
            // root/checkout holds the solution, so the spec would be root/shared/discord/openapi.json: absent.
            var checkout = Directory.CreateDirectory(Path.Combine(root.FullName, "checkout"));
            File.WriteAllText(Path.Combine(checkout.FullName, "NewsBot.sln"), string.Empty);
            var bin = Directory.CreateDirectory(Path.Combine(checkout.FullName, "tests", "bin"));

            var found = OpenApiBodyValidator.FindSpec(bin.FullName);
            var validator = OpenApiBodyValidator.FromFile(found);
            using var body = JsonDocument.Parse($$"""[{"name": "ask", "description": "{{new string('d', 500)}}"}]""");

            Assert.Null(found);
            Assert.False(validator.IsAvailable);
            Assert.Empty(validator.Validate("PUT", "/applications/{application_id}/commands", body.RootElement));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [RequiresOpenApiSpecFact]
    public void Spec_beside_the_checkout_checks_a_valid_body_clean_and_names_the_field_of_an_invalid_one()
    {
        var validator = OpenApiBodyValidator.FromFile(OpenApiBodyValidator.FindSpec());
        using var valid = JsonDocument.Parse("""{"content": "hi", "allowed_mentions": {"parse": []}, "flags": 64}""");
        using var invalid = JsonDocument.Parse("""{"content": "hi", "embeds": [{"title": 5}]}""");

        Assert.True(validator.IsAvailable);
        Assert.Empty(validator.Validate("POST", "/webhooks/{webhook_id}/{webhook_token}", valid.RootElement));
        Assert.Contains(validator.Validate("POST", "/webhooks/{webhook_id}/{webhook_token}", invalid.RootElement), e => e.Location == "/embeds/0/title");
    }
}
