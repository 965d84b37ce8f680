using NewsBot.Core.Answers;

namespace NewsBot.Core.Tests.Answers;

public sealed class CitationOutletsTests
{
    private static readonly Citation Story = new("a1", "Senate passes budget", "Reuters", null, null);

    private static string Plain(Citation citation) => CitationOutlets.Line(citation, "(no outlet)", static (text, _) => text);

    [Fact]
    public void A_story_carried_by_no_one_else_names_only_its_outlet() => Assert.Equal("Reuters", Plain(Story));

    [Fact]
    public void An_article_without_an_outlet_is_named_the_way_the_front_end_chose()
        => Assert.Equal("(no outlet)", Plain(Story with { Outlet = null }));

    [Fact]
    public void Labels_follow_their_outlets_and_carriers_without_one_stand_bare()
    {
        var citation = Story with
        {
            Label = " Lean Left ",
            AlsoCarriedBy = ["AP News", "BBC"],
            CarrierLabels = new Dictionary<string, string> { ["AP News"] = "Center" },
        };

        Assert.Equal("Reuters (Lean Left), also carried by AP News (Center), BBC", Plain(citation));
    }

    [Fact]
    public void A_blank_label_is_not_shown() => Assert.Equal("Reuters", Plain(Story with { Label = "  " }));

    [Fact]
    public void Carriers_past_the_third_are_counted()
    {
        var carriers = Enumerable.Range(1, 1003).Select(number => $"Outlet {number}").ToList();

        Assert.Equal("Reuters, also carried by Outlet 1, Outlet 2, Outlet 3 and 1,000 more", Plain(Story with { AlsoCarriedBy = carriers }));
    }

    [Fact]
    public void Every_name_and_label_is_shown_through_the_front_ends_rule_for_its_part()
    {
        var citation = Story with
        {
            Label = "Lean Left",
            AlsoCarriedBy = ["AP News"],
            CarrierLabels = new Dictionary<string, string> { ["AP News"] = "Center" },
        };

        var line = CitationOutlets.Line(citation, "(no outlet)", static (text, part) => $"<{part}:{text}>");

        Assert.Equal("<Outlet:Reuters> (<Label:Lean Left>), also carried by <Carrier:AP News> (<Label:Center>)", line);
    }
}
