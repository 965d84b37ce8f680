using System.CommandLine;
using System.CommandLine.Parsing;

namespace NewsBot.CommandLine;

/// <summary>
/// The messages for a command line that does not parse, one line each. System.CommandLine reports a mistyped verb
/// twice and in contradiction ("Required command was not provided." and "Unrecognized command or argument"), and its
/// own typo suggestions are a block of lines under its error; here a word that matches nothing is named once, as an
/// unknown verb or option, with the verb or option nearest to it when one is close enough to be a slip of the keys.
/// </summary>
internal static class ParseErrorMessages
{
    private const string DidYouMean = "; did you mean ";

    /// <summary>The messages for <paramref name="parse"/>'s errors, and whether one of them suggests a near name.</summary>
    public static (IReadOnlyList<string> Messages, bool Suggested) Of(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var messages = new List<string>();
        var unknownVerb = false;
        var afterUnknownOption = false;
        foreach (var token in parse.UnmatchedTokens)
        {
            string message;
            string? near;
            if (afterUnknownOption && !token.StartsWith('-'))
            {
                // The value of the option just named (--sorce Reuters): one mistake, one line.
                afterUnknownOption = false;
                continue;
            }

            afterUnknownOption = token.StartsWith('-');
            if (afterUnknownOption)
            {
                messages.Add(UnknownOption(token, parse.CommandResult));
                continue;
            }

            if (command.Subcommands.Count > 0)
            {
                unknownVerb = true;
                near = Nearest(token, command.Subcommands.SelectMany(verb => verb.Aliases.Prepend(verb.Name)));
                message = $"unknown verb '{token}'";
            }
            else
            {
                near = null;
                message = $"unexpected argument '{token}' for '{command.Name}'";
            }

            messages.Add(WithNear(message, near));
        }

        foreach (var error in parse.Errors)
        {
            // The unmatched words are named above; "Required command was not provided." beside an unknown verb is the
            // same mistake told the other way round.
            var aboutUnmatched = parse.UnmatchedTokens.Any(token => error.Message.Contains($"'{token}'", StringComparison.Ordinal));
            var aboutMissingVerb = unknownVerb && error.SymbolResult is CommandResult { Command: RootCommand };
            if (!aboutUnmatched && !aboutMissingVerb)
            {
                messages.Add(error.Message);
            }
        }

        return (messages, messages.Any(message => message.Contains(DidYouMean, StringComparison.Ordinal)));
    }

    /// <summary>The message for a word that looks like an option of <paramref name="command"/> and is none of its options.</summary>
    public static string UnknownOption(string token, CommandResult command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var message = command.Command is RootCommand ? $"unknown option '{token}'" : $"unknown option '{token}' for '{command.Command.Name}'";
        return WithNear(message, Nearest(token, OptionNames(command)));
    }

    private static string WithNear(string message, string? near) => near is null ? message : $"{message}{DidYouMean}'{near}'?";

    // The options a word could have meant: the verb's own and those its parents share with it (--verbose, --help).
    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: var command })
            {
                foreach (var option in command.Options.Where(option => ReferenceEquals(current, result) || option.Recursive))
                {
                    foreach (var name in option.Aliases.Prepend(option.Name))
                    {
                        yield return name;
                    }
                }
            }
        }
    }

    // The closest name within a slip of the keys (one edit in three letters, at least one), if only one is closest.
    private static string? Nearest(string word, IEnumerable<string> names)
    {
        var scored = names
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: Distance(word.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(candidate => candidate.Distance <= Math.Max(1, candidate.Name.TrimStart('-').Length / 3))
            .OrderBy(candidate => candidate.Distance)
            .ToList();
        return scored.Count > 0 && (scored.Count == 1 || scored[1].Distance > scored[0].Distance) ? scored[0].Name : null;
    }

    // Levenshtein distance, one row at a time.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
