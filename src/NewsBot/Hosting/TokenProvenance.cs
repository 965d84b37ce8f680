using Microsoft.Extensions.Configuration;

namespace NewsBot.Hosting;

/// <summary>
/// Where the bot token was configured. A token belongs in the environment or in user secrets: one in an
/// <c>appsettings.json</c> (beside the program or in the working directory) ends up in a repository, a backup or an
/// image sooner or later, so <c>serve</c> refuses to start with it.
/// </summary>
public static class TokenProvenance
{
    /// <summary>The configuration key of the bot token.</summary>
    public const string TokenKey = "Discord:Token";

    /// <summary>
    /// The settings file the effective token comes from, or null when it comes from elsewhere (environment, user secrets,
    /// the command line, in-memory settings) or is not set. Later providers win, as in configuration itself.
    /// </summary>
    public static string? TokenFile(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration is not IConfigurationRoot root)
        {
            return null;
        }

        foreach (var provider in root.Providers.Reverse())
        {
            if (provider.TryGet(TokenKey, out var token) && !string.IsNullOrEmpty(token))
            {
                return provider is FileConfigurationProvider file && !IsUserSecrets(file) ? FilePath(file) : null;
            }
        }

        return null;
    }

    // User secrets are a JSON file too, but one kept outside every project folder, which is the point of them.
    private static bool IsUserSecrets(FileConfigurationProvider file)
        => file.Source.Path is { } path && path.EndsWith("secrets.json", StringComparison.OrdinalIgnoreCase);

    private static string FilePath(FileConfigurationProvider file)
        => file.Source.FileProvider?.GetFileInfo(file.Source.Path ?? string.Empty).PhysicalPath ?? file.Source.Path ?? "a settings file";
}
