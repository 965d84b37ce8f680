using System.CommandLine;
using System.Globalization;

namespace NewsBot.CommandLine;

/// <summary>Options that take a whole number, whose parse errors say in words what is expected.</summary>
internal static class NumberOptions
{
    /// <summary>
    /// An optional whole number such as <c>--days 7</c>; <c>--days abc</c> is an error naming the option, the value and
    /// what it should be, rather than the parser's type name.
    /// </summary>
    public static Option<int?> Create(string name, string description, string what) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"{name} expects {what}, like {name} 7; '{token}' is not one.");
            return null;
        },
    };
}
