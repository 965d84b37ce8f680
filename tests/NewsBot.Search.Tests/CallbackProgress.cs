namespace NewsBot.Search.Tests;

/// <summary>Runs a callback synchronously on every report, unlike <see cref="Progress{T}"/>, which posts it.</summary>
internal sealed class CallbackProgress<T>(Action<T> callback) : IProgress<T>
{
    public void Report(T value) => callback(value);
}
