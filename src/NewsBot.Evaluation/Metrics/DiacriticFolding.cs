using Lucene.Net.Analysis.Miscellaneous;

namespace NewsBot.Evaluation.Metrics;

/// <summary>Folds accented letters to their ASCII forms (é → e, ñ → n, æ → ae), so that "Luis Amado" and "Luís Amado" are the same answer.</summary>
/// <remarks>
/// Members type names without their accents and news copy is inconsistent about them; an answer should not be a
/// miss over a diacritic. Lucene's ASCII folding is used because the program runs with invariant globalization,
/// where <see cref="string.Normalize()"/> does not decompose letters. SQuAD's figures stay unfolded, as its script is.
/// </remarks>
public static class DiacriticFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = text.ToCharArray();
        // One character folds to at most four ("⑽" → "(10)"), the bound Lucene's own filter allocates for.
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
