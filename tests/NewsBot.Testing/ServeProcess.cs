using System.Diagnostics;
using System.Text;

namespace NewsBot.Testing;

/// <summary>
/// <c>newsbot serve</c> as its own operating-system process (the program built beside the tests or benchmarks that
/// reference it), configured through <c>NEWSBOT_</c> environment variables as an operator would, and stopped with
/// SIGTERM as a service manager does.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private ServeProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The operating system's id of the process.</summary>
    public int Id => _process.Id;

    /// <summary>What the process wrote to standard error so far.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>Starts <c>newsbot serve</c> in <paramref name="workingDirectory"/> with <paramref name="settings"/> as <c>NEWSBOT_</c> variables (<c>Discord:Token</c> becomes <c>NEWSBOT_Discord__Token</c>).</summary>
    public static ServeProcess Start(string workingDirectory, IReadOnlyDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsbot.dll"));
        start.ArgumentList.Add("serve");
        foreach (var (key, value) in settings)
        {
            start.Environment["NEWSBOT_" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var serve = new ServeProcess(process);
        process.ErrorDataReceived += (_, line) =>
        {
            lock (serve._errors)
            {
                serve._errors.AppendLine(line.Data);
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return serve;
    }

    /// <summary>Sends SIGTERM and returns the exit code once the process has shut down.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var waiting = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(waiting.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
