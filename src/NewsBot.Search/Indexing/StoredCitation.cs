using System.Globalization;
using Lucene.Net.Documents;
using NewsBot.Core.Answers;

namespace NewsBot.Search.Indexing;

/// <summary>Reads the citation fields that passage and metadata documents share.</summary>
internal static class StoredCitation
{
    public static Citation Read(Document document)
    {
        var published = document.Get(IndexFields.PublishedDisplay) is { } text
            ? DateTimeOffset.ParseExact(text, "o", CultureInfo.InvariantCulture, DateTimeStyles.None)
            : (DateTimeOffset?)null;
        return new Citation(
            document.Get(IndexFields.Id),
            document.Get(IndexFields.TitleDisplay) ?? string.Empty,
            document.Get(IndexFields.OutletDisplay),
            published,
            document.Get(IndexFields.Url))
        {
            AlsoCarriedBy = document.GetValues(IndexFields.AlsoCarriedBy),
            Source = document.Get(IndexFields.Source),
        };
    }
}
