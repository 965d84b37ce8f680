"""Top hotspots of a dotnet-trace sampled-thread-time profile, converted to speedscope JSON.

Usage: python3 hotspots.py TRACE.speedscope.json [N] [FRAME]   (FRAME: count only stacks holding a frame with this text)

dotnet-trace's own `report topN` counts every sampled thread, so threads parked in a wait (the thread pool's idle
workers, a thread blocked on a lock) fill its top rows. This counts only time on a stack whose innermost frame is
not a wait, and reports blocked time apart, under the frame that called the wait, so lock contention shows where it
happens. Exclusive = innermost frame; inclusive = anywhere on the stack (once per sample). Shares are of running time.
"""
import collections
import json
import sys

# Innermost frames that mean "not running" (an idle pool thread, a blocked lock, a sleep).
WAITS = ("Monitor.Wait", "WaitHandle.WaitOne", "LowLevelLifoSemaphore.WaitNative", "Monitor.Enter_Slowpath",
         "Thread.Sleep", "WaitHandle.WaitMultiple", "SemaphoreSlim.Wait", "Thread.Join", "ManualResetEventSlim.Wait",
         "Interop+Sys.WaitForSocketEvents", "Thread.StartCore", "LowLevelMonitor.Wait", "SpinThenBlockingWait",
         "GateThread.GateThreadStart", "LowLevelLifoSemaphore.WaitForSignal", "Task.InternalWaitCore",
         "ManualResetEventSlim.Wait", "Monitor.ObjWait",
         "GC.RunFinalizers")

# The finalizer thread waits in native code between GCs, and the sampler goes on reporting the last managed frame it
# ran (GC.RunFinalizers, or SharedArrayPool.Trim under Gen2GcCallback) as running: whole seconds in a process that
# finalizes next to nothing. Every sample of that thread counts as waiting.
FINALIZER = "GC.RunFinalizers"

# Pseudo-frames the converter puts under the innermost method: CPU_TIME (running managed code) and
# UNMANAGED_CODE_TIME (in native code: a wait when the method above it waits, else native work such as fsync).
PSEUDO = ("CPU_TIME", "UNMANAGED_CODE_TIME")


def is_wait(name: str) -> bool:
    return any(name.startswith(w) or w in name for w in WAITS)


def short(name: str) -> str:
    name = name.split("(")[0]
    return name[-110:]


def main(path: str, count: int, focus: str | None) -> None:
    data = json.load(open(path, encoding="utf-8"))
    frames = [f["name"] for f in data["shared"]["frames"]]
    exclusive = collections.Counter()
    inclusive = collections.Counter()
    blocked = collections.Counter()
    running = 0.0
    waiting = 0.0
    for profile in data["profiles"]:
        stack = []
        last = None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack and at > last:
                span = at - last
                real = [f for f in stack if frames[f] not in PSEUDO]
                if not real:
                    last = at
                    continue
                leaf = frames[real[-1]]
                stack_names = [frames[f] for f in real]
                if focus and not any(focus in n for n in stack_names):
                    last = at
                    if event["type"] == "O":
                        stack.append(event["frame"])
                    elif stack:
                        stack.pop()
                    continue
                if is_wait(leaf) or any(FINALIZER in n for n in stack_names):
                    waiting += span
                    caller = next((n for n in reversed(stack_names) if not is_wait(n)
                                   and "System.Threading" not in n and "Monitor" not in n
                                   and "WaitHandle" not in n), "?")
                    blocked[short(leaf) + "  <-  " + short(caller)] += span
                else:
                    running += span
                    exclusive[short(leaf)] += span
                    for name in {short(n) for n in stack_names}:
                        inclusive[name] += span
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    print(f"running {running / 1000:.2f} s, waiting {waiting / 1000:.2f} s (thread-seconds sampled)")
    print(f"\ntop {count} exclusive (share of running time)")
    for name, span in exclusive.most_common(count):
        print(f"{100 * span / running:6.2f}%  {name}")
    print(f"\ntop {count * 2} inclusive, project and Lucene frames")
    shown = 0
    for name, span in inclusive.most_common():
        if shown >= count * 2:
            break
        if name.startswith(("NewsBot", "Lucene", "SentenceTransformers", "Microsoft.ML", "BERTTokenizers")):
            print(f"{100 * span / running:6.2f}%  {name}")
            shown += 1
    print("\nblocked (thread-seconds), under their caller")
    for name, span in blocked.most_common(8):
        print(f"{span / 1000:6.2f} s  {name}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10, sys.argv[3] if len(sys.argv) > 3 else None)
