using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Tests.Indexing;

/// <summary>Everything an index holds, as text, to compare two indexes that should be the same.</summary>
internal static class IndexDump
{
    // In document order: stored fields in the order written, every term's postings with positions and offsets, the
    // text fields' norms and the numeric columns.
    public static string Of(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var text = new StringBuilder();
        var atomic = SlowCompositeReaderWrapper.Wrap(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            foreach (var field in reader.Document(doc).Fields)
            {
                text.Append(doc).Append(' ').Append(field.Name).Append('=')
                    .Append(field.GetStringValue(System.Globalization.CultureInfo.InvariantCulture) ?? Convert.ToHexString(field.GetBinaryValue()?.Bytes ?? [])).Append('\n');
            }
        }

        foreach (var name in atomic.Fields)
        {
            var terms = atomic.GetTerms(name).GetEnumerator();
            while (terms.MoveNext())
            {
                text.Append(name).Append(':').Append(terms.Term.Utf8ToString()).Append(' ');
                var postings = terms.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
                if (postings is null)
                {
                    var docs = terms.Docs(null, null, DocsFlags.FREQS);
                    while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        text.Append(docs.DocID).Append(';');
                    }
                }
                else
                {
                    while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        text.Append(postings.DocID).Append('[');
                        for (var i = 0; i < postings.Freq; i++)
                        {
                            text.Append(postings.NextPosition()).Append('@').Append(postings.StartOffset).Append('-').Append(postings.EndOffset).Append(',');
                        }

                        text.Append(']');
                    }
                }

                text.Append('\n');
            }
        }

        // Norms hold each text field's length per document: a headline replayed with a token too many or too few shows here.
        foreach (var name in new[] { IndexFields.Title, IndexFields.Text, IndexFields.Exact })
        {
            var norms = atomic.GetNormValues(name);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                text.Append("norm ").Append(name).Append(' ').Append(doc).Append('=').Append(norms?.Get(doc)).Append('\n');
            }
        }

        foreach (var column in new[] { IndexFields.PublishedSort, IndexFields.LatestEventSort })
        {
            var values = atomic.GetNumericDocValues(column);
            var present = atomic.GetDocsWithField(column);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                text.Append(column).Append(' ').Append(doc).Append('=').Append(present?.Get(doc) == true ? values.Get(doc) : "none").Append('\n');
            }
        }

        return text.ToString();
    }
}
