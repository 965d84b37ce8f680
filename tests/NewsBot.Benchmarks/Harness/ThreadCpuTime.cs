using System.Runtime.InteropServices;

namespace NewsBot.Benchmarks.Harness;

/// <summary>
/// CPU time the calling thread has used, from the kernel (Linux's CLOCK_THREAD_CPUTIME_ID). Wall-clock latency on a
/// shared two-core machine mostly measures the other processes' load; the CPU an answer itself burns does not, so the
/// latency harness reports both. An answer runs synchronously on the asking thread, so its thread time is its cost.
/// </summary>
internal static class ThreadCpuTime
{
    private const int ThreadCpuClock = 3;

    /// <summary>Whether the clock can be read here (Linux only); elsewhere only wall-clock latency is reported.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    /// <summary>The calling thread's CPU time so far, in milliseconds.</summary>
    public static double Milliseconds()
    {
        if (clock_gettime(ThreadCpuClock, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
