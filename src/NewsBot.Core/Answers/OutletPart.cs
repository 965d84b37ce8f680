namespace NewsBot.Core.Answers;

/// <summary>Which piece of <see cref="CitationOutlets.Line"/> a text is, so a front end can bound each its own way.</summary>
public enum OutletPart
{
    /// <summary>The name of the outlet that published the cited article (or the front end's wording for none).</summary>
    Outlet,

    /// <summary>The name of an outlet that also carried the story.</summary>
    Carrier,

    /// <summary>The operator's label of a source, shown in parentheses after its outlet.</summary>
    Label,
}
