namespace NewsBot.Ingestion.Text;

/// <summary>
/// Words written with a period that usually do not end a sentence. Kept apart from the splitter
/// because the list, not the scanning, is what grows as new texts show new cases.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that stand before a name or number ("Nov. 21", "Mr. Mamdani"): a period after them never ends a sentence.</summary>
    public static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "sens.", "rep.", "reps.", "gov.", "gen.", "lt.", "col.", "capt.",
        "sgt.", "adm.", "cmdr.", "maj.", "brig.", "cpl.", "pvt.", "messrs.", "msgr.", "fr.", "rev.", "hon.", "pres.", "supt.", "atty.", "st.", "mt.", "ft.", "no.", "nos.", "vs.", "v.",
        "e.g.", "i.e.", "cf.", "approx.", "est.", "fig.", "vol.", "pp.", "p.",
    };

    /// <summary>
    /// Abbreviations that may also close a sentence ("in the U.S.", "at 10 a.m.", "Ford Motor Co."):
    /// a period after them ends a sentence only when a typical sentence opener follows.
    /// </summary>
    public static readonly HashSet<string> MaySuffix = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc.", "inc.", "corp.", "co.", "ltd.", "llc.", "jr.", "sr.", "bros.", "a.m.", "p.m.", "dept.", "univ.", "ave.", "blvd.",
        "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "ky.", "la.",
        "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "okla.", "ore.", "pa.", "tenn.", "vt.",
        "va.", "wash.", "wis.", "wyo.",
    };

    /// <summary>Words that commonly open an English sentence; after a <see cref="MaySuffix"/> abbreviation they signal a new one.</summary>
    public static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "This", "That",
        "These", "Those", "There", "But", "And", "Or", "So", "Yet", "In", "On", "At", "After", "Before", "When", "While",
        "As", "If", "Although", "Though", "However", "Meanwhile", "Still", "Some", "Many", "Most", "Officials", "According",
    };
}
