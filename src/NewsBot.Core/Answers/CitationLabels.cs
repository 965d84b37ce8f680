namespace NewsBot.Core.Answers;

/// <summary>
/// Puts each source's label on the citations of an answer: every citation says which configured source its article
/// came from (<see cref="Citation.Source"/>, read with it), <see cref="SourceLabels"/> what the operator labelled it;
/// the outlets that also carried a story get the label of the source configured with their name.
/// </summary>
public sealed class CitationLabels(SourceLabels labels)
{
    /// <summary>
    /// <paramref name="answer"/> with <see cref="Citation.Label"/> set where the article's source (or else its outlet) has a
    /// label, and <see cref="Citation.CarrierLabels"/> for the other carriers that have one.
    /// </summary>
    public Answer Apply(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!labels.Any || (answer.Articles.Count == 0 && answer.ClosestHeadlines.Count == 0))
        {
            return answer;
        }

        Citation Labelled(Citation citation)
        {
            var label = (citation.Source is { } source ? labels.Find(source) : null)
                ?? (citation.Outlet is { } outlet ? labels.FindForOutlet(outlet) : null);
            var carriers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var carrier in citation.AlsoCarriedBy)
            {
                if (labels.FindForOutlet(carrier) is { } carrierLabel)
                {
                    carriers.TryAdd(carrier, carrierLabel);
                }
            }

            return citation with { Label = label ?? citation.Label, CarrierLabels = carriers.Count > 0 ? carriers : citation.CarrierLabels };
        }

        return answer with
        {
            Articles = [.. answer.Articles.Select(group => group with { Citation = Labelled(group.Citation) })],
            ClosestHeadlines = [.. answer.ClosestHeadlines.Select(Labelled)],
        };
    }
}
