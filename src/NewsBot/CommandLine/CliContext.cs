using Microsoft.Extensions.Hosting;

namespace NewsBot.CommandLine;

/// <summary>What every verb gets: where to write, and a hook that lets tests adjust the host (paths, fakes) without touching the process environment.</summary>
/// <param name="Console">Where output goes.</param>
/// <param name="ConfigureHost">Applied to each verb's host builder after the defaults; null in production.</param>
internal sealed record CliContext(CliConsole Console, Action<HostApplicationBuilder>? ConfigureHost = null)
{
    /// <summary>True with <c>--verbose</c>: log lines and internal detail (article ids, character offsets) are shown.</summary>
    public bool Verbose { get; init; }

    public static CliContext System { get; } = new(CliConsole.System);
}
