using System.Globalization;
using System.Text;

namespace NewsBot.Evaluation.Metrics;

/// <summary>Removes accents (é → e, ñ → n), so that "Luis Amado" and "Luís Amado" are the same answer.</summary>
/// <remarks>
/// Members type names without their accents and news copy is inconsistent about them; an answer should not
/// be a miss over a diacritic. SQuAD's own figures are left unfolded, as its script does.
/// </remarks>
public static class DiacriticFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(character);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }
}
