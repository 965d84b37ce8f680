using Microsoft.Extensions.Configuration;
using NewsBot.CommandLine;
using NewsBot.Testing;

namespace NewsBot.Tests.CommandLine;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task A_token_in_a_settings_file_is_refused_before_anything_connects()
    {
        using var directory = new TemporaryDirectory();
        var settings = directory.WriteFile("appsettings.json", """{ "Discord": { "Token": "MTIz.file-token.secret", "ApiBaseUrl": "http://127.0.0.1:9/api/v10" } }""");
        var (exitCode, error) = await ServeAsync(builder => builder.Configuration.AddJsonFile(settings, optional: false));

        Assert.Equal(1, exitCode);
        Assert.Contains($"is set in {settings}", error, StringComparison.Ordinal);
        Assert.Contains("NEWSBOT_Discord__Token", error, StringComparison.Ordinal);
        Assert.DoesNotContain("MTIz.file-token.secret", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Error)> ServeAsync(Action<Microsoft.Extensions.Hosting.HostApplicationBuilder> configure)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(new CliConsole(output, error, Interactive: false), configure);
        var exitCode = await NewsBotCommandLine.InvokeAsync(["serve"], context, CancellationToken.None);
        return (exitCode, error.ToString());
    }
}
