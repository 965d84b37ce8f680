using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Hosting;

namespace NewsBot.CommandLine;

/// <summary>
/// Runs a verb inside a freshly built host and turns the failures a user can cause (bad settings, a disk or folder that
/// cannot be written, cancellation)
/// into one-line errors and exit codes instead of stack traces.
/// </summary>
internal static class VerbRunner
{
    /// <summary>Builds the host, runs <paramref name="verb"/> with its services, and disposes the host.</summary>
    public static async Task<int> RunAsync(
        CliContext context,
        Func<IServiceProvider, CancellationToken, Task<int>> verb,
        CancellationToken cancellationToken)
    {
        var console = context.Console;
        try
        {
            var builder = NewsBotHost.CreateBuilder();
            context.ConfigureHost?.Invoke(builder);
            if (!context.Verbose)
            {
                // A person at a terminal reads the verb's own output; what they need to know is printed by the verb.
                builder.Logging.ClearProviders();
            }

            using var host = builder.Build();
            return await verb(host.Services, cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException exception)
        {
            console.WriteError($"invalid settings: {string.Join(" ", exception.Failures)}");
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A full disk, a read-only folder or an index path that is not a folder: the user can fix each, and a
            // write that failed never replaced the live index (it is built beside it and swapped in last).
            console.WriteError($"{exception.Message.TrimEnd('.')}: check the disk, the folder's permissions and Index:Path. The index is as it was.");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.WriteError("cancelled; the index is as it was before this command.");
            return ExitCodes.Failure;
        }
    }

    /// <summary>Resolves a required service; shorthand for verbs.</summary>
    public static T Get<T>(this IServiceProvider services)
        where T : notnull => services.GetRequiredService<T>();
}
