using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Engine;

namespace NewsBot.Hosting;

/// <summary>Builds the generic host every verb runs in: configuration, logging and the engine.</summary>
public static class NewsBotHost
{
    /// <summary>Environment variables with this prefix configure NewsBot: <c>NEWSBOT_Index__Path</c> sets <c>Index:Path</c>.</summary>
    public const string EnvironmentPrefix = "NEWSBOT_";

    /// <summary>
    /// A host builder with NewsBot's configuration sources (the shipped <c>appsettings.json</c>, an
    /// <c>appsettings.json</c> in the working directory, user secrets, <c>NEWSBOT_</c> environment variables,
    /// in rising precedence) and the engine registered. Relative paths in settings resolve against the working directory.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(string[]? args = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = Directory.GetCurrentDirectory(),
            EnvironmentName = Environment.GetEnvironmentVariable(EnvironmentPrefix + "ENVIRONMENT") ?? Environments.Production,
        });

        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false)
            .AddUserSecrets(typeof(NewsBotHost).Assembly, optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(EnvironmentPrefix);

        builder.Logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
            });
        // Logs go to stderr so that stdout carries only the answer (and stays parseable with --json).
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddNewsEngine();
        return builder;
    }
}
