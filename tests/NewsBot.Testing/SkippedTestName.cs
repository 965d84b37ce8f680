namespace NewsBot.Testing;

/// <summary>
/// The name a skipped test is listed under. At its default verbosity <c>dotnet test</c> prints a skipped test's name
/// (xunit's "[SKIP]" line and VSTest's "Skipped" line) but not its reason, which xunit logs as an informational message
/// that VSTest's console logger shows only from "detailed" verbosity on; so a test attribute that skips puts the reason
/// into the name, where the person running the tests reads it.
/// </summary>
public static class SkippedTestName
{
    /// <summary>
    /// "<c>{class}.{method} (skipped: {reason})</c>", the class taken from the test's file name (one class per file);
    /// pass the attribute's <c>[CallerFilePath]</c> and <c>[CallerMemberName]</c>, which name the test it is applied to.
    /// </summary>
    public static string Of(string sourceFile, string method, string reason) =>
        $"{Path.GetFileNameWithoutExtension(sourceFile)}.{method} (skipped: {reason})";
}
