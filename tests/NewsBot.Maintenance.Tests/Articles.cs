namespace NewsBot.Maintenance.Tests;

/// <summary>Small realistic articles written for these tests, as Markdown with front matter.</summary>
internal static class Articles
{
    public static string Markdown(string title, string outlet, string url, string published, string text)
        => $"---\ntitle: {title}\noutlet: {outlet}\nurl: {url}\npublished: {published}\n---\n{text}\n";

    public static string Budget => Markdown(
        "Senate passes budget after long debate",
        "Example Wire",
        "https://example.org/politics/senate-budget",
        "2025-11-20",
        "The Senate passed the budget on Thursday after a long debate over farm subsidies. Senators from both parties said the compromise protects rural hospitals.");

    public static string Water => Markdown(
        "Governors meet over water rights",
        "Mountain Daily",
        "https://mountain.example/water-rights",
        "2025-11-18",
        "Governors of seven western states met in Denver to negotiate new limits on river water. The talks ended without an agreement on reservoir releases.");
}
