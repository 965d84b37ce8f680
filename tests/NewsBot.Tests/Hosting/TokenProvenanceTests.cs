using Microsoft.Extensions.Configuration;
using NewsBot.Hosting;
using NewsBot.Testing;

namespace NewsBot.Tests.Hosting;

public sealed class TokenProvenanceTests
{
    [Fact]
    public void A_token_in_a_json_settings_file_names_that_file()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.WriteFile("appsettings.json", """{ "Discord": { "Token": "from-file" } }""");

        var configuration = new ConfigurationBuilder().AddJsonFile(file).Build();

        Assert.Equal(file, TokenProvenance.TokenFile(configuration));
    }

    [Fact]
    public void A_later_setting_from_elsewhere_wins_over_the_file_so_nothing_is_refused()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.WriteFile("appsettings.json", """{ "Discord": { "Token": "from-file" } }""");

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(file)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = "from-environment" })
            .Build();

        Assert.Null(TokenProvenance.TokenFile(configuration));
    }

    [Fact]
    public void A_file_without_a_token_under_a_token_from_elsewhere_is_not_refused()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.WriteFile("appsettings.json", """{ "Discord": { "Intents": 4609 } }""");

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = "from-environment" })
            .AddJsonFile(file)
            .Build();

        Assert.Null(TokenProvenance.TokenFile(configuration));
    }

    [Fact]
    public void User_secrets_are_a_file_kept_outside_the_project_and_are_allowed()
    {
        using var directory = new TemporaryDirectory();
        var secrets = directory.WriteFile("usersecrets/newsbot/secrets.json", """{ "Discord": { "Token": "from-secrets" } }""");

        var configuration = new ConfigurationBuilder().AddJsonFile(secrets).Build();

        Assert.Null(TokenProvenance.TokenFile(configuration));
    }
}
