using System.CommandLine;
using System.CommandLine.Parsing;

namespace NewsBot.CommandLine;

/// <summary>The words of a question given on the command line.</summary>
internal static class QuestionArgument
{
    /// <summary>
    /// The question argument. A word that looks like an option (<c>--bogus</c>) is an error rather than a word of the
    /// question, so a mistyped option never quietly becomes something to search for; a question that really starts with
    /// a dash can follow <c>--</c>.
    /// </summary>
    public static Argument<string[]> Create()
    {
        var question = new Argument<string[]>("question")
        {
            Description = "The question, in plain words (quote it, or let the words follow the verb).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        question.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => token.Value.Length > 1 && token.Value.StartsWith('-')))
            {
                result.AddError(ParseErrorMessages.UnknownOption(token.Value, (CommandResult)result.Parent!));
            }
        });
        return question;
    }
}
