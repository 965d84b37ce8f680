using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Sources;

/// <summary>Checks every configured source at start: required fields, unique names, and feed locations that are URLs or files.</summary>
public sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var index = 0; index < options.Items.Count; index++)
        {
            var item = options.Items[index];
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(item, new ValidationContext(item), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(result => $"Sources:{index}: {result.ErrorMessage}"));
            }
        }

        var duplicates = options.Items
            .GroupBy(item => item.Name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Key.Length > 0 && group.Count() > 1)
            .Select(group => group.Key);
        failures.AddRange(duplicates.Select(duplicate => $"Sources: the name '{duplicate}' is used more than once; give every source its own Name."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
