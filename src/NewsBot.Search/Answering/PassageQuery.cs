using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Answering;

/// <summary>Builds Lucene queries from a parsed question term by term: no query syntax is ever parsed.</summary>
internal static class PassageQuery
{
    // Headline matches count, but less than the passage's own words: every passage of an article shares its title.
    // 0.7 measured better than 0.35 and 1.0 on SQuAD dev (recall@1) and NFCorpus dev (nDCG@10).
    private const float TitleWeight = 0.7f;

    // The unstemmed field rewards the exact form of a word ("Mamdani's" and "Mamdani" both match it; "fried" beats
    // "fry"), for names and plain words alike: an exact match is stronger evidence than a shared stem.
    private const float ExactWeight = 0.3f;

    private const float PhraseWeight = 2.5f;

    /// <summary>
    /// A query that scores passages by the question's content terms (all optional) and its quoted phrases. Question
    /// words ("what", "said", "was") are left out: they match most passages, so scoring them walked long postings
    /// lists for almost no change in order (measured without them: SQuAD dev Recall@1 0.7782 against 0.7786, NFCorpus
    /// nDCG@10 0.2910 against 0.2904; p50 at 200,000 passages 9.9 and 10.5 ms against 10.2 to 11.5 ms, a small gain
    /// within the benchmark machine's noise). Coverage never counted them anyway.
    /// </summary>
    public static Query ForPassages(ParsedQuestion question)
    {
        var query = new BooleanQuery();
        foreach (var term in question.Terms.Where(term => term.Weight >= 1))
        {
            var weight = (float)term.Weight;
            query.Add(new TermQuery(new Term(IndexFields.Text, term.Stem)) { Boost = weight }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexFields.Title, term.Stem)) { Boost = weight * TitleWeight }, Occur.SHOULD);
            if (term.Weight >= 1)
            {
                query.Add(new TermQuery(new Term(IndexFields.Exact, term.Exact)) { Boost = weight * ExactWeight }, Occur.SHOULD);
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

    // The plain "passages only" and "articles only" filters are asked for on nearly every question; cached, they are
    // bit sets built once per index segment instead of a postings walk per question. The cache is keyed by segment,
    // so a swapped-in generation builds its own.
    private static readonly Filter PassagesOnly = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Type, IndexFields.PassageType))));
    private static readonly Filter ArticlesOnly = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType))));

    /// <summary>
    /// Restricts to one kind of document, and optionally to an outlet (publishing or carrying the story) and a publication range. A passage that names one
    /// of <paramref name="years"/> passes the range too: "What happened in 1995?" asks about 1995, which an article
    /// published later (or undated, its date taken from the text) can state; filtering by publication alone hid such
    /// passages (SQuAD dev: recall@1 was 0.13 on the 253 questions with date words, against 0.78 on the rest).
    /// </summary>
    public static Filter Restrict(IndexSearcher searcher, string type, string? outlet, DateRange? dates, IReadOnlyCollection<string>? years = null)
    {
        if (string.IsNullOrWhiteSpace(outlet) && dates is null)
        {
            switch (type)
            {
                case IndexFields.PassageType:
                    return PassagesOnly;
                case IndexFields.ArticleType:
                    return ArticlesOnly;
            }
        }

        var filter = new BooleanQuery { { new TermQuery(new Term(IndexFields.Type, type)), Occur.MUST } };
        if (!string.IsNullOrWhiteSpace(outlet))
        {
            filter.Add(ByOutlet(searcher, type, ArticleDocuments.OutletKey(outlet)), Occur.MUST);
        }

        if (dates is { } range)
        {
            var published = NumericRangeQuery.NewInt64Range(
                IndexFields.Published,
                range.From?.ToUnixTimeSeconds(),
                range.To is { } to ? to.ToUnixTimeSeconds() - 1 : null,
                minInclusive: true,
                maxInclusive: true);
            if (years is { Count: > 0 })
            {
                var either = new BooleanQuery { { published, Occur.SHOULD } };
                foreach (var year in years)
                {
                    either.Add(new TermQuery(new Term(IndexFields.Exact, year)), Occur.SHOULD);
                }

                filter.Add(either, Occur.MUST);
            }
            else
            {
                filter.Add(published, Occur.MUST);
            }
        }

        return new QueryWrapperFilter(filter);
    }

    // An article document names its publisher and its carriers; a passage only its publisher, carriers being credited
    // on the article's own document (so crediting one rewrites one document). Passages of the stories an outlet
    // carried are found through those documents: few, as carried stories are.
    private static Query ByOutlet(IndexSearcher searcher, string type, string key)
    {
        var published = new TermQuery(new Term(IndexFields.OutletKey, key));
        if (type != IndexFields.PassageType)
        {
            return published;
        }

        var carried = StoredArticles.CarriedBy(searcher, key);
        return carried.Count == 0
            ? published
            : new BooleanQuery
            {
                { published, Occur.SHOULD },
                { new ConstantScoreQuery(new TermsFilter(carried.Select(id => new Term(IndexFields.Id, id)).ToList())), Occur.SHOULD },
            };
    }
}
