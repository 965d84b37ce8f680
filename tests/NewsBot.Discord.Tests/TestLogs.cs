using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests;

/// <summary>Log collection for the tests, through <see cref="FakeLogCollector"/>, echoed to the test output.</summary>
internal static class TestLogs
{
    public static FakeLogCollector Collector(ITestOutputHelper? output = null)
        => new(Options.Create(new FakeLogCollectorOptions { OutputSink = output is null ? null : line => Echo(output, line) }));

    /// <summary>A factory whose every logger writes to <paramref name="collector"/>, at every level.</summary>
    public static ILoggerFactory Factory(FakeLogCollector collector)
        => LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(collector)).SetMinimumLevel(LogLevel.Trace));

    /// <summary>
    /// Each record as an operator's sink would keep it: level, category, message, the structured values (a token hidden
    /// in a property but not in the message still counts as logged) and the exception.
    /// </summary>
    public static IReadOnlyList<string> Lines(this FakeLogCollector collector)
        => [.. collector.GetSnapshot().Select(r =>
            $"{r.Level} {r.Category}: {r.Message} [{string.Join(", ", (r.StructuredState ?? []).Select(p => $"{p.Key}={p.Value}"))}] {r.Exception}")];

    private static void Echo(ITestOutputHelper output, string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test already finished; a late line from a stopping client is still collected.
        }
    }
}
