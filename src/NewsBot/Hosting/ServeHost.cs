using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Discord;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Reindex;
using NewsBot.Bot.Runtime;
using NewsBot.CommandLine;
using NewsBot.Engine;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Hosting;

/// <summary>
/// The <c>newsbot serve</c> host: the engine, the Discord client and the bot in one generic host, run until Ctrl-C,
/// SIGTERM or a fatal Discord refusal. <c>ServeCommand</c> and the end-to-end tests both build it here, so the tests
/// run exactly what operators run.
/// </summary>
public static partial class ServeHost
{
    /// <summary>
    /// The serve host: <see cref="NewsBotHost.CreateBuilder"/> (configuration, logging, and the engine with its
    /// scheduled refresh of sources, which runs as a hosted service here), then <paramref name="configure"/> (tests
    /// override configuration there), the bot on Discord (<c>AddDiscordBot</c>), and the index warm-up that runs before
    /// the gateway connects.
    /// </summary>
    public static IHost Build(string[]? args = null, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = NewsBotHost.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, IndexWarmupService>());
        builder.Services.TryAddSingleton<AnswerWarmup>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AnswerWarmupService>());
        builder.Services.TryAddSingleton<IReindexer, MaintenanceReindexer>();
        builder.Services.AddDiscordBot();

        // Ctrl-C and SIGTERM stop the host gracefully (answers in flight are delivered, the gateway closed with 1000).
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);
        builder.Services.AddSingleton<IHostLifetime, ConsoleLifetime>();

        return builder.Build();
    }

    /// <summary>
    /// Starts the host and runs it until <paramref name="cancellationToken"/> fires or the application stops itself,
    /// then shuts down gracefully. Returns the exit code: 0 after a clean shutdown; 1, with one line on
    /// <paramref name="error"/>, for invalid settings (a missing token) or when Discord refused the bot.
    /// </summary>
    public static async Task<int> RunAsync(IHost host, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(error);
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        try
        {
            // Settings are checked before the host starts, so a missing token is one line here rather than the host's
            // "failed to start" log entry with a stack trace.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Settings(exception) is { } problems)
        {
            await error.WriteLineAsync($"newsbot: invalid settings: {problems}").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Already logged by the host; the operator gets the cause in one line rather than a stack trace.
            await error.WriteLineAsync($"newsbot: could not start: {exception.Message}").ConfigureAwait(false);
            return 1;
        }

        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStopping.Register(() => stopping.TrySetResult()))
        using (cancellationToken.Register(lifetime.StopApplication))
        {
            await stopping.Task.ConfigureAwait(false);
        }

        // The host's shutdown timeout bounds this; answers in flight are delivered before the gateway closes.
        await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        if (FatalReason(host.Services) is { } reason)
        {
            await error.WriteLineAsync($"newsbot: {reason}").ConfigureAwait(false);
            return 1;
        }

        return 0;
    }

    /// <summary>Why the bot stopped on its own (a refused token, a crashed background service), or null after an ordinary shutdown.</summary>
    private static string? FatalReason(IServiceProvider services)
    {
        if (services.GetRequiredService<FatalStop>().Reason is { } reason)
        {
            return reason;
        }

        // A background service that crashed stops the host too (the host logged it); that is no clean exit.
        var crashed = services.GetServices<IHostedService>().OfType<BackgroundService>().FirstOrDefault(service => service.ExecuteTask?.IsFaulted == true);
        return crashed is null
            ? null
            : $"{crashed.GetType().Name} failed and stopped the bot: {crashed.ExecuteTask!.Exception!.InnerException?.Message}";
    }

    /// <summary>The settings problems in a start-up failure, one sentence each, or null when it is not about settings.</summary>
    private static string? Settings(Exception exception)
    {
        var failures = exception switch
        {
            OptionsValidationException single => single.Failures,
            AggregateException many when many.InnerExceptions.All(inner => inner is OptionsValidationException)
                => many.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures),
            _ => null,
        };
        return failures is null ? null : string.Join(" ", failures.Select(Sentence));
    }

    /// <summary>The sentence an option's data annotation gives, without the validator's wrapping around it.</summary>
    private static string Sentence(string failure)
    {
        var match = AnnotationFailure().Match(failure);
        return match.Success ? match.Groups["error"].Value : failure;
    }

    [GeneratedRegex("^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(?<error>.*)'\\.$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex AnnotationFailure();
}
