using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Hosting;

namespace NewsBot.CommandLine;

/// <summary><c>newsbot serve</c>: runs the Discord bot until Ctrl-C or SIGTERM.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "serve",
            "Run the Discord bot until Ctrl-C or SIGTERM. The bot token comes from the environment variable NEWSBOT_Discord__Token (or user secrets).");

        // A synchronous action on purpose: System.CommandLine gives asynchronous actions only two seconds after Ctrl-C or
        // SIGTERM before it forces the exit code, which would cut answers in flight. The host's console lifetime handles
        // the signals instead and shuts down gracefully within its own timeout.
        command.SetAction(_ => RunAsync(context).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(CliContext context)
    {
        using var host = ServeHost.Build(configure: context.ConfigureHost);
        if (TokenProvenance.TokenFile(host.Services.GetRequiredService<IConfiguration>()) is { } file)
        {
            context.Console.WriteError(
                $"the bot token ({TokenProvenance.TokenKey}) is set in {file}; remove it from the file and set it in the environment " +
                "(NEWSBOT_Discord__Token) or in user secrets (dotnet user-secrets set Discord:Token ... --project src/NewsBot).");
            return ExitCodes.Failure;
        }

        return await ServeHost.RunAsync(host, context.Console.Error, CancellationToken.None).ConfigureAwait(false);
    }
}
