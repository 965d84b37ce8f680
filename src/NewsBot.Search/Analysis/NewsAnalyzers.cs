using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Analysis;

/// <summary>The analyzers used at index and question time; both sides must agree, so they come from one place.</summary>
internal static class NewsAnalyzers
{
    /// <summary>
    /// English analysis for the main text and title fields: lowercasing, possessive removal, English stop words,
    /// Porter stemming, so "working" finds "work" and "Mamdani's" finds "Mamdani".
    /// </summary>
    public static Analyzer CreateEnglish() => new EnglishAnalyzer(IndexFields.Version);

    /// <summary>Unstemmed, stop words kept: exact words, names and quoted phrases match as written (case aside).</summary>
    public static Analyzer CreateExact() => new StandardAnalyzer(IndexFields.Version, CharArraySet.Empty);

    /// <summary>The per-field analyzer the index writer uses.</summary>
    public static Analyzer CreateIndexAnalyzer() => new PerFieldAnalyzerWrapper(
        CreateEnglish(),
        new Dictionary<string, Analyzer> { [IndexFields.Exact] = CreateExact() });

    /// <summary>The English stop words the text field drops.</summary>
    public static CharArraySet EnglishStopWords => EnglishAnalyzer.DefaultStopSet;
}
