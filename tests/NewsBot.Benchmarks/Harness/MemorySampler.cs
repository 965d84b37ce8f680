using System.Diagnostics;

namespace NewsBot.Benchmarks.Harness;

/// <summary>Samples the process's working set and managed heap every 20 ms and keeps the highest values seen.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Lock _gate = new();
    private long _peakWorkingSet;
    private long _peakManaged;

    public MemorySampler()
    {
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(20));
    }

    /// <summary>The highest working set and managed heap since the last call, in MB; starts a new phase.</summary>
    public (double WorkingSetMb, double ManagedMb) TakePeaks()
    {
        Sample();
        lock (_gate)
        {
            var peaks = (_peakWorkingSet / 1e6, _peakManaged / 1e6);
            _peakWorkingSet = 0;
            _peakManaged = 0;
            return peaks;
        }
    }

    /// <summary>The OS's own peak working set of the whole process so far, in MB.</summary>
    public double ProcessPeakWorkingSetMb()
    {
        _process.Refresh();
        return _process.PeakWorkingSet64 / 1e6;
    }

    private void Sample()
    {
        _process.Refresh();
        var workingSet = _process.WorkingSet64;
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        lock (_gate)
        {
            _peakWorkingSet = Math.Max(_peakWorkingSet, workingSet);
            _peakManaged = Math.Max(_peakManaged, managed);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _process.Dispose();
    }
}
