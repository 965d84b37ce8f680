namespace NewsBot.CommandLine;

/// <summary>What <c>newsbot</c> returns to the shell.</summary>
internal static class ExitCodes
{
    /// <summary>Done (an honest "not found" is a result, not an error).</summary>
    public const int Success = 0;

    /// <summary>Something failed at run time (an unreadable source, a rejected token).</summary>
    public const int Failure = 1;

    /// <summary>The input was unusable: an empty or over-long question, a path that does not exist.</summary>
    public const int BadInput = 2;
}
