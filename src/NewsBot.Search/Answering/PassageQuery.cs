using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Answering;

/// <summary>Builds Lucene queries from a parsed question term by term: no query syntax is ever parsed.</summary>
internal static class PassageQuery
{
    // Headline matches count, but less than the passage's own words: every passage of an article shares its title.

    private const float TitleWeight = 0.35f;

    // The unstemmed field rewards the exact form of a name ("Mamdani's" and "Mamdani" both match it).
    private const float ExactNameWeight = 0.5f;

    private const float PhraseWeight = 2.5f;

    /// <summary>A query that scores passages by the question's terms (all optional) and its quoted phrases.</summary>
    public static Query ForPassages(ParsedQuestion question)
    {
        var query = new BooleanQuery();
        foreach (var term in question.Terms)
        {
            var weight = (float)term.Weight;
            query.Add(new TermQuery(new Term(IndexFields.Text, term.Stem)) { Boost = weight }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexFields.Title, term.Stem)) { Boost = weight * TitleWeight }, Occur.SHOULD);
            if (term.IsName)
            {
                query.Add(new TermQuery(new Term(IndexFields.Exact, term.Exact)) { Boost = weight * ExactNameWeight }, Occur.SHOULD);
            }
        }

        foreach (var phrase in question.Phrases)
        {
            var phraseQuery = new PhraseQuery { Boost = PhraseWeight * phrase.Count };
            foreach (var word in phrase)
            {
                phraseQuery.Add(new Term(IndexFields.Exact, word));
            }

            query.Add(phraseQuery, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Restricts to one kind of document, and optionally to an outlet and a publication range.</summary>
    public static Filter Restrict(string type, string? outlet, DateRange? dates)
    {
        var filter = new BooleanQuery { { new TermQuery(new Term(IndexFields.Type, type)), Occur.MUST } };
        if (!string.IsNullOrWhiteSpace(outlet))
        {
            filter.Add(new TermQuery(new Term(IndexFields.OutletKey, ArticleDocuments.OutletKey(outlet))), Occur.MUST);
        }

        if (dates is { } range)
        {
            filter.Add(
                NumericRangeQuery.NewInt64Range(
                    IndexFields.Published,
                    range.From?.ToUnixTimeSeconds(),
                    range.To is { } to ? to.ToUnixTimeSeconds() - 1 : null,
                    minInclusive: true,
                    maxInclusive: true),
                Occur.MUST);
        }

        return new QueryWrapperFilter(filter);
    }
}
